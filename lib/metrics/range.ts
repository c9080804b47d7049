// Pure: the dashboard's window, from the page's `days` parameter (an unknown value falls back).
export const RANGE_DAYS = [7, 14, 30, 90] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];
export const DEFAULT_RANGE_DAYS: RangeDays = 14;

export function metricsWindow(raw: unknown, now: Date): { days: RangeDays; window: { from: Date; to: Date } } {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  const days = (RANGE_DAYS as readonly number[]).includes(n) ? (n as RangeDays) : DEFAULT_RANGE_DAYS;
  return { days, window: { from: new Date(now.getTime() - days * 86_400_000), to: now } };
}
