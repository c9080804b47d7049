import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ADDRESS_WINDOW_MS,
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffMs,
  beginSignInAttempt,
  checkSignInThrottle,
  MAX_FAILURES_PER_ADDRESS,
  PAIR_FREE_FAILURES,
  PAIR_WINDOW_MS,
  throttleMessage,
} from "@/lib/auth/throttle";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { SOCKET_ADDRESS_FLAG, SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { prisma } from "@/lib/db/prisma";
import { uid } from "@/tests/support/fixtures";

const email = () => `${uid()}@console.test`;
const address = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** n wrong passwords for the pair, one a second from `start`; returns the time of the last. */
async function fail(e: string, a: string, n: number, start = new Date()): Promise<Date> {
  let now = start;
  for (let i = 0; i < n; i++) {
    now = at(start, i * 1000);
    const attempt = await beginSignInAttempt(e, a, now);
    expect(attempt.throttle.blocked).toBe(false);
  }
  return now;
}

describe("sign-in throttling, keyed by e-mail and address together", () => {
  it("blocks the pair after the free failures, and only that pair", async () => {
    const [e, a] = [email(), address()];
    const last = await fail(e, a, PAIR_FREE_FAILURES);
    const state = await checkSignInThrottle(e, a, at(last, 1000));
    expect(state).toEqual({ blocked: true, retryAfterSeconds: BACKOFF_BASE_MS / 1000 - 1 });
    // The same user from their own address, and another user from the attacker's, are not held up.
    expect((await checkSignInThrottle(e, address(), at(last, 1000))).blocked).toBe(false);
    expect((await checkSignInThrottle(email(), a, at(last, 1000))).blocked).toBe(false);
  });

  it("backs off exponentially with every further failure, up to the cap", async () => {
    const [e, a] = [email(), address()];
    let now = await fail(e, a, PAIR_FREE_FAILURES);
    const waits: number[] = [];
    for (let failures = PAIR_FREE_FAILURES; failures < PAIR_FREE_FAILURES + 9; failures++) {
      const blocked = await checkSignInThrottle(e, a, at(now, 1));
      expect(blocked.blocked).toBe(true);
      waits.push(blocked.retryAfterSeconds);
      // Waiting exactly as long as told lets the next attempt through; it fails again.
      now = at(now, backoffMs(failures));
      const attempt = await beginSignInAttempt(e, a, now);
      expect(attempt.throttle.blocked).toBe(false);
    }
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    expect(backoffMs(PAIR_FREE_FAILURES + 30)).toBe(BACKOFF_CAP_MS);
  });

  it("a refused attempt does not count, and a success clears the pair", async () => {
    const [e, a] = [email(), address()];
    const last = await fail(e, a, PAIR_FREE_FAILURES);
    for (let i = 0; i < 10; i++) {
      const refused = await beginSignInAttempt(e, a, at(last, 1000 + i));
      expect(refused.throttle.blocked).toBe(true);
      await refused.discard();
    }
    // Still the first back-off step: the refused attempts did not make it longer.
    const afterWait = await beginSignInAttempt(e, a, at(last, BACKOFF_BASE_MS));
    expect(afterWait.throttle.blocked).toBe(false);
    await afterWait.succeed();
    expect((await checkSignInThrottle(e, a, at(last, BACKOFF_BASE_MS + 1))).blocked).toBe(false);
    await fail(e, a, PAIR_FREE_FAILURES - 1, at(last, BACKOFF_BASE_MS + 1000));
  });

  it("forgets a pair's failures after its window", async () => {
    const [e, a] = [email(), address()];
    const last = await fail(e, a, PAIR_FREE_FAILURES);
    expect((await checkSignInThrottle(e, a, at(last, 1000))).blocked).toBe(true);
    expect((await checkSignInThrottle(e, a, at(last, PAIR_WINDOW_MS + 10_000))).blocked).toBe(false);
  });

  it("limits one address trying many e-mails, coarser and flat", async () => {
    const a = address();
    const start = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await fail(email(), a, 1, at(start, i * 1000));
    const last = at(start, (MAX_FAILURES_PER_ADDRESS - 1) * 1000);
    const state = await checkSignInThrottle(email(), a, at(last, 1000));
    expect(state.blocked).toBe(true);
    // Until the oldest of the thirty leaves the window.
    expect(state.retryAfterSeconds).toBe((ADDRESS_WINDOW_MS - MAX_FAILURES_PER_ADDRESS * 1000) / 1000);
    expect((await checkSignInThrottle(email(), address(), at(last, 1000))).blocked).toBe(false);
    expect((await checkSignInThrottle(email(), a, at(start, ADDRESS_WINDOW_MS + 1000))).blocked).toBe(false);
  });

  it("a burst of parallel attempts gets no more password checks than the free failures", async () => {
    const [e, a] = [email(), address()];
    const attempts = await Promise.all(Array.from({ length: 20 }, () => beginSignInAttempt(e, a)));
    const letThrough = attempts.filter((x) => !x.throttle.blocked);
    // Those that saw too many siblings in flight were refused; possibly all of them, never more than five.
    expect(letThrough.length, JSON.stringify(attempts.map((x) => x.throttle))).toBeLessThanOrEqual(PAIR_FREE_FAILURES);
    await Promise.all(attempts.filter((x) => x.throttle.blocked).map((x) => x.discard()));
    expect(await prisma.signInAttempt.count({ where: { email: e, ip: a } })).toBe(letThrough.length);
  });

  it("prunes attempts older than every window as new ones are written", async () => {
    const a = address();
    const old = new Date(Date.now() - PAIR_WINDOW_MS - 60_000);
    const recent = new Date(Date.now() - PAIR_WINDOW_MS + 60_000);
    await prisma.signInAttempt.createMany({
      data: [
        ...Array.from({ length: 5 }, () => ({ email: email(), ip: a, succeeded: false, createdAt: old })),
        { email: email(), ip: a, succeeded: false, createdAt: recent },
      ],
    });
    await beginSignInAttempt(email(), address());
    const left = await prisma.signInAttempt.findMany({ where: { ip: a }, select: { createdAt: true } });
    expect(left.map((r) => r.createdAt.getTime())).toEqual([recent.getTime()]);
  });

  it("says how long to wait", () => {
    expect(throttleMessage(240)).toBe("Too many attempts. Try again in 4 minutes.");
    expect(throttleMessage(61)).toBe("Too many attempts. Try again in 2 minutes.");
    expect(throttleMessage(60)).toBe("Too many attempts. Try again in 1 minute.");
    expect(throttleMessage(1)).toBe("Too many attempts. Try again in 1 second.");
    expect(throttleMessage(45)).toBe("Too many attempts. Try again in 45 seconds.");
  });
});

describe("sign-in through next-auth's authorize, with the client address from the socket", () => {
  type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string }>;
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  const previous = { flag: process.env[SOCKET_ADDRESS_FLAG], hops: process.env.TRUSTED_PROXY_HOPS };
  beforeEach(() => {
    process.env[SOCKET_ADDRESS_FLAG] = "1";
  });
  afterEach(() => {
    for (const [name, value] of [
      [SOCKET_ADDRESS_FLAG, previous.flag],
      ["TRUSTED_PROXY_HOPS", previous.hops],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  async function user() {
    const e = email();
    const password = "a long and proper passphrase";
    const created = await prisma.consoleUser.create({
      data: { email: e, name: "Throttle Test", role: "MODERATOR", passwordHash: await hashPassword(password) },
    });
    return { email: e, password, id: created.id };
  }
  const from = (socket: string, forwardedFor?: string) => ({
    headers: { [SOCKET_ADDRESS_HEADER]: socket, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
  });

  it("rotating X-Forwarded-For does not earn more guesses, and the real user still signs in", async () => {
    const u = await user();
    const attacker = address();
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) {
      await expect(authorize({ email: u.email, password: `guess-${i}` }, from(attacker, address()))).rejects.toThrow(
        "Wrong email or password.",
      );
    }
    // Even the right password is refused from the attacker's socket, whatever it claims to forward for.
    await expect(authorize({ email: u.email, password: u.password }, from(attacker, address()))).rejects.toThrow(
      /^Too many attempts\. Try again in 1 minute\.$/,
    );
    const rows = await prisma.signInAttempt.findMany({
      where: { email: u.email },
      distinct: ["ip"],
      select: { ip: true },
    });
    expect(rows).toEqual([{ ip: attacker }]);
    // The user, from their own address, is not locked out.
    await expect(authorize({ email: u.email, password: u.password }, from(address()))).resolves.toMatchObject({
      id: u.id,
    });
  });

  it("behind one trusted proxy, the address the proxy appended counts, not what the client wrote left of it", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const u = await user();
    const proxy = "192.168.0.2";
    const attacker = address();
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) {
      await expect(
        authorize({ email: u.email, password: "wrong password" }, from(proxy, `${address()}, ${attacker}`)),
      ).rejects.toThrow("Wrong email or password.");
    }
    await expect(
      authorize({ email: u.email, password: u.password }, from(proxy, `${address()}, ${attacker}`)),
    ).rejects.toThrow(/Too many attempts/);
    await expect(authorize({ email: u.email, password: u.password }, from(proxy, address()))).resolves.toMatchObject({
      id: u.id,
    });
  });
});
