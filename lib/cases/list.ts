import "server-only";
import { subjectLabelOf } from "@/lib/case-view/subject-label";
import { prisma } from "@/lib/db/prisma";

/** Open cases, most urgent first: the starting point of the triage queue. */
export async function listOpenCases(limit = 50) {
  const cases = await prisma.case.findMany({
    where: { status: { in: ["OPEN", "IN_REVIEW", "ESCALATED"] } },
    orderBy: [{ priority: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      number: true,
      status: true,
      subjectType: true,
      priority: true,
      categories: true,
      reportCount: true,
      reporterCount: true,
      hasAutomaticReport: true,
      lastReportedAt: true,
      job: { select: { title: true } },
      account: { select: { handle: true } },
      thread: { select: { title: true, job: { select: { title: true } } } },
      message: { select: { author: { select: { handle: true } } } },
      claimedBy: { select: { name: true } },
    },
  });
  return cases.map((c) => ({
    id: c.id,
    number: c.number,
    status: c.status,
    subjectType: c.subjectType,
    subjectLabel: subjectLabelOf(c),
    priority: c.priority,
    categories: c.categories,
    reportCount: c.reportCount,
    reporterCount: c.reporterCount,
    hasAutomaticReport: c.hasAutomaticReport,
    lastReportedAt: c.lastReportedAt.toISOString(),
    claimedBy: c.claimedBy?.name ?? null,
  }));
}

export type OpenCaseRow = Awaited<ReturnType<typeof listOpenCases>>[number];
