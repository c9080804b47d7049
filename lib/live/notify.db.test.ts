import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudits } from "@/lib/audit/record";
import { claimCase, claimNextCase } from "@/lib/cases/claims/claims";
import { changeCase } from "@/lib/cases/kernel";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseChangeEvent, CaseChanges } from "@/lib/live/changes";
import { CaseChangeListener, retryDelay, type LiveSignal } from "@/lib/live/listener";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";
import { asActor, makeCase } from "@/tests/support/queue-fixtures";

// Claim-next takes the most urgent case anywhere, and the reconnect test ends the listener's
// connection: a database of its own keeps both away from other files.
useIsolatedDatabase("live");

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real listener of lib/live, recording every signal it hears. */
const listener = new CaseChangeListener(() => process.env.DATABASE_URL!);
const heard: LiveSignal[] = [];

const changesHeard = (): CaseChanges[] => heard.flatMap((s) => (s.kind === "changes" ? [s.changes] : []));
const eventsFor = (caseId: string): CaseChangeEvent[] =>
  changesHeard().flatMap((c) => ("events" in c ? c.events.filter((e) => e.caseId === caseId) : []));

async function until<T>(read: () => T | undefined, ms = 3_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("Nothing was heard in time.");
    await wait(20);
  }
}

/** A claim made through the kernel inside the caller's transaction, so the test decides when it commits. */
function claimThroughKernel(tx: Prisma.TransactionClient, caseId: string, actor: ReturnType<typeof asActor>) {
  return changeCase(tx, {
    caseId,
    actor,
    intent: "hold",
    apply: async () => ({
      change: { claim: { userId: actor.id, expiresAt: new Date(Date.now() + 60_000) }, audit: { action: "CLAIMED" } },
      result: null,
    }),
  });
}

beforeAll(async () => {
  listener.subscribe((signal) => heard.push(signal));
  await until(() => (listener.healthy ? true : undefined));
});
afterAll(() => listener.close());

describe("case changes announced by the database (LISTEN/NOTIFY)", () => {
  it("a kernel change is announced only once its transaction commits, with the case, version, action and actor", async () => {
    const maya = asActor(await makeConsoleUser("MODERATOR"));
    const kase = await makeCase();
    let resolveInside!: () => void;
    const inside = new Promise<void>((resolve) => (resolveInside = resolve));
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));

    const transaction = prisma.$transaction(async (tx) => {
      await claimThroughKernel(tx, kase.id, maya);
      resolveInside();
      await committing;
    });
    await inside;
    await wait(400);
    expect(eventsFor(kase.id)).toEqual([]);

    commit();
    await transaction;
    const [event] = await until(() => (eventsFor(kase.id).length ? eventsFor(kase.id) : undefined));
    expect(event).toMatchObject({
      caseId: kase.id,
      version: kase.version + 1,
      action: "CLAIMED",
      actorKind: "USER",
      actorId: maya.id,
      actorName: maya.name,
    });
    expect(new Date(event!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("a change that rolls back is never announced", async () => {
    const maya = asActor(await makeConsoleUser("MODERATOR"));
    const kase = await makeCase();
    const failed = await prisma
      .$transaction(async (tx) => {
        await claimThroughKernel(tx, kase.id, maya);
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);
    expect(failed).toBe("rolled back on purpose");

    // A later committed change on the same case is heard, and only it.
    await claimCase(maya, kase.id);
    const events = await until(() => (eventsFor(kase.id).length ? eventsFor(kase.id) : undefined));
    await wait(200);
    expect(eventsFor(kase.id).map((e) => [e.action, e.version])).toEqual([["CLAIMED", kase.version + 1]]);
    expect(events).toHaveLength(1);
  });

  it("claim-next's single statement is announced too", async () => {
    const omar = asActor(await makeConsoleUser("MODERATOR"));
    const kase = await makeCase({ priority: 100_000 });
    const outcome = await claimNextCase(omar);
    expect(outcome?.caseId).toBe(kase.id);
    const [event] = await until(() => (eventsFor(kase.id).length ? eventsFor(kase.id) : undefined));
    expect(event).toMatchObject({ action: "CLAIMED", actorId: omar.id, version: kase.version + 1 });
  });

  it("a batch too large for one notification names only the cases that changed", async () => {
    const kase = await makeCase();
    await prisma.$transaction((tx) =>
      recordAudits(
        tx,
        Array.from({ length: 300 }, () => ({
          action: "NOTE_ADDED" as const,
          caseId: kase.id,
          reason: "A note long enough that three hundred of them overflow a notification.",
        })),
      ),
    );
    const batch = await until(() => changesHeard().find((c) => "cases" in c && c.cases.includes(kase.id)));
    expect(batch).toEqual({ cases: [kase.id] });
  });

  it("events about no case and no subject (templates, users) are not announced", async () => {
    const before = changesHeard().length;
    const admin = await makeConsoleUser("ADMIN");
    await prisma.$transaction((tx) => recordAudits(tx, [{ action: "USER_UPDATED", actorId: admin.id }]));
    const kase = await makeCase();
    await claimCase(asActor(admin), kase.id).catch(() => undefined);
    await prisma.$transaction((tx) => recordAudits(tx, [{ action: "NOTE_ADDED", caseId: kase.id }]));
    await until(() => (eventsFor(kase.id).length ? true : undefined));
    const since = changesHeard().slice(before);
    expect(since.some((c) => "events" in c && c.events.some((e) => e.action === "USER_UPDATED"))).toBe(false);
  });

  it("reconnects after losing its connection, says it was down and up, and hears changes again", async () => {
    const from = heard.length;
    await prisma.$queryRaw`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'console-live-listener' AND datname = current_database()`;
    await until(() => (heard.slice(from).some((s) => s.kind === "down") ? true : undefined));
    await until(() => (heard.slice(from).some((s) => s.kind === "up") ? true : undefined), 5_000);
    const kinds = heard
      .slice(from)
      .filter((s) => s.kind !== "changes")
      .map((s) => s.kind);
    expect(kinds[0]).toBe("down");
    expect(kinds.at(-1)).toBe("up");

    const maya = asActor(await makeConsoleUser("MODERATOR"));
    const kase = await makeCase();
    await claimCase(maya, kase.id);
    const [event] = await until(() => (eventsFor(kase.id).length ? eventsFor(kase.id) : undefined));
    expect(event).toMatchObject({ action: "CLAIMED", actorId: maya.id });
  });
});

describe("retryDelay", () => {
  it("doubles from half a second up to 30 seconds, jittered between half and the whole", () => {
    expect([0, 1, 2, 3].map((a) => retryDelay(a, () => 1))).toEqual([500, 1_000, 2_000, 4_000]);
    expect(retryDelay(0, () => 0)).toBe(250);
    expect(retryDelay(20, () => 1)).toBe(30_000);
  });
});
