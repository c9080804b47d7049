import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { decide } from "@/lib/cases/decisions/decide";
import type { DecisionAction, DecisionInput } from "@/lib/cases/decisions/schemas";
import { SafeError } from "@/lib/errors";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { makeJobCase, request } from "@/tests/support/cases";
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
          const warned = await decide(other, {
            action: "WARN",
            caseId: kase.id,
            expectedVersion: version,
            requestId: request(),
            reason: "First warning for contact sharing",
            accountId: client.id,
            resolve: false,
          });
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
        const before = await prisma.auditEvent.count({ where: { caseId: kase.id } });
        const outcome = await decide(actor, input).then(
          () => "allowed",
          (error: unknown) => (error instanceof SafeError && error.code === "FORBIDDEN" ? "forbidden" : error),
        );
        expect(outcome).toBe(allowed ? "allowed" : "forbidden");
        expect(await prisma.auditEvent.count({ where: { caseId: kase.id } })).toBe(before + (allowed ? 1 : 0));
      });
    }
  }

  it("keeps escalated cases for staff", async () => {
    const [mod, staff] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("STAFF")];
    const { kase } = await makeJobCase();
    const escalated = await decide(mod, {
      action: "ESCALATE",
      caseId: kase.id,
      expectedVersion: kase.version,
      requestId: request(),
      reason: "Needs staff",
    });
    await expect(
      decide(mod, {
        action: "DISMISS",
        caseId: kase.id,
        expectedVersion: escalated.caseVersion,
        requestId: request(),
        reason: "Fine after all",
      }),
    ).rejects.toThrow(/escalated case/);
    const done = await decide(staff, {
      action: "DISMISS",
      caseId: kase.id,
      expectedVersion: escalated.caseVersion,
      requestId: request(),
      reason: "Fine after all",
    });
    expect(done.caseStatus).toBe("DISMISSED");
  });

  it("lets a moderator undo their own warning, but not a colleague's", async () => {
    const [maya, omar] = [await makeConsoleUser("MODERATOR"), await makeConsoleUser("MODERATOR")];
    const { client, kase } = await makeJobCase();
    const w = await decide(maya, {
      action: "WARN",
      caseId: kase.id,
      expectedVersion: kase.version,
      requestId: request(),
      reason: "Shared a phone number",
      accountId: client.id,
      resolve: false,
    });
    const e = await prisma.enforcement.findFirstOrThrow({ where: { caseId: kase.id } });
    await expect(
      decide(omar, {
        action: "REVERSE",
        caseId: kase.id,
        expectedVersion: w.caseVersion,
        requestId: request(),
        reason: "Wrong account",
        enforcementId: e.id,
        confirmed: true,
      }),
    ).rejects.toThrow(/someone else's decision/);
    await decide(maya, {
      action: "REVERSE",
      caseId: kase.id,
      expectedVersion: w.caseVersion,
      requestId: request(),
      reason: "Wrong account",
      enforcementId: e.id,
      confirmed: true,
    });
    expect((await prisma.account.findUniqueOrThrow({ where: { id: client.id } })).strikeCount).toBe(0);
  });
});
