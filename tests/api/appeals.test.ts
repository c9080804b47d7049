import { describe, expect, it } from "vitest";
import { GET as getAppeal } from "@/app/api/v1/appeals/[id]/route";
import { POST as postAppeal } from "@/app/api/v1/appeals/route";
import { GET as getAccount } from "@/app/api/v1/accounts/[id]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { decideAppeal } from "@/lib/appeals/decide";
import { decide } from "@/lib/cases/decisions/decide";
import { prisma } from "@/lib/db/prisma";
import { call, makeApiToken } from "@/tests/support/api";
import { makeJobCase, request, decision } from "@/tests/support/cases";
import { makeConsoleUser, uid } from "@/tests/support/fixtures";

/** A client warned on a job case: what the platform would appeal. */
async function warnedClient() {
  const mod = await makeConsoleUser("MODERATOR");
  const { client, kase } = await makeJobCase();
  await decide(
    mod,
    decision(kase, { action: "WARN", accountId: client.id, reason: "Shared a phone number before the contract" }),
  );
  return { client, kase };
}

describe("POST /api/v1/appeals and GET /api/v1/appeals/{id}", () => {
  it("receives an appeal (201, then 200 unchanged) and answers its status and outcome", async () => {
    const { token } = await makeApiToken();
    const { client, kase } = await warnedClient();
    // The platform learns the enforcement's id from the account's standing.
    const standing = await call(getAccount, `/api/v1/accounts/${client.externalId}`, {
      token,
      params: { id: client.externalId },
    });
    const enforcementId = standing.body.enforcements[0].id as string;
    const body = {
      id: `ap-${uid()}`,
      accountId: client.externalId,
      caseId: kase.id,
      enforcementId,
      statement: "The number was the client's office line they asked me to call.",
      submittedAt: new Date().toISOString(),
    };
    const created = await call(postAppeal, "/api/v1/appeals", { token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: body.id, status: "created", enforcementId });
    const again = await call(postAppeal, "/api/v1/appeals", { token, body });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe("unchanged");

    const open = await call(getAppeal, `/api/v1/appeals/${body.id}`, { token, params: { id: body.id } });
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ status: "OPEN", outcome: null, caseId: created.body.caseId });

    const staff = await makeConsoleUser("STAFF");
    const appealCase = await prisma.case.findUniqueOrThrow({ where: { id: created.body.caseId } });
    await decideAppeal(staff, {
      caseId: appealCase.id,
      expectedVersion: appealCase.version,
      requestId: request(),
      decision: "OVERTURN",
      reason: "The client asked for the call themselves",
      confirmed: true,
    });
    const decided = await call(getAppeal, `/api/v1/appeals/${body.id}`, { token, params: { id: body.id } });
    expect(decided.body).toMatchObject({ status: "DECIDED", outcome: "OVERTURNED" });
    expect(decided.body.reason).toContain("asked for the call");
  });

  it("answers clear problems: a second appeal (409), an unknown case (422), an unknown appeal (404)", async () => {
    const { token } = await makeApiToken();
    const { client, kase } = await warnedClient();
    const body = (id: string) => ({
      id,
      accountId: client.externalId,
      caseId: `C-${kase.number}`,
      statement: "Please look again.",
      submittedAt: new Date().toISOString(),
    });
    expect((await call(postAppeal, "/api/v1/appeals", { token, body: body(`ap-${uid()}`) })).status).toBe(201);
    const twice = await call(postAppeal, "/api/v1/appeals", { token, body: body(`ap-${uid()}`) });
    expect(twice.status).toBe(409);
    expect(twice.contentType).toContain("application/problem+json");
    expect(twice.body.code).toBe("APPEAL_DUPLICATE");
    const unknown = await call(postAppeal, "/api/v1/appeals", {
      token,
      body: { ...body(`ap-${uid()}`), caseId: "C-999999999" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe("caseId");
    const missing = await call(getAppeal, "/api/v1/appeals/nope", { token, params: { id: "nope" } });
    expect(missing.status).toBe(404);
  });

  it("is documented in the OpenAPI document", async () => {
    const doc = await call(getOpenApi, "/api/v1/openapi.json");
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(["/appeals", "/appeals/{id}"]));
  });
});
