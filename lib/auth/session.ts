import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { isCurrentSession } from "@/lib/auth/session-version";
import { SafeError } from "@/lib/errors";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";

export interface ConsoleActor {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
}

/**
 * The signed-in console user, read from the database on every call: the
 * session cookie only says who someone is; what they may do (role, active)
 * always comes from the current row, so a deactivated user is out at once.
 * Cached per request, so a layout and its page share one lookup.
 */
export const currentActor = cache(async function currentActor(): Promise<ConsoleActor | null> {
  return (await currentSession())?.actor ?? null;
});

/** The signed-in user and the session version their cookie was minted at (for long-lived streams). */
export const currentSession = cache(async function currentSession(): Promise<{
  actor: ConsoleActor;
  sessionVersion: number;
} | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; sessionVersion?: number } | undefined;
  if (!claims?.id) return null;
  const user = await prisma.consoleUser.findUnique({
    where: { id: claims.id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user?.active || !isCurrentSession(claims.sessionVersion, user.sessionVersion)) return null;
  return {
    actor: { id: user.id, email: user.email, name: user.name, role: user.role },
    sessionVersion: user.sessionVersion,
  };
});

/**
 * For a response that outlives its request (a live-update stream): whether
 * the session that opened it is still current (not signed out, the user
 * active) and the user's role still has the permission. Read from the
 * database, as on every request.
 */
export async function sessionStillAllowed(
  userId: string,
  sessionVersion: number,
  permission: Permission,
): Promise<boolean> {
  const user = await prisma.consoleUser.findUnique({
    where: { id: userId },
    select: { active: true, role: true, sessionVersion: true },
  });
  return !!user?.active && isCurrentSession(sessionVersion, user.sessionVersion) && can(user.role, permission);
}

/** For pages: sends strangers to sign in and shows 403 to the wrong role. */
export async function requirePageActor(permission?: Permission): Promise<ConsoleActor> {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  if (permission && !can(actor.role, permission)) forbidden();
  return actor;
}

/** For server actions and route handlers: throws a SafeError instead. */
export async function requireActor(permission: Permission): Promise<ConsoleActor> {
  const actor = await currentActor();
  if (!actor) throw new SafeError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  assertCan(actor, permission);
  return actor;
}

export function assertCan(actor: ConsoleActor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new SafeError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) may not do this (needs ${permission}).`);
  }
}
