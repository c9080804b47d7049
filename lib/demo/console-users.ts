import type { ConsoleRole } from "@/lib/generated/prisma/enums";

/**
 * The demo sign-ins `npm start` prints. Passwords are public on purpose:
 * they exist only in the local demo database.
 */
export const DEMO_CONSOLE_USERS: { email: string; name: string; role: ConsoleRole; password: string }[] = [
  { email: "moderator@console.test", name: "Maya Moderator", role: "MODERATOR", password: "demo-moderator-pass" },
  { email: "moderator2@console.test", name: "Omar Moderator", role: "MODERATOR", password: "demo-moderator-pass" },
  { email: "staff@console.test", name: "Sofia Staff", role: "STAFF", password: "demo-staff-pass" },
  // A second staff member: an appeal is never decided by whoever made the decision under appeal.
  { email: "staff2@console.test", name: "Theo Staff", role: "STAFF", password: "demo-staff-pass" },
  { email: "support@console.test", name: "Sam Support", role: "SUPPORT", password: "demo-support-pass" },
  { email: "admin@console.test", name: "Ada Admin", role: "ADMIN", password: "demo-admin-pass" },
];
