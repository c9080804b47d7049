import type { ConsoleRole } from "@/lib/generated/prisma/enums";

/**
 * The one table of who may do what. Every page, route handler and server
 * action asks `can(role, permission)` on the server; menus are derived from
 * it too, so what a role sees and what it may do cannot drift apart.
 */
export const PERMISSIONS = [
  "queue:read",
  "case:read",
  "account:read",
  "case:claim",
  "case:decide",
  "case:assign",
  "case:escalate",
  "case:decide-escalated",
  "account:restrict",
  "account:suspend",
  "account:remove-badge",
  "job:take-down",
  "decision:reverse",
  "appeal:decide",
  "note:write",
  "reply:send",
  "template:read",
  "template:manage",
  "audit:read",
  "statement:export",
  "users:manage",
  "api-tokens:manage",
  // The dashboard: every role that moderates sees its own figures and the team's totals;
  // staff and admins see every moderator's row.
  "metrics:read",
  "metrics:read-everyone",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const MODERATOR: Permission[] = [
  "queue:read",
  "case:read",
  "account:read",
  "case:claim",
  "case:decide",
  "case:escalate",
  "account:restrict",
  "job:take-down",
  "note:write",
  "template:read",
  "audit:read",
  "metrics:read",
];

export const ROLE_PERMISSIONS: Record<ConsoleRole, ReadonlySet<Permission>> = {
  MODERATOR: new Set(MODERATOR),
  STAFF: new Set<Permission>([
    ...MODERATOR,
    "case:assign",
    "case:decide-escalated",
    "account:suspend",
    "account:remove-badge",
    "decision:reverse",
    "appeal:decide",
    "reply:send",
    "template:manage",
    "statement:export",
    "metrics:read-everyone",
  ]),
  SUPPORT: new Set<Permission>([
    "queue:read",
    "case:read",
    "account:read",
    "note:write",
    "reply:send",
    "template:read",
  ]),
  ADMIN: new Set<Permission>([
    "users:manage",
    "api-tokens:manage",
    "audit:read",
    "template:read",
    "template:manage",
    "metrics:read",
    "metrics:read-everyone",
  ]),
};

export function can(role: ConsoleRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Moderators may restrict, but only for a limited time; longer is staff's call. */
export const MODERATOR_MAX_RESTRICTION_DAYS = 14;

export const ROLE_LABELS: Record<ConsoleRole, string> = {
  MODERATOR: "Moderator",
  STAFF: "Staff",
  SUPPORT: "Support agent",
  ADMIN: "Admin",
};
