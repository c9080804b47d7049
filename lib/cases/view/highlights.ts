import type { FindingView } from "@/lib/cases/view/types";

export interface TextPart {
  text: string;
  start: number;
  /** The findings whose spans overlap here; empty for plain text. */
  findings: FindingView[];
}

/**
 * Cuts a message into plain text and highlighted parts. Overlapping spans
 * (a WhatsApp number is both contact sharing and an off-platform invitation)
 * merge into one highlight that carries every finding, so nothing is drawn
 * twice and no finding is hidden. Spans outside the text are clamped, never
 * trusted blindly.
 */
export function splitIntoParts(text: string, findings: FindingView[]): TextPart[] {
  const spans = findings
    .map((f) => ({ f, start: clamp(f.start, text.length), end: clamp(f.end, text.length) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const groups: { start: number; end: number; findings: FindingView[] }[] = [];
  for (const span of spans) {
    const last = groups[groups.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.findings.push(span.f);
    } else {
      groups.push({ start: span.start, end: span.end, findings: [span.f] });
    }
  }

  const parts: TextPart[] = [];
  let cursor = 0;
  for (const g of groups) {
    if (g.start > cursor) parts.push({ text: text.slice(cursor, g.start), start: cursor, findings: [] });
    parts.push({ text: text.slice(g.start, g.end), start: g.start, findings: orderByImportance(g.findings) });
    cursor = g.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), start: cursor, findings: [] });
  return parts;
}

const SEVERITY_RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

/** Violations before allowed findings, then the most severe first. */
export function orderByImportance(findings: FindingView[]): FindingView[] {
  return [...findings].sort(
    (a, b) => Number(b.violation) - Number(a.violation) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}
