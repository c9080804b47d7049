import type { MessageView, ThreadView } from "@/lib/cases/view/types";

export type ThreadRow =
  | {
      kind: "message";
      message: MessageView;
      /** Time since the previous message, ms (null for the first). */ gapMs: number | null;
    }
  | { kind: "contract-started"; at: string; contractId: string }
  | { kind: "contract-ended"; at: string; contractId: string };

/**
 * Messages interleaved with markers where a contract started and ended, so
 * it is obvious which messages were sent before any contract existed.
 */
export function threadRows(thread: ThreadView): ThreadRow[] {
  const markers: ThreadRow[] = thread.contracts.flatMap((c) => [
    { kind: "contract-started" as const, at: c.startedAt, contractId: c.id },
    ...(c.endedAt ? [{ kind: "contract-ended" as const, at: c.endedAt, contractId: c.id }] : []),
  ]);
  markers.sort((a, b) => at(a).localeCompare(at(b)));
  const rows: ThreadRow[] = [];
  let next = 0;
  let previous: string | null = null;
  for (const message of thread.messages) {
    while (next < markers.length && at(markers[next]!) <= message.sentAt) rows.push(markers[next++]!);
    const gapMs = previous === null ? null : Date.parse(message.sentAt) - Date.parse(previous);
    rows.push({ kind: "message", message, gapMs });
    previous = message.sentAt;
  }
  while (next < markers.length) rows.push(markers[next++]!);
  return rows;
}

function at(row: ThreadRow): string {
  return row.kind === "message" ? row.message.sentAt : row.at;
}

/** Every violation in reading order, for the jump keys. */
export function violationStops(rows: ThreadRow[]): { rowIndex: number; findingId: string }[] {
  const stops: { rowIndex: number; findingId: string }[] = [];
  rows.forEach((row, rowIndex) => {
    if (row.kind !== "message") return;
    const seen = new Set<number>();
    for (const f of [...row.message.findings].sort((a, b) => a.start - b.start)) {
      // One stop per highlighted place, even when two findings share it.
      if (!f.violation || seen.has(f.start)) continue;
      seen.add(f.start);
      stops.push({ rowIndex, findingId: f.id });
    }
  });
  return stops;
}
