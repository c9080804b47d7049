/**
 * What a platform update changed, as the audit trail keeps it: the names of
 * the fields that differ and, for those fields only, the value before and
 * after. Values are compared in their JSON form (dates as ISO strings,
 * lists in order), so a re-send of the same data is no change at all.
 */
export interface FieldChanges {
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

type Plain = string | number | boolean | null | readonly string[];

/**
 * Compares the stored values with the sent ones; a field the request left
 * out (undefined) keeps its stored value and is not a change. Returns null
 * when nothing differs.
 */
export function changedFields<K extends string>(
  stored: Record<K, Plain>,
  sent: Partial<Record<K, Plain | undefined>>,
): FieldChanges | null {
  const out: FieldChanges = { fields: [], before: {}, after: {} };
  for (const key of Object.keys(stored) as K[]) {
    const next = sent[key];
    if (next === undefined || JSON.stringify(stored[key]) === JSON.stringify(next)) continue;
    out.fields.push(key);
    out.before[key] = stored[key];
    out.after[key] = next;
  }
  return out.fields.length ? out : null;
}
