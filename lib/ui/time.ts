const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 hr. ago", "in 2 days", "now": the age a moderator reads at a glance. */
export function formatRelative(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return RELATIVE.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per set of options, kept: building an Intl.DateTimeFormat
 * costs far more than formatting with it, and the queue and a thread format
 * several dates per row on every render.
 */
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", options);
    formatters.set(key, format);
  }
  return format;
}

/** A full date and time in the viewer's zone (or the one given). */
export function formatAbsolute(date: Date, timeZone?: string): string {
  return dateFormat({ dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

const COUNT = new Intl.NumberFormat("en");

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/**
 * The clock time beside an age, in the viewer's zone: "14:05" today, "12 Nov, 14:05" this year,
 * "12 Nov 2025, 14:05" before. An age alone ("last wk.") cannot tell two messages apart.
 */
export function formatClock(date: Date, now: Date, timeZone?: string): string {
  const day = (d: Date) => dateFormat({ dateStyle: "short", timeZone }).format(d);
  const year = (d: Date) => dateFormat({ year: "numeric", timeZone }).format(d);
  const time = dateFormat({ hour: "2-digit", minute: "2-digit", timeZone }).format(date);
  if (day(date) === day(now)) return time;
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", timeZone };
  if (year(date) !== year(now)) options.year = "numeric";
  return `${dateFormat(options).format(date)}, ${time}`;
}

/** The time between two messages, for the thread ("3 h later"); null under a minute. */
export function formatGap(ms: number): string | null {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return null;
  if (minutes < 60) return `${minutes} min later`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h later`;
  return `${Math.floor(hours / 24)} days later`;
}
