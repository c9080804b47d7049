"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { QueueItem } from "@/lib/cases/queue/schemas";

/**
 * The keyboard cursor over the queue's rows. Rows come and go as others
 * work: the cursor stays on the same case, or where that case was when it left.
 */
export function useQueueCursor(items: QueueItem[], initialId: string | null) {
  const [focusedId, setFocusedId] = useState<string | null>(initialId);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const lastIndex = useRef(0);

  useEffect(() => {
    if (items.length === 0) return;
    const index = items.findIndex((i) => i.id === focusedId);
    if (index >= 0) {
      lastIndex.current = index;
      return;
    }
    const next = items[Math.min(lastIndex.current, items.length - 1)]!;
    const hadDomFocus = document.activeElement?.tagName === "TR";
    setFocusedId(next.id);
    if (hadDomFocus) requestAnimationFrame(() => rowRefs.current.get(next.id)?.focus({ preventScroll: true }));
  }, [items, focusedId]);

  const focusRow = useCallback((id: string) => {
    setFocusedId(id);
    const row = rowRefs.current.get(id);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: "nearest" });
  }, []);

  /** Moves one row down or up; returns whether the cursor is near the end (time to load more). */
  const move = useCallback(
    (step: 1 | -1): boolean => {
      if (items.length === 0) return false;
      const index = items.findIndex((i) => i.id === focusedId);
      const next = items[Math.max(0, Math.min(items.length - 1, index < 0 ? 0 : index + step))]!;
      focusRow(next.id);
      return step === 1 && index >= items.length - 3;
    },
    [items, focusedId, focusRow],
  );

  const resetPosition = useCallback(() => {
    lastIndex.current = 0;
  }, []);

  const focused = items.find((i) => i.id === focusedId) ?? null;
  return { focusedId, setFocusedId, focused, rowRefs, move, resetPosition };
}
