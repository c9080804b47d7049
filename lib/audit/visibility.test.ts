import { describe, expect, it } from "vitest";
import { CONSOLE_ACCOUNT_ACTIONS, readableAuditActions, seesConsoleAccounts } from "@/lib/audit/visibility";

describe("audit visibility", () => {
  it("offers console-account and token events to admins only", () => {
    expect(seesConsoleAccounts({ role: "ADMIN" })).toBe(true);
    for (const role of ["MODERATOR", "STAFF", "SUPPORT"] as const) {
      expect(seesConsoleAccounts({ role })).toBe(false);
      const actions = readableAuditActions({ role });
      for (const hidden of CONSOLE_ACCOUNT_ACTIONS) expect(actions).not.toContain(hidden);
      expect(actions).toContain("DISMISSED");
    }
    expect(readableAuditActions({ role: "ADMIN" })).toContain("API_TOKEN_CREATED");
  });
});
