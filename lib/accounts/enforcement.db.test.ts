import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { decide } from "@/lib/cases/decisions/decide";
import { expireRestrictions } from "@/lib/cases/decisions/expiry";
import { makeJobCase, decision } from "@/tests/support/cases";
import { makeConsoleUser } from "@/tests/support/fixtures";

const DAY = 86_400_000;

describe("an account's state is what its enforcement history says", () => {
  it("keeps staff's 365-day restriction when a moderator reverses their own 1-day one", async () => {
    const [staff, mod] = [await makeConsoleUser("STAFF"), await makeConsoleUser("MODERATOR")];
    const { client, kase } = await makeJobCase();
    const long = await decide(
      staff,
      decision(kase, {
        action: "RESTRICT",
        reason: "Repeat payment scam",
        accountId: client.id,
        days: 365,
        scopes: ["JOB_POSTING"],
        resolve: false,
        confirmed: true,
      }),
    );
    const end365 = (await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).restrictedUntil!;
    expect(end365.getTime()).toBeGreaterThan(Date.now() + 364 * DAY);

    const short = await decide(
      mod,
      decision(
        { id: kase.id, version: long.caseVersion },
        {
          action: "RESTRICT",
          reason: "Shared a phone number",
          accountId: client.id,
          days: 1,
          scopes: ["MESSAGING"],
          resolve: false,
        },
      ),
    );
    // The overlap is said, and there is one effective end: the later one.
    expect(short.message).toMatch(/already restricted until .*which is later: that stays the one effective end/);
    const both = await prisma.account.findUniqueOrThrow({ where: { id: client.id } });
    expect(both.restrictedUntil).toEqual(end365);
    expect(both.restrictionScopes.sort()).toEqual(["JOB_POSTING", "MESSAGING"]);

    const mine = await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id, actorId: mod.id } });
    const undone = await decide(
      mod,
      decision(
        { id: kase.id, version: short.caseVersion },
        { action: "REVERSE", reason: "Too harsh", enforcementId: mine.id, confirmed: true },
      ),
    );
    expect(undone.message).toMatch(/stays restricted until/);
    const after = await prisma.account.findUniqueOrThrow({ where: { id: client.id } });
    expect(after.status).toBe("RESTRICTED");
    expect(after.restrictedUntil).toEqual(end365);
    expect(after.restrictionScopes).toEqual(["JOB_POSTING"]);
  });

  it("extends a shorter restriction to the new end and says so", async () => {
    const mod = await makeConsoleUser("MODERATOR");
    const { client, kase } = await makeJobCase();
    const first = await decide(
      mod,
      decision(kase, {
        action: "RESTRICT",
        reason: "First restriction",
        accountId: client.id,
        days: 2,
        scopes: ["MESSAGING"],
        resolve: false,
      }),
    );
    const second = await decide(
      mod,
      decision(
        { id: kase.id, version: first.caseVersion },
        {
          action: "RESTRICT",
          reason: "Again, longer",
          accountId: client.id,
          days: 7,
          scopes: ["MESSAGING"],
          resolve: false,
        },
      ),
    );
    expect(second.message).toMatch(/already restricted until .*: extended to /);
    const account = await prisma.account.findUniqueOrThrow({ where: { id: client.id } });
    expect(account.restrictedUntil!.getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY);
    // At the first end the account stays restricted (the second still stands); after the second, active.
    await expireRestrictions(new Date(Date.now() + 3 * DAY));
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("RESTRICTED");
    await expireRestrictions(new Date(Date.now() + 8 * DAY));
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("ACTIVE");
  });

  it("reinstating a suspension leaves a standing restriction in force", async () => {
    const staff = await makeConsoleUser("STAFF");
    const { client, kase } = await makeJobCase();
    const r = await decide(
      staff,
      decision(kase, {
        action: "RESTRICT",
        reason: "Restrict first",
        accountId: client.id,
        days: 30,
        scopes: ["PROPOSALS"],
        resolve: false,
        confirmed: true,
      }),
    );
    const s = await decide(
      staff,
      decision(
        { id: kase.id, version: r.caseVersion },
        { action: "SUSPEND", reason: "Then suspend", accountId: client.id, resolve: false, confirmed: true },
      ),
    );
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).status).toBe("SUSPENDED");
    const suspension = await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id, kind: "SUSPENSION" } });
    await decide(
      staff,
      decision(
        { id: kase.id, version: s.caseVersion },
        { action: "REVERSE", reason: "Suspension was too much", enforcementId: suspension.id, confirmed: true },
      ),
    );
    const after = await prisma.account.findUniqueOrThrow({ where: { id: client.id } });
    expect(after.status).toBe("RESTRICTED");
    expect(after.restrictionScopes).toEqual(["PROPOSALS"]);
  });
});
