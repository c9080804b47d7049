"use client";

import { ShortcutHelp, type Shortcut } from "@/components/ui/shortcut-help";
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
  const shortcuts: Shortcut[] = [
    ...actions.flatMap((a) => (ACTION_KEYS[a] ? [{ keys: [ACTION_KEYS[a]!], action: ACTION_LABELS[a] }] : [])),
    { keys: ["a"], action: "Apply the decision" },
    { keys: ["n"], action: "Apply the decision and open the next case" },
    { keys: ["Ctrl", "Enter"], action: "Apply, from the reason field (with Shift: and open the next case)" },
    { keys: ["]", "["], action: "Next / previous violation in the thread" },
    { keys: ["?"], action: "This help" },
  ];
  return (
    <ShortcutHelp
      open={open}
      onClose={onClose}
      description="Decide on the case without a mouse."
      shortcuts={shortcuts}
    />
  );
}
