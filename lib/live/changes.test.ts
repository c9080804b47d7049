import { describe, expect, it } from "vitest";
import { changesForCase, parseCaseChanges, type CaseChangeEvent } from "@/lib/live/changes";
import { changesToAnnounce, describeCaseChange } from "@/lib/live/describe";

const event = (over: Partial<CaseChangeEvent>): CaseChangeEvent => ({
  id: "1",
  caseId: "case-a",
  version: 3,
  action: "DISMISSED",
  actorKind: "USER",
  actorId: "maya",
  actorName: "Maya Moderator",
  at: "2026-12-02T18:00:00.000Z",
  ...over,
});

describe("case change notifications", () => {
  it("parses the three payload shapes and ignores anything else", () => {
    expect(parseCaseChanges(JSON.stringify({ events: [event({})] }))).toEqual({ events: [event({})] });
    expect(parseCaseChanges('{"cases":["a","b"]}')).toEqual({ cases: ["a", "b"] });
    expect(parseCaseChanges('{"all":true}')).toEqual({ all: true });
    expect(parseCaseChanges("not json")).toBeNull();
    expect(parseCaseChanges('{"other":1}')).toBeNull();
  });

  it("keeps only one case's part of a notification", () => {
    const both = { events: [event({ id: "1" }), event({ id: "2", caseId: "case-b" })] };
    expect(changesForCase(both, "case-b")).toEqual({ events: [event({ id: "2", caseId: "case-b" })] });
    expect(changesForCase(both, "case-c")).toBeNull();
    expect(changesForCase({ cases: ["case-a", "case-b"] }, "case-a")).toEqual({ cases: ["case-a"] });
    expect(changesForCase({ cases: ["case-b"] }, "case-a")).toBeNull();
    expect(changesForCase({ all: true }, "case-a")).toEqual({ all: true });
  });

  it("announces on a case page only others' changes past the version shown, in words", () => {
    const events = [
      event({ id: "1", version: 2 }),
      event({ id: "2", version: 4, actorId: "omar" }),
      event({ id: "3", version: 5 }),
      event({ id: "4", version: null, action: "NOTE_ADDED" }),
    ];
    expect(changesToAnnounce(events, 2, "omar").map((e) => e.id)).toEqual(["3"]);
    expect(describeCaseChange(event({}))).toBe("Maya Moderator dismissed this case");
    expect(describeCaseChange(event({ actorName: null, actorKind: "PLATFORM", action: "REPORT_RECEIVED" }))).toBe(
      "The platform added a report to this case",
    );
  });
});
