import { describe, expect, it } from "vitest";
import { computePriority } from "@/lib/cases/intake/priority";
import { prisma } from "@/lib/db/prisma";
import {
  refreshWaitingPoints,
  refreshWaitingPointsIfDue,
  resetWaitingCheckThrottle,
  WAITING_REFRESH_INTERVAL_MS,
} from "@/lib/cases/queue/waiting";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";
import { makeCase } from "@/tests/support/queue-fixtures";

// The refresh touches every open case, so it gets a database of its own.
useIsolatedDatabase("waiting");

const HOUR = 3_600_000;

describe("waiting time in the priority", () => {
  it("is topped up in SQL by exactly the points computePriority gives, leaving the other parts and the version alone", async () => {
    const now = new Date();
    const ages = [0, 0.5, 1, 7.9, 24.5, 30, 24 * 9];
    const cases = [];
    for (const hours of ages) {
      const kase = await makeCase({ firstReportedAt: new Date(now.getTime() - hours * HOUR) });
      // As intake stored it: computed when the report arrived (no waiting yet).
      await prisma.case.update({
        where: { id: kase.id },
        data: { priority: 40, priorityBreakdown: { severity: 30, reporters: 10, waiting: 0 } },
      });
      cases.push(kase);
    }
    const closed = await makeCase({
      status: "RESOLVED",
      closedAt: now,
      firstReportedAt: new Date(now.getTime() - 30 * HOUR),
    });
    await refreshWaitingPoints(now);

    for (const [i, hours] of ages.entries()) {
      const row = await prisma.case.findUniqueOrThrow({ where: { id: cases[i]!.id } });
      const expected = computePriority({
        reporterCount: 0,
        automaticReports: 0,
        worstSeverity: null,
        categories: [],
        accountAgeDays: null,
        paymentVerified: null,
        priorEnforcements: 0,
        waitingHours: hours,
      }).breakdown.waiting!;
      expect(row.priorityBreakdown).toEqual({ severity: 30, reporters: 10, waiting: expected });
      expect(row.priority).toBe(40 + expected);
      expect(row.version).toBe(cases[i]!.version);
    }
    expect((await prisma.case.findUniqueOrThrow({ where: { id: closed.id } })).priority).toBe(closed.priority);
    // Nothing left to change: a second run touches no row.
    expect(await refreshWaitingPoints(now)).toBe(0);
  });

  it("runs once per interval however many instances ask", async () => {
    const now = new Date(Date.now() + 24 * HOUR);
    // Each call stands for another app instance (the in-process throttle is reset).
    const asInstance = (at: Date) => {
      resetWaitingCheckThrottle();
      return refreshWaitingPointsIfDue(at);
    };
    const results = await Promise.all(Array.from({ length: 8 }, () => asInstance(now)));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await asInstance(new Date(now.getTime() + 1000))).toBeNull();
    expect(await asInstance(new Date(now.getTime() + WAITING_REFRESH_INTERVAL_MS))).not.toBeNull();
  });

  it("asks the database at most every 30 s from one instance", async () => {
    resetWaitingCheckThrottle();
    const now = new Date(Date.now() + 48 * HOUR);
    expect(await refreshWaitingPointsIfDue(now)).not.toBeNull();
    // Without its stamp the database would say "due" to anyone who asks...
    await prisma.jobCursor.deleteMany({ where: { name: "queue:waiting-points" } });
    // ...but this instance asked a moment ago, so it does not ask again yet.
    expect(await refreshWaitingPointsIfDue(new Date(now.getTime() + 10_000))).toBeNull();
    expect(await refreshWaitingPointsIfDue(new Date(now.getTime() + 31_000))).not.toBeNull();
  });
});
