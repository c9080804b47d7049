import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

// Each item is shown only to roles holding its permission, so the menu is
// a view of the permission table rather than a second list to keep in sync.
const NAV_ITEMS: NavItem[] = [
  { href: "/queue", label: "Queue", permission: "queue:read" },
  { href: "/admin/users", label: "Console users", permission: "users:manage" },
  { href: "/admin/tokens", label: "API tokens", permission: "api-tokens:manage" },
  { href: "/templates", label: "Reply templates", permission: "template:read" },
  { href: "/audit", label: "Audit log", permission: "audit:read" },
  { href: "/statements", label: "Statements", permission: "statement:export" },
  { href: "/metrics", label: "Metrics", permission: "metrics:read" },
];

export function navigationFor(role: ConsoleRole): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}

/** Where a role lands after signing in: the first page it may open. */
export function homeFor(role: ConsoleRole): string {
  return navigationFor(role)[0]?.href ?? "/signin";
}
