import type { FindingCategory } from "@/lib/generated/prisma/enums";

/** The four violation categories, in the order every list of them is shown. */
export const CATEGORY_ORDER: readonly FindingCategory[] = [
  "CONTACT_SHARING",
  "OFF_PLATFORM_COMMUNICATION",
  "OFF_PLATFORM_PAYMENT",
  "PERSONAL_DATA_REQUEST",
];

/**
 * A case's categories carry two facts that must not be confused:
 * - `reported`: a report on the case named it (a person's reason, mapped by
 *   categoriesForReason, or the detector's automatic report). These are the
 *   case's stored `categories`: what the queue's chips show and filter by.
 * - `detected`: how many violating findings of that category the detector
 *   stored in what the case page shows (the conversation and the job posting).
 * A person may report "off-platform contact" where the detector finds a
 * payment request instead (the demo's C-28); both are shown, each named.
 */
export interface CategoryTally {
  category: FindingCategory;
  detected: number;
  reported: boolean;
}

/** The one counting rule: every category, its violating findings counted, and whether a report named it. */
export function tallyCategories(input: {
  reported: readonly FindingCategory[];
  /** Violating findings only (each finding counts once in its own category). */
  violations: readonly { category: FindingCategory }[];
}): CategoryTally[] {
  const reported = new Set(input.reported);
  return CATEGORY_ORDER.map((category) => ({
    category,
    detected: input.violations.filter((v) => v.category === category).length,
    reported: reported.has(category),
  }));
}

/** Categories a report named that the detector found nothing of: worth reading the reports for. */
export function reportedOnly(tally: readonly CategoryTally[]): FindingCategory[] {
  return tally.filter((t) => t.reported && t.detected === 0).map((t) => t.category);
}
