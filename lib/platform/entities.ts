import "server-only";
import { fieldErrorAt, fieldsError, type FieldError } from "@/lib/http/problem";
import type { AccountInput, JobInput, ThreadInput } from "@/lib/api/schemas/common";
import type { Account, Prisma } from "@/lib/generated/prisma/client";
import type { ThreadKind } from "@/lib/generated/prisma/enums";
import { recordAudits, type AuditEntry } from "@/lib/audit/record";
import { scanJobs } from "@/lib/scanning/scan-job";
import { caseReference } from "@/lib/cases/labels";
import { changedFields, type FieldChanges } from "@/lib/platform/changes";

export type ItemStatus = "created" | "updated" | "unchanged";
export type Path = (string | number)[];

/** A platform id a request refers to, and where in the body it was written. */
export interface Ref {
  id: string;
  path: Path;
}

export interface EntityInput {
  accounts?: AccountInput[];
  jobs?: JobInput[];
  threads?: ThreadInput[];
}

export interface ResolvedThread {
  id: string;
  kind: ThreadKind;
  clientId: string | null;
  freelancerId: string | null;
}

export interface ResolvedEntities {
  /** Platform id → console id, for every account, job and thread the request named. */
  accounts: Map<string, string>;
  jobs: Map<string, { id: string; clientId: string }>;
  threads: Map<string, ResolvedThread>;
  results: {
    accounts: { id: string; status: ItemStatus }[];
    jobs: { id: string; status: ItemStatus }[];
    threads: { id: string; status: ItemStatus }[];
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Creates or updates the accounts, jobs and threads a request carries, and
 * resolves every platform id the request refers to (its own items and
 * `extra` references such as a message's author). Everything is checked
 * before anything is written: an unknown reference is a 422 naming each
 * place it was used, a change the console cannot accept (a job moving to
 * another client) a 409. New rows are inserted in id order with
 * ON CONFLICT DO NOTHING, so concurrent requests carrying the same new
 * account neither fail nor deadlock.
 */
export async function upsertEntities(
  tx: Prisma.TransactionClient,
  input: EntityInput,
  extra: { accounts?: Ref[]; jobs?: Ref[]; threads?: Ref[] } = {},
  now = new Date(),
): Promise<ResolvedEntities> {
  const accounts = input.accounts ?? [];
  const jobs = input.jobs ?? [];
  const threads = input.threads ?? [];

  const accountRefs: Ref[] = [
    ...jobs.map((j, i) => ({ id: j.clientId, path: ["jobs", i, "clientId"] })),
    ...threads.flatMap((t, i) =>
      t.kind === "JOB_MESSAGES" ? [{ id: t.freelancerId, path: ["threads", i, "freelancerId"] }] : [],
    ),
    ...(extra.accounts ?? []),
  ];
  const jobRefs: Ref[] = [
    ...threads.flatMap((t, i) => (t.kind === "JOB_MESSAGES" ? [{ id: t.jobId, path: ["threads", i, "jobId"] }] : [])),
    ...(extra.jobs ?? []),
  ];
  const threadRefs: Ref[] = extra.threads ?? [];

  const unique = (ids: string[]) => [...new Set(ids)];
  const accountIds = unique([...accounts.map((a) => a.id), ...accountRefs.map((r) => r.id)]);
  const jobIds = unique([...jobs.map((j) => j.id), ...jobRefs.map((r) => r.id)]);
  const threadIds = unique([...threads.map((t) => t.id), ...threadRefs.map((r) => r.id)]);

  // Raw SQL on the hot path: Prisma's per-query CPU is most of an ingest
  // request's cost, and these lookups run for every batch.
  const existingAccounts = accountIds.length
    ? await tx.$queryRaw<
        Pick<
          Account,
          | "id"
          | "externalId"
          | "handle"
          | "displayName"
          | "kind"
          | "country"
          | "joinedAt"
          | "paymentVerified"
          | "badges"
        >[]
      >`
        SELECT "id", "externalId", "handle", "displayName", "kind"::text AS "kind", "country", "joinedAt", "paymentVerified", "badges"
        FROM "Account" WHERE "externalId" = ANY(${accountIds}::text[])`
    : [];
  const existingJobs = jobIds.length
    ? await tx.$queryRaw<
        { id: string; externalId: string; clientId: string; title: string; description: string; postedAt: Date }[]
      >`
        SELECT "id", "externalId", "clientId", "title", "description", "postedAt" FROM "JobPosting" WHERE "externalId" = ANY(${jobIds}::text[])`
    : [];
  const existingThreads = threadIds.length
    ? await tx.$queryRaw<
        {
          id: string;
          externalId: string;
          kind: ThreadKind;
          title: string | null;
          jobId: string | null;
          clientId: string | null;
          freelancerId: string | null;
        }[]
      >`
        SELECT "id", "externalId", "kind"::text AS "kind", "title", "jobId", "clientId", "freelancerId" FROM "Thread" WHERE "externalId" = ANY(${threadIds}::text[])`
    : [];
  const accountRow = new Map(existingAccounts.map((a) => [a.externalId, a]));
  const jobRow = new Map(existingJobs.map((j) => [j.externalId, j]));
  const threadRow = new Map(existingThreads.map((t) => [t.externalId, t]));

  // ── check everything before writing anything ──
  const unknown: FieldError[] = [];
  const sentAccounts = new Set(accounts.map((a) => a.id));
  const sentJobs = new Set(jobs.map((j) => j.id));
  const sentThreads = new Set(threads.map((t) => t.id));
  // A reference must name an object sent in this request or stored before.
  const unknownRefs = (
    what: string,
    field: string,
    refs: typeof accountRefs,
    sent: Set<string>,
    stored: Map<string, unknown>,
  ) =>
    refs
      .filter((ref) => !sent.has(ref.id) && !stored.has(ref.id))
      .map((ref) =>
        fieldErrorAt(
          ref.path,
          `Unknown ${what} "${ref.id}": include it in \`${field}\` (or send it in an earlier request).`,
        ),
      );
  unknown.push(
    ...unknownRefs("account", "accounts", accountRefs, sentAccounts, accountRow),
    ...unknownRefs("job", "jobs", jobRefs, sentJobs, jobRow),
    ...unknownRefs("thread", "threads", threadRefs, sentThreads, threadRow),
  );
  if (unknown.length) {
    throw fieldsError(
      "INVALID",
      `${unknown.length} reference(s) name objects the console does not know; see \`errors\`. Nothing was written.`,
      unknown,
    );
  }

  // Compared by console ids (a reference to an object new in this request
  // cannot match a stored one); the stored platform ids are looked up only
  // to explain a conflict.
  const conflicts: FieldError[] = [];
  const platformIdOf = async (model: "account" | "jobPosting", id: string | null) => {
    if (!id) return "(none)";
    const row =
      model === "account"
        ? await tx.account.findUnique({ where: { id }, select: { externalId: true } })
        : await tx.jobPosting.findUnique({ where: { id }, select: { externalId: true } });
    return row?.externalId ?? "(unknown)";
  };
  for (const [i, j] of jobs.entries()) {
    const row = jobRow.get(j.id);
    if (row && row.clientId !== accountRow.get(j.clientId)?.id) {
      conflicts.push(
        fieldErrorAt(
          ["jobs", i, "clientId"],
          `Job "${j.id}" belongs to account "${await platformIdOf("account", row.clientId)}"; a job's client cannot change.`,
        ),
      );
    }
  }
  for (const [i, t] of threads.entries()) {
    const row = threadRow.get(t.id);
    if (!row) continue;
    if (row.kind !== t.kind) {
      conflicts.push(
        fieldErrorAt(
          ["threads", i, "kind"],
          `Thread "${t.id}" was sent before as ${row.kind}; a thread's kind cannot change.`,
        ),
      );
    } else if (t.kind === "JOB_MESSAGES") {
      if (row.jobId !== jobRow.get(t.jobId)?.id) {
        conflicts.push(
          fieldErrorAt(
            ["threads", i, "jobId"],
            `Thread "${t.id}" is about job "${await platformIdOf("jobPosting", row.jobId)}"; it cannot move to another job.`,
          ),
        );
      }
      if (row.freelancerId !== accountRow.get(t.freelancerId)?.id) {
        conflicts.push(
          fieldErrorAt(
            ["threads", i, "freelancerId"],
            `Thread "${t.id}" is with freelancer "${await platformIdOf("account", row.freelancerId)}"; its participants cannot change.`,
          ),
        );
      }
    }
  }
  // Handles are unique: another account may already hold a handle this request gives.
  const handleChanges = accounts.map((a, i) => ({ a, i })).filter(({ a }) => accountRow.get(a.id)?.handle !== a.handle);
  if (handleChanges.length) {
    const taken = await tx.account.findMany({
      where: { handle: { in: handleChanges.map(({ a }) => a.handle) } },
      select: { handle: true, externalId: true },
    });
    const holder = new Map(taken.map((t) => [t.handle, t.externalId]));
    for (const { a, i } of handleChanges) {
      const owner = holder.get(a.handle);
      if (owner && owner !== a.id)
        conflicts.push(fieldErrorAt(["accounts", i, "handle"], `Handle "${a.handle}" belongs to account "${owner}".`));
    }
  }
  // A badge a moderator's decision removed comes back only when that
  // decision is reversed, never by a re-send of the platform's old state.
  const regrants = accounts
    .map((a, i) => ({ a, i, row: accountRow.get(a.id) }))
    .filter(({ a, row }) => row && a.badges?.some((b) => !row.badges.includes(b)));
  if (regrants.length) {
    const removed = await tx.$queryRaw<{ accountId: string; badge: string; number: number | null }[]>`
      SELECT e."accountId", e."badge", c."number" FROM "Enforcement" e LEFT JOIN "Case" c ON c."id" = e."caseId"
      WHERE e."kind" = 'BADGE_REMOVAL' AND e."reversedAt" IS NULL
        AND e."accountId" = ANY(${regrants.map(({ row }) => row!.id)}::text[])`;
    for (const { a, i, row } of regrants) {
      for (const r of removed) {
        if (r.accountId !== row!.id || row!.badges.includes(r.badge) || !a.badges!.includes(r.badge)) continue;
        conflicts.push(
          fieldErrorAt(
            ["accounts", i, "badges"],
            `Badge "${r.badge}" was removed from account "${a.id}" by a moderation decision${r.number ? ` (case ${caseReference(r.number)})` : ""}; it is given back only when that decision is reversed.`,
          ),
        );
      }
    }
  }
  if (conflicts.length) {
    throw fieldsError(
      "CONFLICT",
      "Some items contradict what was sent before; see `errors`. Nothing was written.",
      conflicts,
    );
  }

  const changeEvents: AuditEntry[] = [];

  // ── accounts ──
  const accountIdMap = new Map(existingAccounts.map((a) => [a.externalId, a.id]));
  const accountStatus = new Map<string, ItemStatus>();
  const newAccounts = accounts.filter((a) => !accountRow.has(a.id)).sort(byId);
  if (newAccounts.length) {
    const inserted = await tx.account.createManyAndReturn({
      data: newAccounts.map((a) => ({
        externalId: a.id,
        handle: a.handle,
        displayName: a.displayName,
        kind: a.kind,
        joinedAt: new Date(a.joinedAt),
        country: a.country ?? null,
        paymentVerified: a.paymentVerified ?? false,
        badges: a.badges ?? [],
      })),
      skipDuplicates: true,
      select: { id: true, externalId: true },
    });
    for (const row of inserted) {
      accountIdMap.set(row.externalId, row.id);
      accountStatus.set(row.externalId, "created");
    }
    // Inserted meanwhile by a concurrent request: theirs stands.
    const raced = newAccounts.filter((a) => !accountIdMap.has(a.id)).map((a) => a.id);
    if (raced.length) {
      for (const row of await tx.account.findMany({
        where: { externalId: { in: raced } },
        select: { id: true, externalId: true },
      })) {
        accountIdMap.set(row.externalId, row.id);
        accountStatus.set(row.externalId, "unchanged");
      }
      const lost = raced.filter((id) => !accountIdMap.has(id));
      if (lost.length)
        throw fieldsError(
          "CONFLICT",
          "Some accounts could not be stored (a handle was taken at the same moment); retry.",
          lost.map((id) => ({
            field: `accounts[${accounts.findIndex((a) => a.id === id)}]`,
            detail: `Account "${id}" was not stored.`,
          })),
        );
    }
  }
  for (const a of [...accounts].sort(byId)) {
    const row = accountRow.get(a.id);
    if (!row) continue;
    const change = changedFields(
      {
        handle: row.handle,
        displayName: row.displayName,
        kind: row.kind,
        joinedAt: row.joinedAt.toISOString(),
        country: row.country,
        paymentVerified: row.paymentVerified,
        badges: row.badges,
      },
      {
        handle: a.handle,
        displayName: a.displayName,
        kind: a.kind,
        joinedAt: new Date(a.joinedAt).toISOString(),
        country: a.country,
        paymentVerified: a.paymentVerified,
        badges: a.badges,
      },
    );
    if (change) {
      const { joinedAt, ...rest } = change.after;
      await tx.account.update({
        where: { id: row.id },
        data: {
          ...(rest as Prisma.AccountUpdateInput),
          ...(joinedAt ? { joinedAt: new Date(joinedAt as string) } : {}),
        },
      });
      accountStatus.set(a.id, "updated");
      changeEvents.push(platformChange("ACCOUNT_UPDATED", "ACCOUNT", row.id, { accountExternalId: a.id }, change));
    } else {
      accountStatus.set(a.id, "unchanged");
    }
  }

  // ── jobs ──
  const jobMap = new Map(existingJobs.map((j) => [j.externalId, { id: j.id, clientId: j.clientId }]));
  const jobStatus = new Map<string, ItemStatus>();
  // New jobs and jobs whose text changed: scanned once all are written.
  const toScan: string[] = [];
  const newJobs = jobs.filter((j) => !jobRow.has(j.id)).sort(byId);
  if (newJobs.length) {
    const inserted = await tx.jobPosting.createManyAndReturn({
      data: newJobs.map((j) => ({
        externalId: j.id,
        clientId: accountIdMap.get(j.clientId)!,
        title: j.title,
        description: j.description,
        postedAt: new Date(j.postedAt),
      })),
      skipDuplicates: true,
      select: { id: true, externalId: true, clientId: true },
    });
    for (const row of inserted) {
      jobMap.set(row.externalId, { id: row.id, clientId: row.clientId });
      jobStatus.set(row.externalId, "created");
      toScan.push(row.id);
    }
    const raced = newJobs.filter((j) => !jobMap.has(j.id)).map((j) => j.id);
    for (const row of raced.length
      ? await tx.jobPosting.findMany({
          where: { externalId: { in: raced } },
          select: { id: true, externalId: true, clientId: true },
        })
      : []) {
      jobMap.set(row.externalId, { id: row.id, clientId: row.clientId });
      jobStatus.set(row.externalId, "unchanged");
    }
  }
  for (const j of [...jobs].sort(byId)) {
    const row = jobRow.get(j.id);
    if (!row) continue;
    const change = changedFields(
      { title: row.title, description: row.description, postedAt: row.postedAt.toISOString() },
      { title: j.title, description: j.description, postedAt: new Date(j.postedAt).toISOString() },
    );
    if (change) {
      const { postedAt, ...text } = change.after as { title?: string; description?: string; postedAt?: string };
      await tx.jobPosting.update({
        where: { id: row.id },
        data: { ...text, ...(postedAt ? { postedAt: new Date(postedAt) } : {}) },
      });
      jobStatus.set(j.id, "updated");
      // The text a moderator judges changed: the detector reads it again.
      const textChanged = "title" in text || "description" in text;
      if (textChanged) toScan.push(row.id);
      changeEvents.push(
        platformChange(
          textChanged ? "JOB_TEXT_CHANGED" : "JOB_UPDATED",
          "JOB",
          row.id,
          { jobExternalId: j.id },
          change,
        ),
      );
    } else {
      jobStatus.set(j.id, "unchanged");
    }
  }

  // Scanned in this transaction, so the findings match the stored text.
  await scanJobs(tx, toScan, now);

  // ── threads ──
  const threadMap = new Map<string, ResolvedThread>(
    existingThreads.map((t) => [
      t.externalId,
      { id: t.id, kind: t.kind, clientId: t.clientId, freelancerId: t.freelancerId },
    ]),
  );
  const threadStatus = new Map<string, ItemStatus>();
  const newThreads = threads.filter((t) => !threadRow.has(t.id)).sort(byId);
  if (newThreads.length) {
    const inserted = await tx.thread.createManyAndReturn({
      data: newThreads.map((t) =>
        t.kind === "JOB_MESSAGES"
          ? {
              externalId: t.id,
              kind: t.kind,
              jobId: jobMap.get(t.jobId)!.id,
              clientId: jobMap.get(t.jobId)!.clientId,
              freelancerId: accountIdMap.get(t.freelancerId)!,
            }
          : { externalId: t.id, kind: t.kind, title: t.title },
      ),
      skipDuplicates: true,
      select: { id: true, externalId: true, kind: true, clientId: true, freelancerId: true },
    });
    // A thread now stored: by this request, or by a concurrent one that won the insert.
    const known = ({ externalId, ...thread }: ResolvedThread & { externalId: string }, status: ItemStatus) => {
      threadMap.set(externalId, thread);
      threadStatus.set(externalId, status);
    };
    for (const row of inserted) {
      known(row, "created");
    }
    const raced = newThreads.filter((t) => !threadMap.has(t.id)).map((t) => t.id);
    for (const row of raced.length
      ? await tx.thread.findMany({
          where: { externalId: { in: raced } },
          select: { id: true, externalId: true, kind: true, clientId: true, freelancerId: true },
        })
      : []) {
      known(row, "unchanged");
    }
  }
  for (const t of [...threads].sort(byId)) {
    const row = threadRow.get(t.id);
    if (!row) continue;
    const change = t.kind === "FORUM_TOPIC" ? changedFields({ title: row.title }, { title: t.title }) : null;
    if (change && t.kind === "FORUM_TOPIC") {
      await tx.thread.update({ where: { id: row.id }, data: { title: t.title } });
      threadStatus.set(t.id, "updated");
      changeEvents.push(platformChange("THREAD_UPDATED", "THREAD", row.id, { threadExternalId: t.id }, change));
    } else {
      threadStatus.set(t.id, "unchanged");
    }
  }

  // Every change the platform made, with the fields it changed, in the
  // request's transaction: nothing it rewrites goes unrecorded.
  await recordAudits(tx, changeEvents, now);

  return {
    accounts: accountIdMap,
    jobs: jobMap,
    threads: threadMap,
    results: {
      accounts: accounts.map((a) => ({ id: a.id, status: accountStatus.get(a.id) ?? "unchanged" })),
      jobs: jobs.map((j) => ({ id: j.id, status: jobStatus.get(j.id) ?? "unchanged" })),
      threads: threads.map((t) => ({ id: t.id, status: threadStatus.get(t.id) ?? "unchanged" })),
    },
  };
}

/** The audit entry of an account, job or thread the platform changed. */
function platformChange(
  action: "ACCOUNT_UPDATED" | "JOB_TEXT_CHANGED" | "JOB_UPDATED" | "THREAD_UPDATED",
  subjectType: "ACCOUNT" | "JOB" | "THREAD",
  subjectId: string,
  ids: Record<string, string>,
  change: FieldChanges,
): AuditEntry {
  return {
    action,
    actorKind: "PLATFORM",
    subjectType,
    subjectId,
    data: { ...ids, ...change } as unknown as Prisma.InputJsonValue,
  };
}
