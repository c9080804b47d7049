import { beforeAll, describe, expect, it } from "vitest";
import { claimCase } from "@/lib/cases/claims/claims";
import { prisma } from "@/lib/db/prisma";
import { listQueue, listQueueItems, countQueue } from "@/lib/cases/queue/list";
import { queueParamsSchema, QUEUE_COUNT_CAP, type QueueParams } from "@/lib/cases/queue/schemas";
import { fileReports } from "@/lib/cases/intake/intake";
import { makeAccount, makeConsoleUser, makeJob, makeThread, uid, makeMessage } from "@/tests/support/fixtures";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";
import { asActor, makeCase } from "@/tests/support/queue-fixtures";

// A page of the queue is every open case, so this file has a queue of its own.
useIsolatedDatabase("queuelist");

const HOUR = 3_600_000;
const params = (input: Record<string, unknown> = {}): QueueParams => queueParamsSchema.parse(input);

let maya: ReturnType<typeof asActor>;
let omar: ReturnType<typeof asActor>;

beforeAll(async () => {
  maya = asActor(await makeConsoleUser("MODERATOR"));
  omar = asActor(await makeConsoleUser("MODERATOR"));
});

async function numbersOf(input: Record<string, unknown>, viewer = maya): Promise<number[]> {
  const page = await listQueueItems(viewer, params({ limit: 100, ...input }));
  return page.items.map((i) => i.number);
}

describe("the subject account's standing on each row", () => {
  it("names the account behind the row, suspended or restricted until when", async () => {
    const title = `standing-${uid()}`;
    const [restricted, suspended] = [await makeAccount(), await makeAccount()];
    const until = new Date(Date.now() + 3 * 24 * HOUR);
    await prisma.account.update({
      where: { id: restricted.id },
      data: { status: "RESTRICTED", restrictedUntil: until, restrictionScopes: ["MESSAGING"] },
    });
    await prisma.account.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    const a = await makeCase({ priority: 50, jobTitle: title, clientId: restricted.id });
    const b = await makeCase({ priority: 40, jobTitle: title, clientId: suspended.id });
    const { thread, client, freelancer } = await makeThread();
    const t = await prisma.case.create({
      data: { subjectType: "THREAD", subjectKey: `THREAD:${thread.id}`, threadId: thread.id, priority: 1 },
    });

    const page = await listQueueItems(maya, params({ q: title }));
    const byId = new Map(page.items.map((i) => [i.id, i]));
    expect(byId.get(a.id)).toMatchObject({
      accountId: restricted.id,
      accountStatus: "RESTRICTED",
      restrictedUntil: until.toISOString(),
    });
    expect(byId.get(b.id)).toMatchObject({
      accountId: suspended.id,
      accountStatus: "SUSPENDED",
      restrictedUntil: null,
    });
    const threadPage = await listQueueItems(maya, params({ q: client.handle }));
    expect(threadPage.items.find((i) => i.id === t.id)).toMatchObject({
      accountId: client.id,
      otherAccountId: freelancer.id,
      accountStatus: "ACTIVE",
    });
  });
});

describe("cases whose subject is already fully enforced", () => {
  it("a report arriving after the suspension opens a case that says so, sinks by 100 and is marked as skipped", async () => {
    const suspended = await makeAccount();
    await prisma.account.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    const active = await makeAccount();
    const [scamJob, twinJob] = [await makeJob(suspended.id), await makeJob(active.id)];
    const reporter = await makeAccount({ kind: "FREELANCER" });
    const report = (jobId: string) => ({
      externalId: `test:${uid()}`,
      source: "USER" as const,
      reporterId: reporter.id,
      reason: "SCAM_JOB" as const,
      subject: { type: "JOB" as const, jobId },
    });
    const [later, twin] = await prisma.$transaction((tx) => fileReports(tx, [report(scamJob.id), report(twinJob.id)]));
    expect(later!.caseOpened).toBe(true);

    const sunk = await prisma.case.findUniqueOrThrow({ where: { id: later!.caseId } });
    const peer = await prisma.case.findUniqueOrThrow({ where: { id: twin!.caseId } });
    expect(sunk.priorityBreakdown).toMatchObject({ suspended: -100 });
    expect(sunk.priority).toBe(peer.priority - 100);

    const rows = await listQueueItems(maya, params({ q: suspended.handle }));
    expect(rows.items.find((i) => i.id === sunk.id)).toMatchObject({
      accountStatus: "SUSPENDED",
      enforced: "ACCOUNT_SUSPENDED",
    });
    const peers = await listQueueItems(maya, params({ q: active.handle }));
    expect(peers.items.find((i) => i.id === peer.id)).toMatchObject({ accountStatus: "ACTIVE", enforced: null });
  });

  it("marks a case whose job is already taken down, whoever posted it", async () => {
    const title = `taken-down-${uid()}`;
    const kase = await makeCase({ priority: 30, jobTitle: title });
    await prisma.jobPosting.update({ where: { id: kase.jobId! }, data: { status: "TAKEN_DOWN" } });
    const rows = await listQueueItems(maya, params({ q: title }));
    expect(rows.items.find((i) => i.id === kase.id)).toMatchObject({
      accountStatus: "ACTIVE",
      enforced: "JOB_TAKEN_DOWN",
    });
  });
});

describe("the queue's tabs", () => {
  it("sorts cases into Unassigned, Mine, All open, Escalated and Resolved, a lapsed claim counting as none", async () => {
    const title = `tabs-${uid()}`;
    const free = await makeCase({ priority: 30, jobTitle: title });
    const mine = await makeCase({ priority: 20, jobTitle: title });
    await claimCase(maya, mine.id);
    const omars = await makeCase({ priority: 25, jobTitle: title });
    await claimCase(omar, omars.id);
    const lapsed = await makeCase({
      priority: 15,
      jobTitle: title,
      status: "IN_REVIEW",
      claimedById: omar.id,
      claimExpiresAt: new Date(Date.now() - 1000),
    });
    const escalated = await makeCase({ priority: 99, jobTitle: title, status: "ESCALATED" });
    const dismissed = await makeCase({ jobTitle: title, status: "DISMISSED", closedAt: new Date(Date.now() - HOUR) });
    const resolved = await makeCase({ jobTitle: title, status: "RESOLVED", closedAt: new Date() });

    const q = title;
    expect(await numbersOf({ q })).toEqual([free.number, lapsed.number]);
    expect(await numbersOf({ q, tab: "mine" })).toEqual([mine.number]);
    expect(await numbersOf({ q, tab: "mine" }, omar)).toEqual([omars.number]);
    expect(await numbersOf({ q, tab: "open" })).toEqual([
      escalated.number,
      free.number,
      omars.number,
      mine.number,
      lapsed.number,
    ]);
    expect(await numbersOf({ q, tab: "escalated" })).toEqual([escalated.number]);
    expect(await numbersOf({ q, tab: "resolved" })).toEqual([resolved.number, dismissed.number]);
    expect(await countQueue(maya, params({ q }))).toEqual({
      unassigned: 2,
      mine: 1,
      open: 5,
      escalated: 1,
      appeals: 0,
      resolved: 2,
    });

    const page = await listQueueItems(maya, params({ q, tab: "open" }));
    const byNumber = new Map(page.items.map((i) => [i.number, i]));
    expect(byNumber.get(omars.number)?.claim).toMatchObject({ userId: omar.id, name: omar.name });
    expect(byNumber.get(lapsed.number)?.claim).toBeNull();
    expect(byNumber.get(free.number)).toEqual({
      id: free.id,
      number: free.number,
      status: "OPEN",
      version: free.version,
      subjectType: "JOB",
      title,
      handle: expect.stringMatching(/^user_/),
      otherHandle: null,
      accountId: expect.any(String),
      otherAccountId: null,
      accountStatus: "ACTIVE",
      restrictedUntil: null,
      enforced: null,
      priority: 30,
      priorityBreakdown: { reporters: 30 },
      categories: [],
      reportCount: 1,
      reporterCount: 1,
      hasAutomaticReport: false,
      firstReportedAt: free.firstReportedAt.toISOString(),
      // No category: the default 24 hours from the first report (lib/cases/sla.ts).
      slaDueAt: new Date(free.firstReportedAt.getTime() + 24 * HOUR).toISOString(),
      lastReportedAt: free.lastReportedAt.toISOString(),
      closedAt: null,
      claim: null,
    });
    const held = await prisma.case.findUniqueOrThrow({ where: { id: omars.id } });
    expect(byNumber.get(omars.number)?.claim).toEqual({
      userId: omar.id,
      name: omar.name,
      expiresAt: held.claimExpiresAt!.toISOString(),
    });
  });

  it("filters by assignee on All open", async () => {
    const title = `assignee-${uid()}`;
    const a = await makeCase({ jobTitle: title });
    const b = await makeCase({ jobTitle: title });
    await makeCase({ jobTitle: title });
    await claimCase(maya, a.id);
    await claimCase(omar, b.id);
    expect(await numbersOf({ q: title, tab: "open", assignee: "me" })).toEqual([a.number]);
    expect(await numbersOf({ q: title, tab: "open", assignee: omar.id })).toEqual([b.number]);
    expect(await numbersOf({ q: title, tab: "open", assignee: "none" })).toHaveLength(1);
    // Unassigned ignores a stray assignee filter: the tab defines it.
    expect(await numbersOf({ q: title, assignee: "me" })).toHaveLength(1);
  });
});

describe("filters", () => {
  it("by category, source, subject type and age", async () => {
    const title = `filters-${uid()}`;
    const payment = await makeCase({ jobTitle: title, categories: ["OFF_PLATFORM_PAYMENT"], priority: 5 });
    const detectorOnly = await makeCase({
      jobTitle: title,
      categories: ["CONTACT_SHARING"],
      reporterCount: 0,
      hasAutomaticReport: true,
      priority: 4,
    });
    const old = await makeCase({ jobTitle: title, firstReportedAt: new Date(Date.now() - 8 * 24 * HOUR), priority: 3 });
    const recent = await makeCase({
      jobTitle: title,
      firstReportedAt: new Date(Date.now() - 10 * 60_000),
      priority: 2,
    });
    const q = title;
    expect(await numbersOf({ q, category: "OFF_PLATFORM_PAYMENT" })).toEqual([payment.number]);
    expect(await numbersOf({ q, source: "automatic" })).toEqual([detectorOnly.number]);
    expect(await numbersOf({ q, source: "user" })).not.toContain(detectorOnly.number);
    expect(await numbersOf({ q, subject: "ACCOUNT" })).toEqual([]);
    expect(await numbersOf({ q, subject: "JOB" })).toHaveLength(4);
    expect(await numbersOf({ q, age: "gt7d" })).toEqual([old.number]);
    expect(await numbersOf({ q, age: "gt24h" })).toEqual([old.number]);
    expect(await numbersOf({ q, age: "lt1h" })).toEqual(expect.arrayContaining([recent.number]));
    expect(await numbersOf({ q, age: "lt1h" })).not.toContain(old.number);
  });
});

describe("search", () => {
  it("finds cases by account handle (substring, with or without @), including the account's jobs and threads", async () => {
    const handleWord = `scamco${uid()}`;
    const client = await prisma.account.create({
      data: {
        externalId: `test:${uid()}`,
        handle: `hr_${handleWord}_desk`,
        displayName: "Scam Co",
        kind: "CLIENT",
        joinedAt: new Date(),
      },
    });
    const jobCase = await makeCase({ clientId: client.id, jobTitle: "Harmless title" });
    const accountCase = await prisma.case.create({
      data: { subjectType: "ACCOUNT", subjectKey: `ACCOUNT:${client.id}`, accountId: client.id, priority: 1 },
    });
    const unrelated = await makeCase({ jobTitle: "Harmless title" });
    for (const q of [handleWord, `@hr_${handleWord}_desk`, `HR_${handleWord.toUpperCase()}`]) {
      const found = await numbersOf({ q });
      expect(found.sort()).toEqual([jobCase.number, accountCase.number].sort());
      expect(found).not.toContain(unrelated.number);
    }
  });

  it("treats _ and % in the search as text, not wildcards", async () => {
    const word = uid();
    const literal = await makeCase({ jobTitle: `Job a_${word}` });
    await makeCase({ jobTitle: `Job ab${word}` });
    expect(await numbersOf({ q: `a_${word}` })).toEqual([literal.number]);
  });

  it("finds cases by job title", async () => {
    const word = `Zephyr${uid()}`;
    const kase = await makeCase({ jobTitle: `Remote ${word} assistant, weekly pay` });
    expect(await numbersOf({ q: word.toLowerCase() })).toEqual([kase.number]);
  });

  it("finds cases by a contact value in their messages, however the phone number is written", async () => {
    const { thread, client } = await makeThread();
    const digits = `41555${String(Math.floor(Math.random() * 90000) + 10000)}`;
    await makeMessage(thread.id, client.id, "text me", {
      findings: {
        create: {
          category: "CONTACT_SHARING",
          ruleId: "contact.phone",
          start: 0,
          end: 7,
          value: `+1${digits}`,
          violation: true,
          severity: "HIGH",
          explanation: "A phone number.",
        },
      },
    });
    const threadCase = await prisma.case.create({
      data: { subjectType: "THREAD", subjectKey: `THREAD:${thread.id}`, threadId: thread.id },
    });
    const spaced = `+1 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
    const dashed = `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
    for (const q of [spaced, dashed, `+1${digits}`, digits]) {
      expect(await numbersOf({ q }), q).toEqual([threadCase.number]);
    }
  });

  it("finds nothing for a value nobody used", async () => {
    expect(await numbersOf({ q: `nobody-${uid()}` })).toEqual([]);
  });
});

describe("keyset pagination", () => {
  async function walk(input: Record<string, unknown>, limit: number): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listQueueItems(maya, params({ ...input, limit, cursor }));
      pages.push(page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 50);
    return pages;
  }

  it.each(["priority", "oldest", "newest"] as const)(
    "walks every case exactly once in %s order, ties included",
    async (sort) => {
      const title = `pages-${sort}-${uid()}`;
      const base = Date.now() - 48 * HOUR;
      for (let i = 0; i < 23; i++) {
        // Few distinct priorities and times, so many rows tie on the sort key.
        await makeCase({
          jobTitle: title,
          priority: i % 3,
          firstReportedAt: new Date(base + (i % 4) * HOUR),
          lastReportedAt: new Date(base + (i % 5) * HOUR),
        });
      }
      const pages = await walk({ q: title, sort }, 5);
      expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
      const all = await listQueueItems(maya, params({ q: title, sort, limit: 100 }));
      expect(pages.flat()).toEqual(all.items.map((i) => i.id));
      const order = await prisma.case.findMany({
        where: { job: { title } },
        orderBy:
          sort === "priority"
            ? [{ priority: "desc" }, { id: "asc" }]
            : sort === "oldest"
              ? [{ firstReportedAt: "asc" }, { id: "asc" }]
              : [{ lastReportedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      expect(pages.flat()).toEqual(order.map((o) => o.id));
    },
  );

  it("walks closed cases most recently closed first", async () => {
    const title = `closed-${uid()}`;
    for (let i = 0; i < 7; i++)
      await makeCase({ jobTitle: title, status: "DISMISSED", closedAt: new Date(Date.now() - (i % 3) * HOUR) });
    const pages = await walk({ q: title, tab: "resolved" }, 3);
    expect(pages.flat()).toHaveLength(7);
    expect(new Set(pages.flat()).size).toBe(7);
  });

  it("neither repeats nor skips rows when cases are added or claimed between pages", async () => {
    const title = `moving-${uid()}`;
    const cases = [];
    for (let i = 0; i < 10; i++) cases.push(await makeCase({ jobTitle: title, priority: 50 - i }));
    const first = await listQueueItems(maya, params({ q: title, limit: 4 }));
    // Meanwhile: a more urgent case arrives and someone claims a case on page two.
    await makeCase({ jobTitle: title, priority: 99 });
    await claimCase(omar, cases[5]!.id);
    const second = await listQueueItems(maya, params({ q: title, limit: 4, cursor: first.nextCursor }));
    const third = await listQueueItems(maya, params({ q: title, limit: 4, cursor: second.nextCursor }));
    const seen = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(cases.filter((_, i) => i !== 5).map((c) => c.id));
    expect(third.nextCursor).toBeNull();
  });

  it("refuses a cursor made for another sort order", async () => {
    const first = await listQueueItems(maya, params({ limit: 1 }));
    await expect(listQueueItems(maya, params({ limit: 1, sort: "oldest", cursor: first.nextCursor }))).rejects.toThrow(
      "out of date",
    );
    await expect(listQueueItems(maya, params({ cursor: "garbage" }))).rejects.toThrow("out of date");
  });
});

describe("listQueue", () => {
  it("answers a page with the cursor to the next", async () => {
    const first = await listQueue(maya, params({ limit: 1 }));
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const next = await listQueue(maya, params({ limit: 1, cursor: first.nextCursor }));
    expect(next.items[0]!.id).not.toBe(first.items[0]!.id);
  });

  it("caps tab counts, so a long queue costs no more than the cap", async () => {
    const account = await makeAccount();
    // Straight SQL: a thousand cases through Prisma one by one would be slow.
    const title = `many-${uid()}`;
    await prisma.$executeRaw`
      WITH jobs AS (
        INSERT INTO "JobPosting" ("id", "externalId", "clientId", "title", "description", "postedAt", "updatedAt")
        SELECT 'job-' || ${title} || '-' || g, 'test:' || ${title} || '-' || g, ${account.id}, ${title}, 'x', now(), now()
        FROM generate_series(1, ${QUEUE_COUNT_CAP + 5}) g
        RETURNING "id"
      )
      INSERT INTO "Case" ("id", "subjectType", "subjectKey", "jobId", "updatedAt")
      SELECT 'case-' || "id", 'JOB', 'JOB:' || "id", "id", now() FROM jobs`;
    const counts = await countQueue(maya, params({ q: title }));
    expect(counts.unassigned).toBe(QUEUE_COUNT_CAP + 1);
    expect(counts.open).toBe(QUEUE_COUNT_CAP + 1);
  });
});
