import { REPLY_VARIABLES, type VariableName } from "@/lib/replies/variables";

/**
 * The documented variables. With `onInsert`, each gets a button that puts
 * it at the cursor of the field being edited.
 */
export function VariableReference({ onInsert }: { onInsert?: (name: VariableName) => void }) {
  return (
    <section
      aria-labelledby="variables-heading"
      className="rounded-lg border border-slate-200 bg-white lg:sticky lg:top-6"
    >
      <h2 id="variables-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-900">
        Variables
      </h2>
      <p className="px-4 pt-3 text-xs text-slate-600">
        Filled from the case when an agent picks the template. A value the case does not have becomes a gap the agent
        must fill. Write <code className="rounded bg-amber-50 px-0.5 font-mono text-amber-900">[[like this]]</code> for
        a gap the agent always fills by hand; a reply cannot be sent while one is left.
      </p>
      <dl className="space-y-2 px-4 py-3 text-xs">
        {REPLY_VARIABLES.map((v) => (
          <div key={v.name}>
            <dt className="flex items-center justify-between gap-2">
              <code className="rounded bg-indigo-50 px-1 font-mono text-indigo-800">{`{{${v.name}}}`}</code>
              {onInsert ? (
                <button
                  type="button"
                  onClick={() => onInsert(v.name)}
                  aria-label={`Insert {{${v.name}}}`}
                  className="rounded border border-slate-300 px-1.5 py-0.5 text-[11px] font-medium text-slate-700 hover:bg-slate-100"
                >
                  Insert
                </button>
              ) : null}
            </dt>
            <dd className="mt-0.5 text-slate-600">{v.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
