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
      className="border-border bg-surface rounded-lg border lg:sticky lg:top-6"
    >
      <h2 id="variables-heading" className="border-border text-fg border-b px-4 py-2 text-sm font-semibold">
        Variables
      </h2>
      <p className="text-muted px-4 pt-3 text-xs">
        Filled from the case when an agent picks the template. A value the case does not have becomes a gap the agent
        must fill. Write{" "}
        <code className="bg-warning-subtle text-warning-text rounded px-0.5 font-mono">[[like this]]</code> for a gap
        the agent always fills by hand; a reply cannot be sent while one is left.
      </p>
      <dl className="space-y-2 px-4 py-3 text-xs">
        {REPLY_VARIABLES.map((v) => (
          <div key={v.name}>
            <dt className="flex items-center justify-between gap-2">
              <code className="bg-accent-subtle text-accent-text rounded px-1 font-mono">{`{{${v.name}}}`}</code>
              {onInsert ? (
                <Button onClick={() => onInsert(v.name)} aria-label={`Insert {{${v.name}}}`} size="xs">
                  Insert
                </Button>
              ) : null}
            </dt>
            <dd className="text-muted mt-0.5">{v.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
