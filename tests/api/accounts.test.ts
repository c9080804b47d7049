import { describe, expect, it } from "vitest";
import { GET as getAccount } from "@/app/api/v1/accounts/[id]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { POST as postReports } from "@/app/api/v1/reports/route";
import { prisma } from "@/lib/db/prisma";
import { call, makeApiToken, platformWorld, expectNotFound } from "@/tests/support/api";
import { makeConsoleUser } from "@/tests/support/fixtures";

/** The platform's world with one reported job (one open case about the client). */
async function reportedClient(token: string) {
  const w = platformWorld();
  const res = await call(postReports, "/api/v1/reports", {
    token,
    body: w.jobReport("r1", w.freelancer.id, { accounts: [w.client, w.freelancer], jobs: [w.job] }),
  });
  expect(res.status).toBe(201);
  return { w, caseId: res.body.caseId as string };
}

describe("GET /api/v1/accounts/{id}", () => {
  it("answers the account's standing by the platform's id: status, restriction, strikes, open cases, history", async () => {
    const { token } = await makeApiToken();
    const { w, caseId } = await reportedClient(token);
    const client = await prisma.account.findUniqueOrThrow({ where: { externalId: w.client.id } });
    const job = await prisma.jobPosting.findUniqueOrThrow({ where: { externalId: w.job.id } });
    const staff = await makeConsoleUser("STAFF");
    const until = new Date("2027-01-10T12:00:00Z");
    await prisma.account.update({
      where: { id: client.id },
      data: {
        status: "RESTRICTED",
        restrictedUntil: until,
        restrictionScopes: ["MESSAGING", "JOB_POSTING"],
        strikeCount: 1,
      },
    });
    await prisma.enforcement.create({
      data: {
        kind: "WARNING",
        accountId: client.id,
        caseId,
        reason: "Asked for a fee",
        actorId: staff.id,
        createdAt: new Date("2026-11-20T10:00:00Z"),
      },
    });
    await prisma.enforcement.create({
      data: {
        kind: "JOB_TAKEDOWN",
        jobId: job.id,
        caseId,
        reason: "Scam job",
        actorId: staff.id,
        createdAt: new Date("2026-11-21T10:00:00Z"),
        reversedAt: new Date("2026-11-22T10:00:00Z"),
        reversedById: staff.id,
      },
    });
    await prisma.enforcement.create({
      data: {
        kind: "RESTRICTION",
        accountId: client.id,
        caseId,
        reason: "Repeat",
        scopes: ["MESSAGING", "JOB_POSTING"],
        endsAt: until,
        actorId: staff.id,
        createdAt: new Date("2026-11-23T10:00:00Z"),
      },
    });

    const res = await call(getAccount, `/api/v1/accounts/${w.client.id}`, { token, params: { id: w.client.id } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: w.client.id,
      handle: w.client.handle,
      status: "RESTRICTED",
      restriction: { until: until.toISOString(), scopes: ["MESSAGING", "JOB_POSTING"] },
      strikes: 1,
      openCaseCount: 1,
      enforcements: [
        {
          id: expect.any(String),
          kind: "RESTRICTION",
          at: "2026-11-23T10:00:00.000Z",
          reason: "Repeat",
          endsAt: until.toISOString(),
          scopes: ["MESSAGING", "JOB_POSTING"],
          badge: null,
          jobId: null,
          caseId,
          reversedAt: null,
        },
        {
          id: expect.any(String),
          kind: "JOB_TAKEDOWN",
          at: "2026-11-21T10:00:00.000Z",
          reason: "Scam job",
          endsAt: null,
          scopes: [],
          badge: null,
          jobId: w.job.id,
          caseId,
          reversedAt: "2026-11-22T10:00:00.000Z",
        },
        {
          id: expect.any(String),
          kind: "WARNING",
          at: "2026-11-20T10:00:00.000Z",
          reason: "Asked for a fee",
          endsAt: null,
          scopes: [],
          badge: null,
          jobId: null,
          caseId,
          reversedAt: null,
        },
      ],
    });
    // Console internals stay inside: nobody's name or console id.
    expect(JSON.stringify(res.body)).not.toContain(staff.name);
    expect(JSON.stringify(res.body)).not.toContain(client.id);

    // The reporter is an account too, with nothing against it.
    const other = await call(getAccount, `/api/v1/accounts/${w.freelancer.id}`, {
      token,
      params: { id: w.freelancer.id },
    });
    expect(other.body).toMatchObject({
      status: "ACTIVE",
      restriction: null,
      strikes: 0,
      openCaseCount: 0,
      enforcements: [],
    });
  });

  it("answers 404 problem+json for an unknown id, and 401 without a token", async () => {
    const { token } = await makeApiToken();
    expectNotFound(
      await call(getAccount, "/api/v1/accounts/acc-nope", { token, params: { id: "acc-nope" } }),
      "acc-nope",
    );
    const anonymous = await call(getAccount, "/api/v1/accounts/acc-nope", { params: { id: "acc-nope" } });
    expect(anonymous.status).toBe(401);
  });

  it("is in the OpenAPI document with its 404", async () => {
    const doc = await (await getOpenApi()).json();
    const op = doc.paths["/accounts/{id}"].get;
    expect(op.responses["200"].content["application/json"].schema.$ref).toBe("#/components/schemas/AccountStanding");
    expect(op.responses["404"].content).toHaveProperty(["application/problem+json"]);
    expect(doc.components.schemas.AccountStanding.required).toEqual(
      expect.arrayContaining(["status", "restriction", "strikes", "openCaseCount", "enforcements"]),
    );
  });
});
