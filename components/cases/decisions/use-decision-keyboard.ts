"use client";

import { useEffect, useRef } from "react";
import { ACTION_KEYS } from "@/components/cases/decisions/labels";
import type { FormAction } from "@/lib/cases/decisions/schemas";

interface Options {
  enabled: boolean;
  actions: FormAction[];
  onAction: (action: FormAction) => void;
  onApply: (next: boolean) => void;
  onHelp: () => void;
}

/**
 * The case page's keys (as the queue's, lib/ui/keyboard.ts habits): one per
 * decision (it picks the action and moves to the reason), `a` applies, `n`
 * applies and opens the next case, `?` lists them. Keys typed into a field
 * stay there (Ctrl+Enter applies from the reason, Ctrl+Shift+Enter and next).
 */
export function useDecisionKeyboard(options: Options) {
  const ref = useRef(options);
  useEffect(() => {
    ref.current = options;
  });
  useEffect(() => {
    if (!options.enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog")) return;
      const o = ref.current;
      if (event.key === "?") o.onHelp();
      else if (event.key === "a") o.onApply(false);
      else if (event.key === "n") o.onApply(true);
      else {
        const action = o.actions.find((a) => ACTION_KEYS[a] === event.key);
        if (!action) return;
        o.onAction(action);
      }
      event.preventDefault();
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [options.enabled]);
}
