import type { FindingCategory, ReportReason } from "@/lib/generated/prisma/enums";

/** The violation categories a user's report reason points at, for queue filters. */
export function categoriesForReason(reason: ReportReason): FindingCategory[] {
  switch (reason) {
    case "OFF_PLATFORM_CONTACT":
      return ["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"];
    case "OFF_PLATFORM_PAYMENT":
      return ["OFF_PLATFORM_PAYMENT"];
    case "PHISHING":
      return ["PERSONAL_DATA_REQUEST"];
    default:
      return [];
  }
}

/** The report reason an automatic report carries, from its worst category. */
export function reasonForCategories(categories: FindingCategory[]): ReportReason {
  if (categories.includes("OFF_PLATFORM_PAYMENT")) return "OFF_PLATFORM_PAYMENT";
  if (categories.includes("PERSONAL_DATA_REQUEST")) return "PHISHING";
  return "OFF_PLATFORM_CONTACT";
}
