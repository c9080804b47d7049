/** A report's snapshot of the reported text, as the case page shows it. */
export interface ReportSnapshotView {
  /** The text as the reporter saw it, field by field (title, description, body, handle, displayName). */
  fields: Record<string, string | null>;
  /** The fields whose text has changed since the report arrived; empty when it still reads the same. */
  changed: string[];
}

/**
 * Compares a report's stored snapshot with the text as it is now. Null for
 * reports filed before snapshots existed (nothing to compare with).
 */
export function snapshotView(snapshot: unknown, current: unknown): ReportSnapshotView | null {
  if (!isTextRecord(snapshot)) return null;
  const now = isTextRecord(current) ? current : {};
  return {
    fields: snapshot,
    changed: Object.keys(snapshot).filter((k) => (now[k] ?? null) !== snapshot[k]),
  };
}

function isTextRecord(value: unknown): value is Record<string, string | null> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === null || typeof v === "string")
  );
}
