import { REPLY_VARIABLES, type VariableName } from "@/lib/replies/variables";
import { Button } from "@/components/ui/button";

/**
 * The documented variables. With `onInsert`, each gets a button that puts
 * it at the cursor of the field being edited.
 */
export function VariableReference({ onInsert }: { onInsert?: (name: VariableName) => void }) {
  return (
    <section
      aria-labelledby="variables-heading"
      className="rounded-lg border border-border bg-surface lg:sticky lg:top-6"
    >
      <h2 id="variables-heading" className="border-b border-border px-4 py-2 text-sm font-semibold text-fg">
        Variables
      </h2>
      <p className="px-4 pt-3 text-xs text-muted">
        Filled from the case when an agent picks the template. A value the case does not have becomes a gap the agent
        must fill. Write{" "}
        <code className="rounded bg-warning-subtle px-0.5 font-mono text-warning-text">[[like this]]</code> for a gap
        the agent always fills by hand; a reply cannot be sent while one is left.
      </p>
      <dl className="space-y-2 px-4 py-3 text-xs">
        {REPLY_VARIABLES.map((v) => (
          <div key={v.name}>
            <dt className="flex items-center justify-between gap-2">
              <code className="rounded bg-accent-subtle px-1 font-mono text-accent-text">{`{{${v.name}}}`}</code>
              {onInsert ? (
                <Button onClick={() => onInsert(v.name)} aria-label={`Insert {{${v.name}}}`} size="xs">
                  Insert
                </Button>
              ) : null}
            </dt>
            <dd className="mt-0.5 text-muted">{v.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
