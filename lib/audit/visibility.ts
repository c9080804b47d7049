import { can } from "@/lib/auth/permissions";
import { AuditAction, type ConsoleRole } from "@/lib/generated/prisma/enums";

/**
 * Who reads what in the audit log. Everyone with `audit:read` reads the case work (reports,
 * decisions, claims, replies, templates); events about console accounts and API tokens (who was
 * created, deactivated, signed out, which tokens exist) and console users' e-mail addresses are for
 * those who manage users. The page, its filters and the CSV export all go through this.
 */
export const CONSOLE_ACCOUNT_ACTIONS = [
  "USER_CREATED",
  "USER_UPDATED",
  "USER_DEACTIVATED",
  "USER_SIGNED_OUT_EVERYWHERE",
  "API_TOKEN_CREATED",
  "API_TOKEN_REVOKED",
] as const satisfies readonly AuditAction[];

export interface AuditViewer {
  role: ConsoleRole;
}

export function seesConsoleAccounts(viewer: AuditViewer): boolean {
  return can(viewer.role, "users:manage");
}

/** The kinds of event a viewer may read, for the filter's choices. */
export function readableAuditActions(viewer: AuditViewer): AuditAction[] {
  const all = Object.values(AuditAction);
  if (seesConsoleAccounts(viewer)) return all;
  const hidden = new Set<AuditAction>(CONSOLE_ACCOUNT_ACTIONS);
  return all.filter((a) => !hidden.has(a));
}
