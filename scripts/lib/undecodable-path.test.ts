import { describe, expect, it } from "vitest";
import { problem } from "@/lib/http/problem";
import { undecodablePathAnswer } from "@/scripts/lib/undecodable-path.mjs";

describe("undecodablePathAnswer", () => {
  it("answers a path that is not UTF-8 once decoded with the console's 400 problem", () => {
    const answer = undecodablePathAnswer("/api/v1/cases/%ff%fe?x=1");
    expect(answer?.status).toBe(400);
    expect(answer?.headers["Content-Type"]).toBe("application/problem+json");
    expect(answer?.body).toEqual(problem("BAD_REQUEST", answer!.body.detail));
  });

  it("lets every decodable path through, query strings aside", () => {
    expect(undecodablePathAnswer("/api/v1/cases/%E2%82%AC")).toBeNull();
    expect(undecodablePathAnswer("/cases/abc?q=%ff")).toBeNull();
    expect(undecodablePathAnswer("/")).toBeNull();
  });
});
