import { describe, expect, it } from "vitest";
import { snapshotView } from "@/lib/cases/view/snapshot";

describe("snapshotView", () => {
  it("names the fields whose text changed since the report", () => {
    expect(
      snapshotView({ title: "Logo", description: "Pay on the site" }, { title: "Logo", description: "Pay by wire" }),
    ).toEqual({ fields: { title: "Logo", description: "Pay on the site" }, changed: ["description"] });
  });

  it("has no changes when the text still reads the same", () => {
    expect(snapshotView({ body: "hello" }, { body: "hello" })?.changed).toEqual([]);
  });

  it("is null for a report filed before snapshots (no snapshot stored)", () => {
    expect(snapshotView(null, { body: "hello" })).toBeNull();
  });
});
