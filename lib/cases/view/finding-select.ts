import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns of a stored finding that the pages show (a message's and, with `field`, a job posting's). */
export const FINDING_SELECT = {
  id: true,
  category: true,
  ruleId: true,
  start: true,
  end: true,
  value: true,
  violation: true,
  severity: true,
  explanation: true,
} as const satisfies Prisma.FindingSelect;
