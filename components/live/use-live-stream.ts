"use client";

import { useEffect, useRef, useState } from "react";
import type { CaseChangeEvent, CaseChanges } from "@/lib/live/changes";

/** connecting: opening; live: changes are pushed; down: not pushed now (poll meanwhile; reconnecting). */
export type LiveStatus = "connecting" | "live" | "down";

export interface LiveHandlers {
  onChanges: (changes: CaseChanges) => void;
  /** The stream is (again) live: whatever happened while it was not was missed, so refetch. */
  onLive?: () => void;
  /**
   * A case stream's catch-up (`missed`): what committed after the version
   * the page showed and before this connection opened. `reconnected`: the
   * page was live before (the moderator may have been looking at it), not
   * a page just opened, possibly from a prefetch made before the change.
   */
  onMissed?: (events: CaseChangeEvent[], reconnected: boolean) => void;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * Subscribes to a server-sent events stream of lib/live/streams.ts. The
 * browser's own EventSource retry is replaced by exponential back-off with
 * jitter (1 s, 2 s, 4 s … 30 s), so a server that is down is not hammered by
 * every open page. `url` is read when (re)connecting, so it may carry what the
 * page knows (a case's version).
 */
export function useLiveStream(url: string, handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  const urlRef = useRef(url);
  useEffect(() => {
    urlRef.current = url;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let connections = 0;
    let stopped = false;

    const retry = () => {
      source?.close();
      source = null;
      setStatus("down");
      if (stopped) return;
      const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt++);
      timer = setTimeout(connect, ceiling / 2 + (Math.random() * ceiling) / 2);
    };
    const connect = () => {
      timer = null;
      const es = new EventSource(urlRef.current);
      source = es;
      const reconnected = connections++ > 0;
      es.addEventListener("status", (event) => {
        const { live } = JSON.parse((event as MessageEvent<string>).data) as { live: boolean };
        setStatus(live ? "live" : "down");
        if (live) {
          attempt = 0;
          handlersRef.current.onLive?.();
        }
      });
      es.addEventListener("changes", (event) => {
        handlersRef.current.onChanges(JSON.parse((event as MessageEvent<string>).data) as CaseChanges);
      });
      es.addEventListener("missed", (event) => {
        const { events } = JSON.parse((event as MessageEvent<string>).data) as { events: CaseChangeEvent[] };
        handlersRef.current.onMissed?.(events, reconnected);
      });
      es.addEventListener("end", () => {
        stopped = true;
        es.close();
        setStatus("down");
      });
      es.onerror = retry;
    };
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      source?.close();
    };
  }, []);

  return status;
}

/** Calls `run` at once, then at most once per `ms` while calls keep coming (the last one always runs). */
export function throttle(run: () => void, ms: number): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    const wait = last + ms - Date.now();
    if (wait <= 0) {
      last = Date.now();
      run();
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        run();
      }, wait);
    }
  };
}
