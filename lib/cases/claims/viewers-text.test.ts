import { describe, expect, it } from "vitest";
import { describeViewers } from "@/lib/cases/claims/viewers-text";

describe("describeViewers", () => {
  it("names who else is on the case, marking the holder", () => {
    expect(describeViewers([])).toBeNull();
    expect(describeViewers([{ name: "Omar Moderator", holdsClaim: false }])).toBe("Also viewing: Omar Moderator");
    expect(
      describeViewers([
        { name: "Omar Moderator", holdsClaim: true },
        { name: "Sofia Staff", holdsClaim: false },
      ]),
    ).toBe("Also viewing: Omar Moderator (holds the case) and Sofia Staff");
    const many = ["A", "B", "C", "D", "E"].map((name) => ({ name, holdsClaim: false }));
    expect(describeViewers(many)).toBe("Also viewing: A, B and 3 others");
  });
});
