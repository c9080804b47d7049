"use client";

import type { RefObject } from "react";
import type { QueueDialog } from "@/components/cases/queue/queue-bulk-dialogs";
import { useQueueKeyboard } from "@/components/cases/queue/use-queue-keyboard";
import type { QueueItem } from "@/lib/cases/queue/schemas";

/** The queue's one-key shortcuts (the list is in the shortcuts dialog, `?`). */
export function useQueueShortcuts({
  focused,
  closed,
  can,
  hasTargets,
  move,
  row,
  toggleSelect,
  clearSelection,
  breakdown,
  openDialog,
  searchRef,
  openAccount,
  toggleGrouped,
}: {
  focused: QueueItem | null;
  closed: boolean;
  can: { select: boolean; decide: boolean; assign: boolean };
  hasTargets: boolean;
  move: (step: 1 | -1) => void;
  row: {
    openCase: (item: QueueItem) => void;
    claimItem: (item: QueueItem) => void;
    releaseItem: (item: QueueItem) => void;
    claimNextCase: () => void;
  };
  toggleSelect: (item: QueueItem) => void;
  clearSelection: () => void;
  breakdown: { id: string | null; set: (update: (id: string | null) => string | null) => void };
  openDialog: (which: QueueDialog) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  openAccount: (item: QueueItem) => void;
  toggleGrouped: () => void;
}) {
  useQueueKeyboard({
    onKey: (key) => {
      switch (key) {
        case "j":
          return move(1);
        case "k":
          return move(-1);
        case "Enter":
          return focused ? row.openCase(focused) : undefined;
        case "c":
          return focused && !closed ? row.claimItem(focused) : undefined;
        case "r":
          return focused && !closed ? row.releaseItem(focused) : undefined;
        case "n":
          return row.claimNextCase();
        case "p":
          return focused ? breakdown.set((id) => (id === focused.id ? null : focused.id)) : undefined;
        case "u":
          return focused ? openAccount(focused) : undefined;
        case "g":
          return toggleGrouped();
        case "x":
          return focused && can.select ? toggleSelect(focused) : undefined;
        case "d":
          return can.decide && !closed && hasTargets ? openDialog("dismiss") : undefined;
        case "a":
          return can.assign && !closed && hasTargets ? openDialog("assign") : undefined;
        case "/":
          return searchRef.current?.focus();
        case "?":
          return openDialog("help");
        case "Escape":
          return breakdown.id ? breakdown.set(() => null) : clearSelection();
      }
    },
  });
}
