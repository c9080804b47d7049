import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAccountPage } from "@/lib/accounts/load";
import { countQueue, listQueue } from "@/lib/cases/queue/list";
import { queueParamsSchema } from "@/lib/cases/queue/schemas";
import { loadCaseView } from "@/lib/cases/view/load";
import { disconnectPrisma, prisma, readPrisma } from "@/lib/db/prisma";
import { loadDashboard } from "@/lib/metrics/dashboard";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { makeJobCase } from "@/tests/support/cases";
import { asActor } from "@/tests/support/queue-fixtures";

// The "replica" is this run's database behind a connection that PostgreSQL
// itself keeps read-only: a page that writes anything through readPrisma
// fails here, as it would against a real hot standby.
beforeAll(async () => {
  const replica = new URL(process.env.DATABASE_URL!);
  replica.searchParams.set("options", "-c default_transaction_read_only=on");
  process.env.DATABASE_REPLICA_URL = replica.toString();
  await disconnectPrisma();
});

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URL;
  await disconnectPrisma();
});

describe("DATABASE_REPLICA_URL", () => {
  it("sends readPrisma to the replica and keeps writes on the primary", async () => {
    const readOnly = (db: typeof prisma) =>
      db.$queryRaw<{ on: string }[]>`SELECT current_setting('transaction_read_only') AS "on"`.then((r) => r[0]!.on);
    expect(await readOnly(readPrisma)).toBe("on");
    await expect(readPrisma.caseNote.deleteMany({ where: { id: "none" } })).rejects.toThrow(/read-only/);
    expect(await readOnly(prisma)).toBe("off");
    // The replica's own options do not displace the app's (lib/db/prisma.ts: JIT off).
    const [row] = await readPrisma.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS "jit"`;
    expect(row!.jit).toBe("off");
  });

  it("serves the queue, its counts, the case view, the account page and the dashboard without writing", async () => {
    const { kase, client } = await makeJobCase();
    const moderator = asActor(await makeConsoleUser("MODERATOR"));
    const params = queueParamsSchema.parse({ q: client.handle });

    const page = await listQueue(moderator, params);
    expect(page.items.map((i) => i.id)).toContain(kase.id);
    expect((await countQueue(moderator, params)).unassigned).toBeGreaterThan(0);
    expect((await loadCaseView(kase.id))?.id).toBe(kase.id);
    expect((await loadAccountPage(client.id, moderator))?.handle).toBe(client.handle);
    const now = new Date();
    const window = { from: new Date(now.getTime() - 86_400_000), to: now };
    const dashboard = await loadDashboard({ id: moderator.id, role: "MODERATOR" }, window, now);
    expect(dashboard.openNow.length).toBeGreaterThan(0);
  });
});
