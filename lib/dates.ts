/**
 * Dates every layer can hold. JavaScript's Date reaches year 275760, PostgreSQL's timestamp 294276,
 * but Prisma writes years past 9999 in a form PostgreSQL misreads and year 0 does not exist there
 * (it is 1 BC): so an instant is storable when its UTC year has ISO 8601's four digits, 1 to 9999.
 */
export const STORABLE_DATE_MESSAGE = "Use a date between the years 1 and 9999 (UTC).";

function storableYear(time: number): boolean {
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/** An ISO 8601 date-time (already checked for its format) that PostgreSQL can store. */
export function isStorableInstant(iso: string): boolean {
  return storableYear(Date.parse(iso));
}

/** A calendar day written YYYY-MM-DD that exists ("2026-02-30" does not) and can be stored. */
export function isStorableDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return storableYear(time) && new Date(time).toISOString().slice(0, 10) === day;
}
