import "server-only";
import type { AppealInput } from "@/lib/api/schemas/appeals";
import { recordAudits } from "@/lib/audit/record";
import { appealDeadline, appealPriority } from "@/lib/appeals/rules";
import { caseReference, ENFORCEMENT_KIND_LABELS } from "@/lib/cases/labels";
import { serverEnv } from "@/lib/config/env";
import { cuid } from "@/lib/db/ids";
import { fieldErrorAt, fieldsError } from "@/lib/http/problem";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inTransaction } from "@/lib/platform/transaction";

type Tx = Prisma.TransactionClient;

// Clocks differ a little; an appeal "from the future" beyond this is a bug.
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface AppealIntakeResult {
  id: string;
  status: "created" | "unchanged";
  caseId: string;
  caseNumber: number;
  appealedCaseId: string;
  enforcementId: string;
  deadlineAt: string;
}

/**
 * Receives an account's appeal from the platform and opens its appeal case,
 * in one transaction: idempotent by the platform's appeal id (the same
 * appeal again answers `unchanged`; the same id with other content is a
 * 409), and refused with a clear problem when the enforcement is not that
 * account's in that case, was appealed before, was already reversed, or the
 * deadline (APPEAL_DEADLINE_DAYS after the enforcement) has passed.
 */
export async function receiveAppeal(input: AppealInput, now = new Date()): Promise<AppealIntakeResult> {
  const submittedAt = new Date(input.submittedAt);
  if (submittedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw fieldsError("INVALID", "The appeal is dated in the future.", [
      fieldErrorAt(["submittedAt"], `${input.submittedAt} is in the future; send the time the account submitted it.`),
    ]);
  }
  return inTransaction(async (tx) => {
    // Two deliveries of one appeal (or two appeals of one enforcement) queue up here.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appeal:${input.id}`}))`;
    const account = await tx.account.findUnique({ where: { externalId: input.accountId }, select: { id: true } });
    if (!account) {
      throw fieldsError("INVALID", "The appealing account is unknown. Nothing was written.", [
        fieldErrorAt(["accountId"], `Unknown account "${input.accountId}".`),
      ]);
    }
    const kase = await findCase(tx, input.caseId);

    const earlier = await tx.appeal.findUnique({
      where: { externalId: input.id },
      include: { appealCase: { select: { id: true, number: true } } },
    });
    if (earlier) {
      const same =
        earlier.accountId === account.id &&
        earlier.caseId === kase.id &&
        (input.enforcementId === undefined || input.enforcementId === earlier.enforcementId) &&
        earlier.statement === input.statement &&
        earlier.submittedAt.getTime() === submittedAt.getTime();
      if (!same) {
        throw fieldsError("CONFLICT", `Appeal "${input.id}" was received before with different content.`, [
          fieldErrorAt(["id"], "This id is taken by a different appeal; use a new id for a new appeal."),
        ]);
      }
      return resultOf(earlier, earlier.appealCase!, "unchanged");
    }

    const enforcement = await appealedEnforcement(tx, input, account.id, kase);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appeal-of:${enforcement.id}`}))`;
    const ref = caseReference(kase.number);
    const what = `${ENFORCEMENT_KIND_LABELS[enforcement.kind].toLowerCase()} of ${enforcement.createdAt.toISOString()} in ${ref}`;
    if (enforcement.reversedAt) {
      throw fieldsError("CONFLICT", `The ${what} was already reversed: there is nothing left to appeal.`, [
        fieldErrorAt(["enforcementId"], "Already reversed."),
      ]);
    }
    const before = await tx.appeal.findUnique({
      where: { enforcementId: enforcement.id },
      select: { externalId: true },
    });
    if (before) {
      throw fieldsError(
        "APPEAL_DUPLICATE",
        `The ${what} was appealed before (appeal "${before.externalId}"): an account can appeal a decision once.`,
        [fieldErrorAt(["enforcementId"], `Already appealed by "${before.externalId}".`)],
      );
    }
    const deadlineAt = appealDeadline(enforcement.createdAt, serverEnv().APPEAL_DEADLINE_DAYS);
    if (submittedAt.getTime() < enforcement.createdAt.getTime()) {
      throw fieldsError("INVALID", `The appeal is dated before the ${what} it appeals.`, [
        fieldErrorAt(["submittedAt"], `${input.submittedAt} is before the decision.`),
      ]);
    }
    if (submittedAt.getTime() > deadlineAt.getTime()) {
      throw fieldsError(
        "APPEAL_DEADLINE_PASSED",
        `The appeal deadline passed on ${deadlineAt.toISOString()} (${serverEnv().APPEAL_DEADLINE_DAYS} days after the ${what}); this appeal was submitted on ${submittedAt.toISOString()} and is refused.`,
        [fieldErrorAt(["submittedAt"], `After the deadline ${deadlineAt.toISOString()}.`)],
      );
    }

    const appeal = await tx.appeal.create({
      data: {
        externalId: input.id,
        accountId: account.id,
        caseId: kase.id,
        enforcementId: enforcement.id,
        statement: input.statement,
        submittedAt,
        deadlineAt,
      },
    });
    const priority = appealPriority();
    const appealCase = await tx.case.create({
      data: {
        id: cuid(),
        subjectType: "APPEAL",
        subjectKey: `APPEAL:${appeal.id}`,
        appealId: appeal.id,
        categories: kase.categories,
        priority: priority.total,
        priorityBreakdown: priority.breakdown,
        firstReportedAt: submittedAt,
        lastReportedAt: submittedAt,
      },
      select: { id: true, number: true },
    });
    const link = {
      appealId: appeal.externalId,
      enforcementId: enforcement.id,
      enforcementKind: enforcement.kind,
      appealedCaseId: kase.id,
      appealedCaseNumber: kase.number,
      appealCaseId: appealCase.id,
      appealCaseNumber: appealCase.number,
    };
    await recordAudits(tx, [
      {
        action: "CASE_OPENED",
        actorKind: "PLATFORM",
        caseId: appealCase.id,
        caseVersion: 1,
        subjectType: "APPEAL",
        subjectId: appeal.id,
        data: link,
      },
      // On the appealed case's timeline too (at its version: an appeal changes nothing there yet).
      {
        action: "APPEAL_RECEIVED",
        actorKind: "PLATFORM",
        caseId: kase.id,
        caseVersion: kase.version,
        subjectType: "APPEAL",
        subjectId: appeal.id,
        reason: input.statement.length > 200 ? `${input.statement.slice(0, 200)}…` : input.statement,
        data: link,
      },
    ]);
    return resultOf(appeal, appealCase, "created");
  });
}

async function findCase(tx: Tx, caseId: string) {
  const reference = /^C-(\d{1,9})$/i.exec(caseId.trim());
  const kase = await tx.case.findUnique({
    where: reference ? { number: Number(reference[1]) } : { id: caseId },
    select: { id: true, number: true, version: true, subjectType: true, categories: true },
  });
  if (!kase) {
    throw fieldsError("INVALID", "The appealed case is unknown. Nothing was written.", [
      fieldErrorAt(["caseId"], `No case has the id or reference "${caseId}".`),
    ]);
  }
  if (kase.subjectType === "APPEAL") {
    throw fieldsError("INVALID", `${caseReference(kase.number)} is itself an appeal: a decision on appeal is final.`, [
      fieldErrorAt(["caseId"], "Name the case whose decision is appealed."),
    ]);
  }
  return kase;
}

/** The enforcement named, or the one standing enforcement against the account in the case. */
async function appealedEnforcement(
  tx: Tx,
  input: AppealInput,
  accountId: string,
  kase: { id: string; number: number },
) {
  const ref = caseReference(kase.number);
  const select = { id: true, kind: true, accountId: true, caseId: true, createdAt: true, reversedAt: true } as const;
  if (input.enforcementId) {
    const e = await tx.enforcement.findUnique({ where: { id: input.enforcementId }, select });
    if (!e || e.accountId !== accountId || e.caseId !== kase.id) {
      throw fieldsError(
        "APPEAL_NOT_OF_APPELLANT",
        `That enforcement is not a decision against account "${input.accountId}" in ${ref}: an account may appeal only its own.`,
        [fieldErrorAt(["enforcementId"], e ? `Not this account's in ${ref}.` : "Unknown enforcement.")],
      );
    }
    return e;
  }
  const standing = await tx.enforcement.findMany({
    where: { caseId: kase.id, accountId, reversedAt: null },
    orderBy: { createdAt: "asc" },
    select,
  });
  if (standing.length === 1) return standing[0]!;
  if (standing.length === 0) {
    throw fieldsError(
      "APPEAL_NOT_OF_APPELLANT",
      `${ref} holds no standing decision against account "${input.accountId}": there is nothing for it to appeal.`,
      [fieldErrorAt(["caseId"], `No enforcement against this account in ${ref}.`)],
    );
  }
  throw fieldsError(
    "INVALID",
    `${ref} holds ${standing.length} decisions against account "${input.accountId}": say which one is appealed.`,
    [
      fieldErrorAt(
        ["enforcementId"],
        `One of: ${standing.map((e) => `${e.id} (${ENFORCEMENT_KIND_LABELS[e.kind].toLowerCase()})`).join(", ")}.`,
      ),
    ],
  );
}

function resultOf(
  appeal: { externalId: string; caseId: string; enforcementId: string; deadlineAt: Date },
  appealCase: { id: string; number: number },
  status: "created" | "unchanged",
): AppealIntakeResult {
  return {
    id: appeal.externalId,
    status,
    caseId: appealCase.id,
    caseNumber: appealCase.number,
    appealedCaseId: appeal.caseId,
    enforcementId: appeal.enforcementId,
    deadlineAt: appeal.deadlineAt.toISOString(),
  };
}
