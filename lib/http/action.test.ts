import { describe, expect, it } from "vitest";
import { z } from "@/lib/zod";
import { actionFailure } from "@/lib/http/action";
import { toProblem } from "@/lib/http/problem";
import { GENERIC_ERROR_MESSAGE, SafeError } from "@/lib/errors";

describe("what a failed server action answers", () => {
  it("keeps a SafeError's message and gives its code, the finer reason when there is one", () => {
    expect(actionFailure(new SafeError("STALE_VERSION", "This case changed since you opened it."))).toEqual({
      ok: false,
      error: "This case changed since you opened it.",
      code: "STALE_VERSION",
    });
    expect(actionFailure(new SafeError("FORBIDDEN", "No."))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("names bad fields the way the API's problem `errors` do", () => {
    const schema = z.object({ name: z.string().min(2, "Too short."), scopes: z.array(z.enum(["A"])) });
    const parsed = schema.safeParse({ name: "x", scopes: ["B"] });
    const failure = actionFailure(parsed.error);
    expect(failure).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { name: "Too short.", "scopes[0]": expect.any(String) },
    });
    const problem = toProblem(parsed.error).body;
    expect(problem.errors?.map((e) => e.field)).toEqual(Object.keys(failure.fieldErrors!));
  });

  it("answers anything else generically (code INTERNAL), never with its text", () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(actionFailure(new Error("connection refused at 10.0.0.3"))).toEqual({
        ok: false,
        error: GENERIC_ERROR_MESSAGE,
        code: "INTERNAL",
      });
    } finally {
      console.error = quiet;
    }
  });
});

describe("problem details", () => {
  it("are one shape for every error: type, title, status, code, detail, and a SafeError's details as extensions", () => {
    const { body } = toProblem(new SafeError("HELD_BY_OTHER", "C-1 is held by Maya.", { holderName: "Maya" }));
    expect(body).toEqual({
      type: "urn:tsc:problem:held-by-other",
      title: expect.any(String),
      status: 409,
      code: "HELD_BY_OTHER",
      detail: "C-1 is held by Maya.",
      holderName: "Maya",
    });
    expect(toProblem(new SafeError("STALE_VERSION", "Changed.")).body).toMatchObject({
      status: 409,
      code: "STALE_VERSION",
    });
  });
});
