/**
 * Scans messages from stdin, one JSON object a line:
 *   {"id": "...", "text": "...", "contractActive": false}
 * and writes one line per message to stdout:
 *   {"id": "...", "findings": [...]}
 * A malformed line is reported on stderr with its line number and skipped; the
 * exit code is then 1. Blank lines are ignored.
 */
import { createInterface } from "node:readline";
import { detect, findingFields } from "@/lib/detection/detect";

interface InputLine {
  id: string;
  text: string;
  contractActive: boolean;
}

function parseLine(line: string): InputLine | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return "expected a JSON object";
  const { id, text, contractActive } = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof id !== "string") problems.push('"id" must be a string');
  if (typeof text !== "string") problems.push('"text" must be a string');
  if (typeof contractActive !== "boolean") problems.push('"contractActive" must be a boolean');
  if (problems.length > 0) return problems.join(", ");
  return { id: id as string, text: text as string, contractActive: contractActive as boolean };
}

async function main(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let badLines = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const parsed = parseLine(line);
    if (typeof parsed === "string") {
      badLines++;
      process.stderr.write(`line ${lineNumber}: ${parsed}\n`);
      continue;
    }
    const findings = detect(parsed.text, { contractActive: parsed.contractActive }).map(findingFields);
    process.stdout.write(`${JSON.stringify({ id: parsed.id, findings })}\n`);
  }
  return badLines > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`detect: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
