import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { assertPasswordPolicy } from "@/lib/auth/password-policy";
import type { ConsoleActor } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { endAllSessions } from "@/lib/auth/session-version";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  createConsoleUserSchema,
  setActiveSchema,
  type CreateConsoleUserInput,
} from "@/lib/admin/console-users/schemas";

export function listConsoleUsers() {
  return prisma.consoleUser.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, lastSignInAt: true, createdAt: true },
  });
}

export async function createConsoleUser(actor: ConsoleActor, input: CreateConsoleUserInput) {
  const data = createConsoleUserSchema.parse(input);
  assertPasswordPolicy(data.password, data);
  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.consoleUser.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
      });
      await recordAudit(tx, {
        action: "USER_CREATED",
        actorId: actor.id,
        data: { userId: user.id, email: user.email, role: user.role },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new SafeError("CONFLICT", `A console user with the email ${data.email} already exists.`);
    }
    throw error;
  }
}

export async function setConsoleUserActive(actor: ConsoleActor, input: { userId: string; active: boolean }) {
  const { userId, active } = setActiveSchema.parse(input);
  if (userId === actor.id && !active) {
    throw new SafeError("INVALID", "You cannot deactivate your own account; ask another admin.");
  }
  return prisma.$transaction(async (tx) => {
    const user = await tx.consoleUser.findUnique({ where: { id: userId } });
    if (!user) throw new SafeError("NOT_FOUND", "That console user no longer exists.");
    if (user.active === active) return user;
    if (!active && user.role === "ADMIN") await keepOneActiveAdmin(tx, userId);
    // Either way every session of theirs ends: a cookie from before a deactivation must not work
    // again after a reactivation.
    const updated = await tx.consoleUser.update({
      where: { id: userId },
      data: { active, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      action: active ? "USER_UPDATED" : "USER_DEACTIVATED",
      actorId: actor.id,
      data: { userId, email: user.email, active: { from: user.active, to: active } },
    });
    return updated;
  });
}

/**
 * Never zero active admins. The active admins' rows are locked (in id order, so two admins
 * deactivating each other at once queue behind one another); the second then sees the first's change
 * and is refused.
 */
async function keepOneActiveAdmin(tx: Prisma.TransactionClient, leavingId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ConsoleUser" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
  if (!admins.some((a) => a.id !== leavingId)) {
    throw new SafeError(
      "CONFLICT",
      "This is the last active admin; make another admin first, so someone can still manage the console.",
    );
  }
}

/** Ends every session of a console user: themselves, or anyone for an admin. Audited. */
export async function signOutEverywhere(actor: ConsoleActor, userId: string) {
  if (userId !== actor.id && actor.role !== "ADMIN") {
    throw new SafeError("FORBIDDEN", "Only admins may sign someone else out.");
  }
  return prisma.$transaction(async (tx) => {
    const user = await tx.consoleUser.findUnique({
      where: { id: userId },
      select: { id: true, name: true, email: true },
    });
    if (!user) throw new SafeError("NOT_FOUND", "That console user no longer exists.");
    await endAllSessions(tx, userId);
    await recordAudit(tx, {
      action: "USER_SIGNED_OUT_EVERYWHERE",
      actorId: actor.id,
      data: { userId, email: user.email },
    });
    return user;
  });
}
