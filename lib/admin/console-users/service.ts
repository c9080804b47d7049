import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { ConsoleActor } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
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
    const updated = await tx.consoleUser.update({ where: { id: userId }, data: { active } });
    await recordAudit(tx, {
      action: active ? "USER_UPDATED" : "USER_DEACTIVATED",
      actorId: actor.id,
      data: { userId, email: user.email, active: { from: user.active, to: active } },
    });
    return updated;
  });
}
