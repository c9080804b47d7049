import { describe, expect, it } from "vitest";
import {
  checkSignInThrottle,
  MAX_FAILURES_PER_EMAIL,
  recordSignInAttempt,
  THROTTLE_WINDOW_MS,
} from "@/lib/auth/throttle";
import { uid } from "@/tests/support/fixtures";

describe("sign-in throttling", () => {
  it("blocks an email after repeated failures, and only that email", async () => {
    const email = `${uid()}@console.test`;
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) await recordSignInAttempt(email, null, false);
    expect((await checkSignInThrottle(email, null)).blocked).toBe(false);
    await recordSignInAttempt(email, null, false);
    const state = await checkSignInThrottle(email, null);
    expect(state.blocked).toBe(true);
    expect(state.retryAfterSeconds).toBeGreaterThan(0);
    expect(state.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE_WINDOW_MS / 1000);
    expect((await checkSignInThrottle(`${uid()}@console.test`, null)).blocked).toBe(false);
  });

  it("does not count successful sign-ins, and forgets failures after the window", async () => {
    const email = `${uid()}@console.test`;
    for (let i = 0; i < 10; i++) await recordSignInAttempt(email, null, true);
    expect((await checkSignInThrottle(email, null)).blocked).toBe(false);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await recordSignInAttempt(email, null, false);
    expect((await checkSignInThrottle(email, null)).blocked).toBe(true);
    const later = new Date(Date.now() + THROTTLE_WINDOW_MS + 1000);
    expect((await checkSignInThrottle(email, null, later)).blocked).toBe(false);
  });

  it("blocks an address that tries many emails", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 20; i++) await recordSignInAttempt(`${uid()}@console.test`, ip, false);
    expect((await checkSignInThrottle(`${uid()}@console.test`, ip)).blocked).toBe(true);
  });
});
