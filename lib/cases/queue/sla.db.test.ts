import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { listQueueItems } from "@/lib/cases/queue/list";
import { queueParamsSchema } from "@/lib/cases/queue/schemas";
import { slaDueAt } from "@/lib/cases/sla";
import type { FindingCategory } from "@/lib/generated/prisma/enums";
import { makeConsoleUser, uid } from "@/tests/support/fixtures";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";
import { asActor, makeCase } from "@/tests/support/queue-fixtures";

// "Breaches soonest" ranks every open case: this file has a queue of its own.
useIsolatedDatabase("queuesla");

const HOUR = 3_600_000;
let viewer: ReturnType<typeof asActor>;

beforeAll(async () => {
  viewer = asActor(await makeConsoleUser("STAFF"));
});

/** An appeal case as the queue sees it (its Appeal row plays no part in the deadline). */
async function appealCase(firstReportedAt: Date, categories: FindingCategory[]) {
  return prisma.case.create({
    data: {
      subjectType: "APPEAL",
      subjectKey: `APPEAL:test-${uid()}`,
      priority: 40,
      categories,
      firstReportedAt,
      lastReportedAt: firstReportedAt,
    },
  });
}

const page = (input: Record<string, unknown>) =>
  listQueueItems(viewer, queueParamsSchema.parse({ tab: "open", sort: "sla", limit: 100, ...input }));

describe("breaches soonest", () => {
  it("computes each row's deadline in SQL exactly as lib/cases/sla.ts does, and sorts by it", async () => {
    const now = Date.now();
    const made = [
      // Reported 30 h ago, no category: 24 h, breached 6 h ago.
      await makeCase({ firstReportedAt: new Date(now - 30 * HOUR), categories: [] }),
      // Reported 1 h ago about payment: 4 h, 3 h left.
      await makeCase({
        firstReportedAt: new Date(now - HOUR),
        categories: ["CONTACT_SHARING", "OFF_PLATFORM_PAYMENT"],
      }),
      // Reported 2 h ago, contact only: 24 h, 22 h left.
      await makeCase({ firstReportedAt: new Date(now - 2 * HOUR), categories: ["CONTACT_SHARING"] }),
      // Reported 5 h ago asking for personal data: 4 h, breached 1 h ago.
      await makeCase({ firstReportedAt: new Date(now - 5 * HOUR), categories: ["PERSONAL_DATA_REQUEST"] }),
      // An appeal of a payment case, submitted 60 h ago: 72 h, 12 h left (not 4 h).
      await appealCase(new Date(now - 60 * HOUR), ["OFF_PLATFORM_PAYMENT"]),
    ];
    const { items } = await page({});
    const expected = made
      .map((c) => ({ id: c.id, due: slaDueAt(c).toISOString() }))
      .sort((a, b) => a.due.localeCompare(b.due) || (a.id < b.id ? -1 : 1));
    expect(items.map((i) => ({ id: i.id, due: i.slaDueAt }))).toEqual(expected);
    expect(items.map((i) => i.id)).toEqual([made[0]!.id, made[3]!.id, made[1]!.id, made[4]!.id, made[2]!.id]);

    // The other sorts carry the same deadline on each row.
    const byPriority = await page({ sort: "priority" });
    const due = new Map(expected.map((e) => [e.id, e.due]));
    for (const item of byPriority.items) expect(item.slaDueAt).toBe(due.get(item.id));
  });

  it("pages by keyset through ties without repeating or skipping a case", async () => {
    const title = `sla-pages-${uid()}`;
    const base = Date.now() - 10 * HOUR;
    for (let i = 0; i < 11; i++) {
      await makeCase({
        jobTitle: title,
        firstReportedAt: new Date(base + (i % 3) * HOUR),
        categories: i % 2 ? ["OFF_PLATFORM_PAYMENT"] : [],
      });
    }
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const next = await page({ q: title, limit: 4, cursor });
      ids.push(...next.items.map((i) => i.id));
      cursor = next.nextCursor ?? undefined;
    } while (cursor);
    const all = await page({ q: title });
    expect(ids).toEqual(all.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(11);
    const dues = all.items.map((i) => i.slaDueAt);
    expect(dues).toEqual([...dues].sort());
  });
});
