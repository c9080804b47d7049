/**
 * One `<option>` per value of an enum, labelled from its table in
 * lib/cases/labels.ts (or another); with `any`, first an "Any" option
 * whose value is empty (a filter that is off).
 */
export function EnumOptions<V extends string>({
  values,
  labels,
  any = false,
}: {
  values: readonly V[];
  labels: Record<V, string>;
  any?: boolean;
}) {
  return (
    <>
      {any ? <option value="">Any</option> : null}
      {values.map((v) => (
        <option key={v} value={v}>
          {labels[v]}
        </option>
      ))}
    </>
  );
}

/** One `<option>` per named row (templates, console users), its id the value. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return items.map((i) => (
    <option key={i.id} value={i.id}>
      {i.name}
    </option>
  ));
}
