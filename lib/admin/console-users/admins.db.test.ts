import { describe, expect, it } from "vitest";
import { setConsoleUserActive, signOutEverywhere } from "@/lib/admin/console-users/service";
import { isCurrentSession } from "@/lib/auth/session-version";
import { prisma } from "@/lib/db/prisma";
import { makeConsoleUser } from "@/tests/support/fixtures";
import { useIsolatedDatabase } from "@/tests/support/isolated-database";

// Its own database: the last-admin rule counts every admin, so no other test's admins may exist here.
useIsolatedDatabase("admins", { poolSize: 4 });

const version = async (id: string) =>
  (await prisma.consoleUser.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

describe("never zero active admins", () => {
  it("lets exactly one of two admins deactivating each other at the same moment win", async () => {
    const ana = await makeConsoleUser("ADMIN");
    const ben = await makeConsoleUser("ADMIN");
    for (let round = 0; round < 5; round++) {
      const results = await Promise.allSettled([
        setConsoleUserActive(ana, { userId: ben.id, active: false }),
        setConsoleUserActive(ben, { userId: ana.id, active: false }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(String(refused.reason.message)).toMatch(/last active admin/);
      expect(await prisma.consoleUser.count({ where: { role: "ADMIN", active: true } })).toBe(1);
      // Start the next round with both active again.
      await prisma.consoleUser.updateMany({ where: { role: "ADMIN" }, data: { active: true } });
    }
  });

  it("refuses to deactivate the last active admin, and allows it once there is another", async () => {
    await prisma.consoleUser.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
    const last = await makeConsoleUser("ADMIN");
    const staff = await makeConsoleUser("STAFF");
    await expect(setConsoleUserActive(staff, { userId: last.id, active: false })).rejects.toThrow(/last active admin/);
    const other = await makeConsoleUser("ADMIN");
    await setConsoleUserActive(other, { userId: last.id, active: false });
    expect((await prisma.consoleUser.findUniqueOrThrow({ where: { id: last.id } })).active).toBe(false);
  });
});

describe("revocable sessions", () => {
  it("ends every session on deactivation, and a reactivation does not bring the old cookie back", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const mod = await makeConsoleUser("MODERATOR");
    const minted = await version(mod.id);
    await setConsoleUserActive(admin, { userId: mod.id, active: false });
    await setConsoleUserActive(admin, { userId: mod.id, active: true });
    expect(isCurrentSession(minted, await version(mod.id))).toBe(false);
    expect(isCurrentSession(await version(mod.id), await version(mod.id))).toBe(true);
  });

  it("signs a user out everywhere, audited; only admins may do it to someone else", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const mod = await makeConsoleUser("MODERATOR");
    const other = await makeConsoleUser("MODERATOR");
    const minted = await version(mod.id);
    await signOutEverywhere(admin, mod.id);
    expect(isCurrentSession(minted, await version(mod.id))).toBe(false);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "USER_SIGNED_OUT_EVERYWHERE" } });
    expect(event).toMatchObject({ actorId: admin.id, data: { userId: mod.id } });
    await expect(signOutEverywhere(other, mod.id)).rejects.toThrow(/Only admins/);
    await signOutEverywhere(mod, mod.id);
    expect(await version(mod.id)).toBe(minted + 2);
  });
});
