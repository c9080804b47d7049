import { describe, expect, it } from "vitest";
import { splitIntoParts } from "@/lib/cases/view/highlights";
import type { FindingView } from "@/lib/cases/view/types";

const finding = (id: string, start: number, end: number, extra: Partial<FindingView> = {}): FindingView => ({
  id,
  category: "CONTACT_SHARING",
  ruleId: "contact.phone",
  start,
  end,
  value: null,
  violation: true,
  severity: "HIGH",
  explanation: "x",
  ...extra,
});

describe("splitIntoParts", () => {
  it("keeps every character, in order, and highlights exactly the spans", () => {
    const text = "Call me on +44 7911 123456 or mail a@b.co today";
    const parts = splitIntoParts(text, [finding("p", 11, 26), finding("e", 35, 41)]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    expect(parts.filter((p) => p.findings.length).map((p) => p.text)).toEqual(["+44 7911 123456", "a@b.co"]);
  });

  it("merges overlapping spans into one highlight carrying all findings, violations first", () => {
    const text = "whatsapp +1 415 555 0142";
    const parts = splitIntoParts(text, [
      finding("allowed", 0, 8, { violation: false, severity: "LOW", category: "OFF_PLATFORM_COMMUNICATION" }),
      finding("phone", 0, 24),
    ]);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.findings.map((f) => f.id)).toEqual(["phone", "allowed"]);
  });

  it("clamps spans that run past the text instead of breaking it", () => {
    const parts = splitIntoParts("short", [finding("x", 2, 99), finding("empty", 3, 3)]);
    expect(parts.map((p) => p.text)).toEqual(["sh", "ort"]);
  });
});
