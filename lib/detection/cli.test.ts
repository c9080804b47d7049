import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

function runCli(input: string) {
  const result = spawnSync("npx", ["tsx", "scripts/detect.ts"], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  // npm may print its own configuration warnings; they are not the CLI's output.
  const stderrLines = result.stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("npm warn"));
  const stdoutLines = result.stdout.split("\n").filter((l) => l.trim() !== "");
  return { status: result.status, stdoutLines, stderrLines };
}

describe("scripts/detect.ts", () => {
  it("writes one JSON line per message with the finding fields, and exits 0", () => {
    const input = [
      JSON.stringify({ id: "m1", text: "call 917.555.0123 after 6pm", contractActive: false }),
      "",
      JSON.stringify({ id: "m2", text: "Thanks, looks good", contractActive: true }),
    ].join("\n");
    const { status, stdoutLines, stderrLines } = runCli(`${input}\n`);
    expect(status).toBe(0);
    expect(stderrLines).toEqual([]);
    expect(stdoutLines).toHaveLength(2);
    const first = JSON.parse(stdoutLines[0] ?? "{}");
    expect(first.id).toBe("m1");
    expect(Object.keys(first.findings[0]).sort()).toEqual([
      "category",
      "end",
      "explanation",
      "ruleId",
      "severity",
      "start",
      "value",
      "violation",
    ]);
    expect(first.findings[0]).toMatchObject({
      category: "CONTACT_SHARING",
      start: 5,
      end: 17,
      value: "+19175550123",
      violation: true,
    });
    expect(JSON.parse(stdoutLines[1] ?? "{}")).toEqual({ id: "m2", findings: [] });
  }, 60_000);

  it("reports malformed lines on stderr by line number, processes the rest, and exits 1", () => {
    const input = [
      JSON.stringify({ id: "ok1", text: "hello", contractActive: false }),
      "{not json",
      JSON.stringify({ id: 7, text: "x", contractActive: false }),
      "",
      JSON.stringify({ id: "bad", text: "x" }),
      JSON.stringify({ id: "ok2", text: "Pay in USDT TRC20", contractActive: true }),
    ].join("\n");
    const { status, stdoutLines, stderrLines } = runCli(`${input}\n`);
    expect(status).toBe(1);
    expect(stdoutLines.map((l) => JSON.parse(l).id)).toEqual(["ok1", "ok2"]);
    expect(stderrLines).toHaveLength(3);
    expect(stderrLines[0]).toMatch(/^line 2: /);
    expect(stderrLines[1]).toMatch(/^line 3: .*"id"/);
    expect(stderrLines[2]).toMatch(/^line 5: .*"contractActive"/);
  }, 60_000);
});
