import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { decideOnAccount } from "@/lib/accounts/decide";
import type { AccountDecisionInput } from "@/lib/accounts/decide-schema";
import { decideCompound, undoGroup } from "@/lib/cases/decisions/compound";
import { decide } from "@/lib/cases/decisions/decide";
import type { DecisionAction, DecisionInput } from "@/lib/cases/decisions/schemas";
import { SafeError } from "@/lib/errors";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { makeJobCase, request, decision } from "@/tests/support/cases";
import { makeConsoleUser } from "@/tests/support/fixtures";

type Variant = { action: DecisionAction; label: string; extra?: Record<string, unknown> };

const VARIANTS: Variant[] = [
  { action: "DISMISS", label: "dismiss" },
  { action: "RESOLVE", label: "resolve" },
  { action: "ESCALATE", label: "escalate" },
  { action: "WARN", label: "warn" },
  { action: "TAKE_DOWN_JOB", label: "take a job down" },
  { action: "TAKE_DOWN_ALL_JOBS", label: "take all jobs down" },
  { action: "RESTRICT", label: "restrict 7 days", extra: { days: 7 } },
  { action: "RESTRICT", label: "restrict 30 days", extra: { days: 30 } },
  { action: "REMOVE_BADGE", label: "remove a badge" },
  { action: "SUSPEND", label: "suspend" },
  { action: "REVERSE", label: "reverse someone else's warning" },
];

// The expected matrix, written out so a change to the permission table
// that moves any cell fails here.
const ALLOWED: Record<ConsoleRole, string[]> = {
  MODERATOR: ["dismiss", "resolve", "escalate", "warn", "take a job down", "take all jobs down", "restrict 7 days"],
  STAFF: VARIANTS.map((v) => v.label),
  SUPPORT: [],
  ADMIN: [],
};

const ROLES: ConsoleRole[] = ["MODERATOR", "STAFF", "SUPPORT", "ADMIN"];

describe("who may take which decision (checked on the server)", () => {
  for (const role of ROLES) {
    for (const variant of VARIANTS) {
      const allowed = ALLOWED[role].includes(variant.label);
      it(`${role.toLowerCase()} ${allowed ? "may" : "may not"} ${variant.label}`, async () => {
        const actor = await makeConsoleUser(role);
        const other = await makeConsoleUser("STAFF");
        const { client, job, kase } = await makeJobCase({ badges: ["Top Rated"] });
        let version = kase.version;
        let enforcementId = "";
        if (variant.action === "REVERSE") {
          const warned = await decide(
            other,
            decision(
              { id: kase.id, version },
              { action: "WARN", reason: "First warning for contact sharing", accountId: client.id, resolve: false },
            ),
          );
          version = warned.caseVersion;
          enforcementId = (await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id } })).id;
        }
        const input = {
          action: variant.action,
          caseId: kase.id,
          expectedVersion: version,
          requestId: request(),
          reason: "Matrix test decision",
          confirmed: true,
          accountId: client.id,
          jobId: job.id,
          days: 7,
          scopes: ["MESSAGING"],
          badge: "Top Rated",
          enforcementId,
          ...variant.extra,
        } as unknown as DecisionInput;
        // The decision's own event; a statement's STATEMENT_ISSUED and STATEMENT_ENDED are tested in lib/statements.
        const decisionEvents = {
          caseId: kase.id,
          action: { notIn: ["STATEMENT_ISSUED" as const, "STATEMENT_ENDED" as const] },
        };
        const before = await prisma.auditEvent.count({ where: decisionEvents });
        const outcome = await decide(actor, input).then(
          () => "allowed",
          (error: unknown) => (error instanceof SafeError && error.code === "FORBIDDEN" ? "forbidden" : error),
        );
        expect(outcome).toBe(allowed ? "allowed" : "forbidden");
        expect(await prisma.auditEvent.count({ where: decisionEvents })).toBe(before + (allowed ? 1 : 0));
      });
    }
  }

  it("keeps escalated cases for staff", async () => {
    const [mod, staff] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("STAFF")];
    const { kase } = await makeJobCase();
    const escalated = await decide(mod, decision(kase, { action: "ESCALATE", reason: "Needs staff" }));
    await expect(
      decide(
        mod,
        decision({ id: kase.id, version: escalated.caseVersion }, { action: "DISMISS", reason: "Fine after all" }),
      ),
    ).rejects.toThrow(/escalated case/);
    const done = await decide(
      staff,
      decision({ id: kase.id, version: escalated.caseVersion }, { action: "DISMISS", reason: "Fine after all" }),
    );
    expect(done.caseStatus).toBe("DISMISSED");
  });

  it("lets a moderator undo their own warning, but not a colleague's", async () => {
    const [maya, omar] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("MODERATOR")];
    const { client, kase } = await makeJobCase();
    const w = await decide(
      maya,
      decision(kase, { action: "WARN", reason: "Shared a phone number", accountId: client.id, resolve: false }),
    );
    const e = await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id } });
    await expect(
      decide(
        omar,
        decision(
          { id: kase.id, version: w.caseVersion },
          { action: "REVERSE", reason: "Wrong account", enforcementId: e.id, confirmed: true },
        ),
      ),
    ).rejects.toThrow(/someone else's decision/);
    await decide(
      maya,
      decision(
        { id: kase.id, version: w.caseVersion },
        { action: "REVERSE", reason: "Wrong account", enforcementId: e.id, confirmed: true },
      ),
    );
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).strikeCount).toBe(0);
  });
});

// Account decisions (lib/accounts/decide.ts), compound decisions and undoing one as a whole read the same
// permission table; written out so a change to it fails here.
const ACCOUNT_VARIANTS: { label: string; input: Partial<AccountDecisionInput> }[] = [
  { label: "warn the account", input: { action: "WARN" } },
  { label: "restrict the account 7 days", input: { action: "RESTRICT", days: 7, scopes: ["MESSAGING"] } },
  { label: "restrict the account 30 days", input: { action: "RESTRICT", days: 30, scopes: ["MESSAGING"] } },
  { label: "suspend the account", input: { action: "SUSPEND" } },
  { label: "take down all its jobs", input: { action: "TAKE_DOWN_JOBS" } },
  { label: "warn and settle its cases", input: { action: "WARN", settleOpenCases: true } },
];
const ACCOUNT_ALLOWED: Record<ConsoleRole, string[]> = {
  MODERATOR: [
    "warn the account",
    "restrict the account 7 days",
    "take down all its jobs",
    "warn and settle its cases",
    "compound",
  ],
  STAFF: [...ACCOUNT_VARIANTS.map((v) => v.label), "compound", "undo a compound decision"],
  SUPPORT: [],
  ADMIN: [],
};

const outcomeOf = (p: Promise<unknown>) =>
  p.then(
    () => "allowed",
    (error: unknown) => (error instanceof SafeError && error.code === "FORBIDDEN" ? "forbidden" : error),
  );

describe("who may take which account decision (checked on the server)", () => {
  for (const role of ROLES) {
    for (const variant of ACCOUNT_VARIANTS) {
      const allowed = ACCOUNT_ALLOWED[role].includes(variant.label);
      it(`${role.toLowerCase()} ${allowed ? "may" : "may not"} ${variant.label}`, async () => {
        const actor = await makeConsoleUser(role);
        const { client, kase } = await makeJobCase();
        const input = {
          accountId: client.id,
          reason: "Matrix test decision",
          requestId: request(),
          confirmed: true,
          fromCaseId: kase.id,
          expectedVersion: kase.version,
          ...variant.input,
        } as AccountDecisionInput;
        expect(await outcomeOf(decideOnAccount(actor, input))).toBe(allowed ? "allowed" : "forbidden");
        expect(await prisma.enforcement.count({ where: { accountId: client.id } })).toBe(allowed ? 1 : 0);
      });
    }
    const compound = ACCOUNT_ALLOWED[role].includes("compound");
    it(`${role.toLowerCase()} ${compound ? "may" : "may not"} take a compound decision`, async () => {
      const actor = await makeConsoleUser(role);
      const { kase, job } = await makeJobCase();
      const outcome = await outcomeOf(
        decideCompound(actor, {
          caseId: kase.id,
          expectedVersion: kase.version,
          requestId: request(),
          reason: "Matrix test decision",
          restrictDays: 7,
          scopes: ["JOB_POSTING"],
          thankReporters: false,
          confirmed: true,
        }),
      );
      expect(outcome).toBe(compound ? "allowed" : "forbidden");
      expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe(
        compound ? "TAKEN_DOWN" : "OPEN",
      );
    });
    const undo = ACCOUNT_ALLOWED[role].includes("undo a compound decision");
    it(`${role.toLowerCase()} ${undo ? "may" : "may not"} undo a compound decision as a whole`, async () => {
      const [actor, mod] = [await makeConsoleUser(role), await makeConsoleUser("MODERATOR")];
      const { kase, job } = await makeJobCase();
      const groupId = request();
      const done = await decideCompound(mod, {
        caseId: kase.id,
        expectedVersion: kase.version,
        requestId: groupId,
        reason: "Matrix test decision",
        restrictDays: 7,
        scopes: ["JOB_POSTING"],
        thankReporters: false,
        confirmed: true,
      });
      const outcome = await outcomeOf(
        undoGroup(actor, {
          caseId: kase.id,
          expectedVersion: done.version,
          requestId: request(),
          groupId,
          reason: "Matrix undo",
        }),
      );
      expect(outcome).toBe(undo ? "allowed" : "forbidden");
      expect((await prisma.jobPosting.findUniqueOrThrow({ where: { id: job.id } })).status).toBe(
        undo ? "OPEN" : "TAKEN_DOWN",
      );
    });
  }
});
