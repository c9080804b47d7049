"use client";

import { useCallback, useMemo, useState } from "react";
import type { QueueItem } from "@/lib/cases/queue/schemas";

/** The ticked rows; bulk actions apply to them, or to the focused case when none is ticked. */
export function useQueueSelection(items: QueueItem[], focused: QueueItem | null) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const toggle = useCallback((item: QueueItem) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(item.id)) next.delete(item.id);
      else next.add(item.id);
      return next;
    });
  }, []);

  const clear = useCallback(() => setSelected(new Set()), []);
  const selectedItems = useMemo(() => items.filter((i) => selected.has(i.id)), [items, selected]);
  const allSelected = selectedItems.length > 0 && selectedItems.length === items.length;
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(items.map((i) => i.id)));
  const targets = selectedItems.length ? selectedItems : focused ? [focused] : [];

  return { selected, selectedItems, allSelected, toggle, toggleAll, clear, targets };
}
