import { describe, expect, it } from "vitest";
import { homeFor, navigationFor } from "@/lib/auth/navigation";
import { can, PERMISSIONS, ROLE_PERMISSIONS } from "@/lib/auth/permissions";

describe("the role-to-permission table", () => {
  it("lets support agents read and reply but never enforce", () => {
    expect(can("SUPPORT", "case:read")).toBe(true);
    expect(can("SUPPORT", "reply:send")).toBe(true);
    for (const p of [
      "case:decide",
      "account:restrict",
      "account:suspend",
      "job:take-down",
      "template:manage",
    ] as const) {
      expect(can("SUPPORT", p)).toBe(false);
    }
  });

  it("keeps suspensions, badge removal and reversals for staff", () => {
    for (const p of ["account:suspend", "account:remove-badge", "decision:reverse", "case:decide-escalated"] as const) {
      expect(can("MODERATOR", p)).toBe(false);
      expect(can("STAFF", p)).toBe(true);
    }
    expect(can("MODERATOR", "account:restrict")).toBe(true);
  });

  it("keeps the statements-of-reasons export for staff", () => {
    for (const role of ["MODERATOR", "SUPPORT", "ADMIN"] as const) expect(can(role, "statement:export")).toBe(false);
    expect(can("STAFF", "statement:export")).toBe(true);
  });

  it("gives admins console management, not case decisions", () => {
    expect(can("ADMIN", "users:manage")).toBe(true);
    expect(can("ADMIN", "api-tokens:manage")).toBe(true);
    expect(can("ADMIN", "case:decide")).toBe(false);
    expect(can("MODERATOR", "users:manage")).toBe(false);
    expect(can("STAFF", "users:manage")).toBe(false);
  });

  it("lets everyone who reads cases read the account page, and nobody else", () => {
    for (const role of ["MODERATOR", "STAFF", "SUPPORT", "ADMIN"] as const)
      expect(can(role, "account:read")).toBe(can(role, "case:read"));
    expect(can("ADMIN", "account:read")).toBe(false);
  });

  it("only names known permissions", () => {
    for (const set of Object.values(ROLE_PERMISSIONS)) for (const p of set) expect(PERMISSIONS).toContain(p);
  });
});

describe("the dashboard", () => {
  it("lets every role that moderates see its own figures, and staff and admins everyone's", () => {
    expect(can("MODERATOR", "metrics:read")).toBe(true);
    expect(can("MODERATOR", "metrics:read-everyone")).toBe(false);
    expect(can("STAFF", "metrics:read-everyone")).toBe(true);
    expect(can("ADMIN", "metrics:read-everyone")).toBe(true);
    expect(can("SUPPORT", "metrics:read")).toBe(false);
  });
});

describe("menus follow the table", () => {
  it("shows each role its own menu", () => {
    expect(navigationFor("MODERATOR").map((i) => i.label)).toEqual([
      "Queue",
      "Reply templates",
      "Audit log",
      "Metrics",
    ]);
    expect(navigationFor("SUPPORT").map((i) => i.label)).toEqual(["Queue", "Reply templates"]);
    expect(navigationFor("ADMIN").map((i) => i.label)).toEqual([
      "Console users",
      "API tokens",
      "Reply templates",
      "Audit log",
      "Metrics",
    ]);
    expect(homeFor("ADMIN")).toBe("/admin/users");
    expect(homeFor("MODERATOR")).toBe("/queue");
  });
});
