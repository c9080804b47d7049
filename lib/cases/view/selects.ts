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

/** The columns of an account's standing (AccountStanding) that the case page and the account page show. */
export const ACCOUNT_STANDING_SELECT = {
  joinedAt: true,
  paymentVerified: true,
  badges: true,
  status: true,
  restrictedUntil: true,
  restrictionScopes: true,
  strikeCount: true,
} as const satisfies Prisma.AccountSelect;
