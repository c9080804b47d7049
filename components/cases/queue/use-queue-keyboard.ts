"use client";

import { useEffect, useRef } from "react";

export type QueueKey = "j" | "k" | "Enter" | "c" | "r" | "n" | "p" | "u" | "g" | "x" | "d" | "a" | "/" | "?" | "Escape";

const KEYS = new Set<string>(["j", "k", "Enter", "c", "r", "n", "p", "u", "g", "x", "d", "a", "/", "?", "Escape"]);

/**
 * One key per action, as in Ozone. Keys typed into a field stay in the
 * field; Enter on a button or link keeps its own meaning; modifier
 * combinations are the browser's. The handler is read from a ref, so the
 * listener is bound once and always sees the latest state.
 *
 * While a modal is open the keys are the modal's. That is read from the DOM
 * (an open <dialog>), not from React state: the browser closes a dialog on
 * Escape before React has re-rendered, and a key pressed in that gap used to
 * be dropped (the queue spec's `?`, Escape, `c` failed on it under load).
 */
export function useQueueKeyboard({ onKey }: { onKey: (key: QueueKey) => void }) {
  const handler = useRef(onKey);
  useEffect(() => {
    handler.current = onKey;
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector("dialog[open]")) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], dialog")) return;
      if (event.key === "Enter" && target && target.closest("button, a, summary")) return;
      if (!KEYS.has(event.key)) return;
      event.preventDefault();
      handler.current(event.key as QueueKey);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
