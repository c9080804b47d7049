import { CATEGORY_POLICY } from "@/lib/detection/policy";
import type { FindingView } from "@/lib/cases/view/types";
import { CATEGORY_STYLE } from "@/components/cases/view/category-style";

/**
 * What the highlight under the pointer or focus means: the rule that fired,
 * its explanation and the policy it breaks. Shown in a fixed place above the
 * thread so it never hides the message being read.
 */
export function FindingInspector({ findings }: { findings: FindingView[] }) {
  return (
    <div
      aria-live="polite"
      data-testid="finding-inspector"
      className="min-h-[4.5rem] border-b border-border bg-surface-subtle px-4 py-2 text-xs"
    >
      {findings.length === 0 ? (
        <p className="pt-3 text-muted">
          Point at or focus a highlight to see the rule, why it fired and the policy it breaks.
        </p>
      ) : (
        <ul className="space-y-1.5">
          {findings.map((f) => {
            const style = CATEGORY_STYLE[f.category];
            return (
              <li key={f.id}>
                <p className="font-semibold text-fg">
                  <style.Icon aria-hidden className="mr-1 inline h-3.5 w-3.5 align-[-2px]" />
                  {style.label} ·{" "}
                  {f.violation ? (
                    <span className="text-danger-text">violation</span>
                  ) : (
                    <span className="text-muted">allowed in context</span>
                  )}{" "}
                  · <code className="font-mono text-[11px] text-muted">{f.ruleId}</code>
                  {f.value ? <span className="ml-1 font-mono text-[11px] text-muted">({f.value})</span> : null}
                </p>
                <p className="text-fg-soft">{f.explanation}</p>
                <p className="text-muted">Policy: {CATEGORY_POLICY[f.category]}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
