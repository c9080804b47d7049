import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import { currentSession, sessionStillAllowed } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { changesForCase, type CaseChangeEvent, type CaseChanges } from "@/lib/live/changes";
import { caseChangeListener, type LiveSignal } from "@/lib/live/listener";
import { eventStream, type SendEvent } from "@/lib/live/sse";

/**
 * The live-update streams the console's pages open (server-sent events).
 * Events on the wire:
 *   status  {live}        whether changes are being pushed (false: the
 *                          instance's database listener is down; poll)
 *   changes CaseChanges   what committed (lib/live/changes.ts)
 *   missed  {events}      a case stream's catch-up: what committed after the
 *                          version the page showed, before the stream opened
 *   end     {reason}      the session ended; the stream closes
 */

/** Everything that changes, for an open queue and its counts. */
export async function queueStream(request: Request, permission: Permission): Promise<Response> {
  const { actor, sessionVersion } = await signedIn();
  return eventStream(request, {
    stillAllowed: () => sessionStillAllowed(actor.id, sessionVersion, permission),
    open: (send) => relay(send, (changes) => changes),
  });
}

/**
 * One case's changes, for its open page. `since` is the version the page
 * shows: events after it are sent at once (what happened between rendering
 * the page and opening the stream, or while it was reconnecting).
 */
export async function caseStream(
  request: Request,
  permission: Permission,
  caseId: string,
  since: number | undefined,
): Promise<Response> {
  const { actor, sessionVersion } = await signedIn();
  return eventStream(request, {
    stillAllowed: () => sessionStillAllowed(actor.id, sessionVersion, permission),
    open: (send) => {
      const stop = relay(send, (changes) => changesForCase(changes, caseId));
      // Subscribed first, then read: an event committing in between is sent twice, never missed
      // (the page drops repeats by event id).
      if (since !== undefined)
        void eventsSince(caseId, since).then(
          (events) => (events.length ? send("missed", { events }) : undefined),
          (error: unknown) => console.error("Live updates: reading a case's recent events failed:", error),
        );
      return stop;
    },
  });
}

async function signedIn() {
  const session = await currentSession();
  if (!session) throw new SafeError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return session;
}

/** Passes the listener's signals to one stream, each notification through `pick` (null: not for this stream). */
function relay(send: SendEvent, pick: (changes: CaseChanges) => CaseChanges | null): () => void {
  const listener = caseChangeListener();
  const unsubscribe = listener.subscribe((signal: LiveSignal) => {
    if (signal.kind === "changes") {
      const mine = pick(signal.changes);
      if (mine) send("changes", mine);
    } else send("status", { live: signal.kind === "up" });
  });
  send("status", { live: listener.healthy });
  return unsubscribe;
}

/** The case's audit events after a version, in the shape the trigger sends (the last 20). */
export async function eventsSince(caseId: string, version: number): Promise<CaseChangeEvent[]> {
  const rows = await prisma.auditEvent.findMany({
    where: { caseId, caseVersion: { gt: version } },
    orderBy: { id: "desc" },
    take: 20,
    select: {
      id: true,
      caseId: true,
      caseVersion: true,
      action: true,
      actorKind: true,
      actorId: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  return rows.reverse().map((e) => ({
    id: e.id.toString(),
    caseId: e.caseId,
    version: e.caseVersion,
    action: e.action,
    actorKind: e.actorKind,
    actorId: e.actorId,
    actorName: e.actor?.name ?? null,
    at: e.createdAt.toISOString(),
  }));
}
