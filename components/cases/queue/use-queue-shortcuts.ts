"use client";

import { useQueueKeyboard } from "@/components/cases/queue/use-queue-keyboard";
import type { QueueItem } from "@/lib/cases/queue/schemas";

/** The queue's one-key shortcuts (the list is in the shortcuts dialog, `?`). */
export function useQueueShortcuts({
  enabled,
  focused,
  closed,
  can,
  hasTargets,
  on,
}: {
  enabled: boolean;
  focused: QueueItem | null;
  closed: boolean;
  can: { select: boolean; decide: boolean; assign: boolean };
  hasTargets: boolean;
  on: {
    move: (step: 1 | -1) => void;
    open: (item: QueueItem) => void;
    claim: (item: QueueItem) => void;
    release: (item: QueueItem) => void;
    claimNext: () => void;
    toggleBreakdown: (item: QueueItem) => void;
    toggleSelect: (item: QueueItem) => void;
    dialog: (which: "help" | "dismiss" | "assign") => void;
    search: () => void;
    openAccount: (item: QueueItem) => void;
    toggleGrouped: () => void;
    escape: () => void;
  };
}) {
  useQueueKeyboard({
    enabled,
    onKey: (key) => {
      switch (key) {
        case "j":
          return on.move(1);
        case "k":
          return on.move(-1);
        case "Enter":
          return focused ? on.open(focused) : undefined;
        case "c":
          return focused && !closed ? on.claim(focused) : undefined;
        case "r":
          return focused && !closed ? on.release(focused) : undefined;
        case "n":
          return on.claimNext();
        case "p":
          return focused ? on.toggleBreakdown(focused) : undefined;
        case "u":
          return focused ? on.openAccount(focused) : undefined;
        case "g":
          return on.toggleGrouped();
        case "x":
          return focused && can.select ? on.toggleSelect(focused) : undefined;
        case "d":
          return can.decide && !closed && hasTargets ? on.dialog("dismiss") : undefined;
        case "a":
          return can.assign && !closed && hasTargets ? on.dialog("assign") : undefined;
        case "/":
          return on.search();
        case "?":
          return on.dialog("help");
        case "Escape":
          return on.escape();
      }
    },
  });
}
