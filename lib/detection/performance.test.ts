import { describe, expect, it } from "vitest";
import { detect } from "./detect";

const SIZE = 100 * 1024;

function repeatToLength(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Best of a few runs, to keep scheduler noise out of the comparison. */
function bestTimeMs(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    detect(text, { contractActive: false });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const NORMAL = repeatToLength(
  "Thanks for the update, the header looks cleaner. Milestone 2 is done and the files are attached. " +
    "Could you check the login redirect on staging at 10:30? Budget stays $1,500. ",
  SIZE,
);

describe("pathological inputs", () => {
  // Relative to a same-length ordinary message; a catastrophic (super-linear)
  // pattern would be thousands of times slower, so the bound is generous.
  const normalMs = Math.max(bestTimeMs(NORMAL), 1);

  it.each([
    ["a@a@a@...", repeatToLength("a@", SIZE)],
    ["a long digit run", repeatToLength("9", SIZE)],
    ["spaced digits", repeatToLength("9 ", SIZE)],
    ["repeated spaces", " ".repeat(SIZE)],
    ["repeated dots", ".".repeat(SIZE)],
    ["dots and spaces", repeatToLength(". .. ", SIZE)],
    ["spaced letters", repeatToLength("s k y p e ", SIZE)],
    ["spelled at/dot", repeatToLength("a at b dot ", SIZE)],
    ["spelled digits", repeatToLength("nine one ", SIZE)],
    ["handles and apps", repeatToLength("telegram @a_b ", SIZE)],
  ])("%s finishes in time comparable to a normal 100 KB message", (_name, text) => {
    expect(bestTimeMs(text)).toBeLessThan(normalMs * 100 + 500);
  });
});
