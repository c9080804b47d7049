import "server-only";
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/db/database-url";
import { CASE_CHANGES_CHANNEL, parseCaseChanges, type CaseChanges } from "@/lib/live/changes";

/**
 * What a subscriber hears: changes as they commit, or that the listener's
 * connection went down (nothing will be heard until it is "up" again, and
 * whatever committed meanwhile was missed: refetch).
 */
export type LiveSignal = { kind: "changes"; changes: CaseChanges } | { kind: "up" } | { kind: "down" };
export type LiveSubscriber = (signal: LiveSignal) => void;

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/** Exponential back-off with jitter: 0.5 s, 1 s, 2 s … up to 30 s, each between half and the whole. */
export function retryDelay(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * One LISTEN connection per app instance, fanned out to every open stream
 * the instance serves. It is a dedicated `pg` client, not one of the pool's:
 * a pooled connection is handed to other queries and its LISTEN would be
 * lost. It connects on the first subscriber, reconnects with back-off when
 * the connection drops, and tells subscribers when it is down and up again.
 * Nothing about cases is kept here: every instance hears the same
 * notifications from the database, so several instances behave as one.
 */
export class CaseChangeListener {
  private readonly subscribers = new Set<LiveSubscriber>();
  /** Clients whose end was handled (pg reports one end as error, end, or both). */
  private readonly ended = new WeakSet<pg.Client>();
  private client: pg.Client | null = null;
  private connecting = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** True while LISTEN is in force on a live connection. */
  healthy = false;

  constructor(private readonly connectionString: () => string = requireDatabaseUrl) {}

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    this.stopped = false;
    if (!this.client && !this.connecting && !this.retryTimer) void this.connect();
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** Closes the connection and stops reconnecting (tests, shutdown). */
  async close(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    this.healthy = false;
    await client?.end().catch(() => {});
  }

  private emit(signal: LiveSignal): void {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(signal);
      } catch (error) {
        console.error("A live-update subscriber failed:", error);
      }
    }
  }

  private async connect(): Promise<void> {
    this.connecting = true;
    const client = new pg.Client({
      connectionString: this.connectionString(),
      keepAlive: true,
      application_name: "console-live-listener",
    });
    client.on("notification", (message) => {
      if (message.channel !== CASE_CHANGES_CHANNEL || !message.payload) return;
      const changes = parseCaseChanges(message.payload);
      if (changes) this.emit({ kind: "changes", changes });
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CASE_CHANGES_CHANNEL}`);
      if (this.stopped) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      this.attempt = 0;
      this.healthy = true;
      this.emit({ kind: "up" });
    } catch (error) {
      this.lost(client, error);
    } finally {
      this.connecting = false;
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.ended.has(client)) return;
    this.ended.add(client);
    void client.end().catch(() => {});
    if (this.client && this.client !== client) return;
    this.client = null;
    const wasHealthy = this.healthy;
    this.healthy = false;
    if (wasHealthy || this.attempt === 0) this.emit({ kind: "down" });
    if (this.stopped) return;
    const delay = retryDelay(this.attempt++);
    if (error) console.warn(`Live updates: the database listener is down (${String(error)}); retrying in ${delay} ms.`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) void this.connect();
    }, delay);
    this.retryTimer.unref?.();
  }
}

// One per process (development reloads modules; globalThis keeps one connection).
const globalForLive = globalThis as unknown as { caseChangeListener?: CaseChangeListener };

export function caseChangeListener(): CaseChangeListener {
  globalForLive.caseChangeListener ??= new CaseChangeListener();
  return globalForLive.caseChangeListener;
}
