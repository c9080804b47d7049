import { describe, expect, it } from "vitest";
import { unstorableTextIn } from "@/lib/unicode";

describe("unstorableTextIn", () => {
  it("names every string and key no column can hold, and nothing else", () => {
    expect(
      unstorableTextIn({
        fine: ["emoji \ud83d\ude00", "\u202Eoverride is text", 1, null],
        nul: "a\u0000b",
        list: [{ deep: "\udc00" }],
        "key\u0000": "x",
      }),
    ).toEqual([
      { path: ["nul"], detail: expect.stringContaining("NUL") },
      { path: ["list", 0, "deep"], detail: expect.stringContaining("well-formed") },
      { path: ["key\u0000"], detail: expect.stringContaining("field name") },
    ]);
    expect(unstorableTextIn("plain")).toEqual([]);
  });
});
