import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/platform/changes";

describe("changedFields", () => {
  it("keeps only the fields that differ, with their before and after", () => {
    expect(
      changedFields(
        { handle: "amy", badges: ["Top Rated"], paymentVerified: false, country: "DE" },
        { handle: "amy", badges: ["Top Rated", "Rising"], paymentVerified: true, country: "DE" },
      ),
    ).toEqual({
      fields: ["badges", "paymentVerified"],
      before: { badges: ["Top Rated"], paymentVerified: false },
      after: { badges: ["Top Rated", "Rising"], paymentVerified: true },
    });
  });

  it("is null for a re-send of the same values, and a left-out field is no change", () => {
    expect(changedFields({ title: "Logo", postedAt: "2026-11-01T10:00:00.000Z" }, { title: "Logo" })).toBeNull();
  });

  it("sees a change to null (a country removed) and a reordered list", () => {
    expect(changedFields({ country: "DE", badges: ["a", "b"] }, { country: null, badges: ["b", "a"] })?.fields).toEqual(
      ["country", "badges"],
    );
  });
});
