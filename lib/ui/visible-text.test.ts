import { describe, expect, it } from "vitest";
import { hasHidden, splitHidden } from "@/lib/ui/visible-text";

describe("splitHidden", () => {
  it("turns a right-to-left override into a visible marker, keeping the rest in order", () => {
    const runs = splitHidden("invoice_\u202Egpj.exe");
    expect(runs).toEqual([
      { kind: "text", text: "invoice_" },
      { kind: "hidden", char: "\u202E", codePoint: "U+202E", name: "right-to-left override" },
      { kind: "text", text: "gpj.exe" },
    ]);
  });

  it("finds zero-width and control characters but leaves tabs, newlines and ordinary text alone", () => {
    expect(splitHidden("a\u200Bb\u0007c").map((r) => (r.kind === "text" ? r.text : r.codePoint))).toEqual([
      "a",
      "U+200B",
      "b",
      "U+0007",
      "c",
    ]);
    expect(splitHidden("line one\n\tline two — café 👋")).toEqual([
      { kind: "text", text: "line one\n\tline two — café 👋" },
    ]);
    expect(hasHidden("plain")).toBe(false);
    expect(hasHidden("x\u2066y")).toBe(true);
  });

  it("keeps the total length, so stored offsets still line up", () => {
    const text = "mail me\u200D at a@b.co\u202E";
    const total = splitHidden(text).reduce((n, r) => n + (r.kind === "text" ? r.text.length : r.char.length), 0);
    expect(total).toBe(text.length);
  });
});
