"use client";

import { Dialog } from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/kbd";
import { ACTION_KEYS, ACTION_LABELS } from "@/components/cases/decisions/labels";
import type { FormAction } from "@/lib/cases/decisions/schemas";

/** The `?` dialog of the case page: the keys for the decisions this person may take. */
export function DecisionShortcuts({
  open,
  onClose,
  actions,
}: {
  open: boolean;
  onClose: () => void;
  actions: FormAction[];
}) {
  const rows: { keys: string[]; action: string }[] = [
    ...actions.flatMap((a) => (ACTION_KEYS[a] ? [{ keys: [ACTION_KEYS[a]!], action: ACTION_LABELS[a] }] : [])),
    { keys: ["a"], action: "Apply the decision" },
    { keys: ["n"], action: "Apply the decision and open the next case" },
    { keys: ["Ctrl", "Enter"], action: "Apply, from the reason field (with Shift: and open the next case)" },
    { keys: ["]", "["], action: "Next / previous violation in the thread" },
    { keys: ["?"], action: "This help" },
  ];
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" description="Decide on the case without a mouse.">
      <dl className="divide-y divide-slate-100 text-sm">
        {rows.map((s) => (
          <div key={s.action} className="flex items-center justify-between gap-4 py-1.5">
            <dt className="text-slate-700">{s.action}</dt>
            <dd className="flex shrink-0 gap-1">
              {s.keys.map((k) => (
                <Kbd key={k}>{k}</Kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex justify-end">
        <button
          type="button"
          onClick={onClose}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-700"
        >
          Close
        </button>
      </div>
    </Dialog>
  );
}
