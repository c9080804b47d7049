import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createConsoleUser, setConsoleUserActive } from "@/lib/admin/console-users/service";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { makeConsoleUser, uid } from "@/tests/support/fixtures";

describe("console user management", () => {
  it("creates a user with a hashed password and an audit entry", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const email = `${uid()}@console.test`;
    const user = await createConsoleUser(admin, {
      email,
      name: "New Person",
      role: "SUPPORT",
      password: "a-long-enough-password",
    });
    expect(user.passwordHash).not.toContain("a-long-enough-password");
    expect(await verifyPassword(user.passwordHash, "a-long-enough-password")).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "USER_CREATED", actorId: admin.id } });
    expect(event.data).toMatchObject({ userId: user.id, role: "SUPPORT" });
  });

  it("refuses a duplicate email with a message a person can act on", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const existing = await makeConsoleUser("MODERATOR");
    await expect(
      createConsoleUser(admin, {
        email: existing.email,
        name: "Dup",
        role: "MODERATOR",
        password: "a-long-enough-password",
      }),
    ).rejects.toThrow(new SafeError("CONFLICT", `A console user with the email ${existing.email} already exists.`));
  });

  it("rejects bad input without writing anything", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const before = await prisma.consoleUser.count();
    await expect(
      createConsoleUser(admin, { email: "nope", name: "X", role: "MODERATOR", password: "short" }),
    ).rejects.toThrow();
    expect(await prisma.consoleUser.count()).toBe(before);
  });

  it("refuses a common password, naming the field, without writing anything", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const email = `common-${Date.now()}@console.test`;
    const refusal = createConsoleUser(admin, {
      email,
      name: "Common Pat",
      role: "MODERATOR",
      password: "password1234",
    });
    await expect(refusal).rejects.toBeInstanceOf(SafeError);
    await expect(refusal).rejects.toMatchObject({ code: "INVALID", details: { errors: [{ field: "password" }] } });
    expect(await prisma.consoleUser.count({ where: { email } })).toBe(0);
    expect(
      await prisma.auditEvent.count({ where: { action: "USER_CREATED", data: { path: ["email"], equals: email } } }),
    ).toBe(0);
  });

  it("deactivates others but never the admin themself", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const target = await makeConsoleUser("MODERATOR");
    await setConsoleUserActive(admin, { userId: target.id, active: false });
    expect((await prisma.consoleUser.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    expect(await prisma.auditEvent.count({ where: { action: "USER_DEACTIVATED", actorId: admin.id } })).toBe(1);
    await expect(setConsoleUserActive(admin, { userId: admin.id, active: false })).rejects.toThrow(/own account/);
  });
});
