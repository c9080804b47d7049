import type { FlowHour, FlowKind, OpenNow } from "./dashboard-types";

// Pure: the dashboard's hourly flow (UTC hours from SQL) folded into the
// viewer's local days, in the browser, so "a day" is the moderator's day and
// not the server's. The queue's depth at the end of each day is walked back
// from the depth now: depth(end of d) = open now − incoming after d + closed after d.
// (A case reopened since counts as open from its first report; reopening is rare.)

export interface FlowDay {
  day: string; // YYYY-MM-DD in the viewer's zone
  incoming: number;
  closed: number;
  /** Open at the end of the day (for today: now). */
  depth: number;
}

const dayKeys = new Map<string, Intl.DateTimeFormat>();

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(iso: string | Date, timeZone?: string): string {
  const key = timeZone ?? "";
  let format = dayKeys.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayKeys.set(key, format);
  }
  return format.format(new Date(iso));
}

/** Every local day from `from` to `to`, inclusive, in order. */
export function daysBetween(from: string, to: string, timeZone?: string): string[] {
  const days: string[] = [];
  const last = localDay(to, timeZone);
  // Step by hours, not 24 h, so a daylight-saving day is neither skipped nor doubled.
  for (let t = new Date(from).getTime(); ; t += 3_600_000) {
    const day = localDay(new Date(t), timeZone);
    if (days[days.length - 1] !== day) days.push(day);
    if (day === last) break;
  }
  return days;
}

/** One queue's (and category's) days: incoming, closed and depth at each day's end. */
export function foldDays(
  flow: readonly FlowHour[],
  open: readonly OpenNow[],
  select: { kind: FlowKind; category: string },
  window: { from: string; to: string },
  timeZone?: string,
): FlowDay[] {
  const days = daysBetween(window.from, window.to, timeZone);
  const byDay = new Map(days.map((day) => [day, { day, incoming: 0, closed: 0, depth: 0 }]));
  for (const h of flow) {
    if (h.kind !== select.kind || h.category !== select.category) continue;
    const row = byDay.get(localDay(h.hour, timeZone));
    if (!row) continue;
    row.incoming += h.incoming;
    row.closed += h.closed;
  }
  let depth = open.find((o) => o.kind === select.kind && o.category === select.category)?.open ?? 0;
  const rows = days.map((d) => byDay.get(d)!);
  for (let i = rows.length - 1; i >= 0; i--) {
    rows[i]!.depth = depth;
    depth = depth - rows[i]!.incoming + rows[i]!.closed;
  }
  return rows;
}
