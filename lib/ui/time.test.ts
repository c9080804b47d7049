import { describe, expect, it } from "vitest";
import { formatClock, formatGap, formatRelative } from "@/lib/ui/time";

const now = new Date("2026-12-02T15:30:00Z");

describe("times a moderator reads", () => {
  it("gives the clock time beside the age: time today, date and time before, the year when it differs", () => {
    expect(formatClock(new Date("2026-12-02T09:05:00Z"), now, "UTC")).toBe("09:05");
    expect(formatClock(new Date("2026-11-12T14:05:00Z"), now, "UTC")).toBe("12 Nov, 14:05");
    expect(formatClock(new Date("2025-11-12T14:05:00Z"), now, "UTC")).toBe("12 Nov 2025, 14:05");
    // In the viewer's zone: 23:30 UTC is already the next day in Berlin.
    expect(formatClock(new Date("2026-12-01T23:30:00Z"), now, "Europe/Berlin")).toBe("00:30");
    expect(formatRelative(new Date("2026-12-02T12:30:00Z"), now)).toBe("3 hr. ago");
  });

  it("says how long after the previous message one came, from a minute up", () => {
    expect(formatGap(30_000)).toBeNull();
    expect(formatGap(5 * 60_000)).toBe("5 min later");
    expect(formatGap(3 * 3_600_000)).toBe("3 h later");
    expect(formatGap(5 * 86_400_000)).toBe("5 days later");
  });
});
