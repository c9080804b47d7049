"use client";

import { useEffect, useRef } from "react";

export type QueueKey = "j" | "k" | "Enter" | "c" | "r" | "n" | "p" | "u" | "g" | "x" | "d" | "a" | "/" | "?" | "Escape";

const KEYS = new Set<string>(["j", "k", "Enter", "c", "r", "n", "p", "u", "g", "x", "d", "a", "/", "?", "Escape"]);

/**
 * One key per action, as in Ozone. Keys typed into a field stay in the
 * field; Enter on a button or link keeps its own meaning; modifier
 * combinations are the browser's. The handler is read from a ref, so the
 * listener is bound once and always sees the latest state.
 */
export function useQueueKeyboard({ enabled, onKey }: { enabled: boolean; onKey: (key: QueueKey) => void }) {
  const handler = useRef(onKey);
  useEffect(() => {
    handler.current = onKey;
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog")) return;
      if (event.key === "Enter" && target && target.closest("button, a, summary")) return;
      if (!KEYS.has(event.key)) return;
      event.preventDefault();
      handler.current(event.key as QueueKey);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [enabled]);
}
