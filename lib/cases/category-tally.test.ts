import { describe, expect, it } from "vitest";
import { reportedOnly, tallyCategories } from "@/lib/cases/category-tally";
import { categoriesForReason } from "@/lib/cases/intake/reasons";

describe("tallyCategories", () => {
  it("keeps what reports named apart from what the detector found (the demo's C-28)", () => {
    // A person reported off-platform contact; the detector found three payment requests.
    const tally = tallyCategories({
      reported: categoriesForReason("OFF_PLATFORM_CONTACT"),
      violations: [
        { category: "OFF_PLATFORM_PAYMENT" },
        { category: "OFF_PLATFORM_PAYMENT" },
        { category: "OFF_PLATFORM_PAYMENT" },
      ],
    });
    expect(tally).toEqual([
      { category: "CONTACT_SHARING", detected: 0, reported: true },
      { category: "OFF_PLATFORM_COMMUNICATION", detected: 0, reported: true },
      { category: "OFF_PLATFORM_PAYMENT", detected: 3, reported: false },
      { category: "PERSONAL_DATA_REQUEST", detected: 0, reported: false },
    ]);
    expect(reportedOnly(tally)).toEqual(["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION"]);
  });

  it("counts each violating finding once in its own category, reported or not (the demo's C-22)", () => {
    const tally = tallyCategories({
      reported: ["CONTACT_SHARING", "OFF_PLATFORM_COMMUNICATION", "CONTACT_SHARING"],
      violations: [
        { category: "PERSONAL_DATA_REQUEST" },
        { category: "CONTACT_SHARING" },
        { category: "OFF_PLATFORM_COMMUNICATION" },
        { category: "OFF_PLATFORM_COMMUNICATION" },
      ],
    });
    expect(tally.map((t) => [t.category, t.detected, t.reported])).toEqual([
      ["CONTACT_SHARING", 1, true],
      ["OFF_PLATFORM_COMMUNICATION", 2, true],
      ["OFF_PLATFORM_PAYMENT", 0, false],
      ["PERSONAL_DATA_REQUEST", 1, false],
    ]);
    expect(reportedOnly(tally)).toEqual([]);
  });
});
