import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { createApiToken, createThreadCase, db } from "./fixtures/case-factory";
import { authFile } from "./support";

/**
 * Poison input against every route of the running production build: the platform API's operations
 * read from its own OpenAPI document, the console's routes read from app/api. Hostile strings (lone
 * surrogates, NUL, direction overrides, percent-encoding that is not UTF-8), numbers past every
 * range, dates PostgreSQL cannot store, wrong methods, unknown paths and wrong content types. The
 * server must never answer 5xx, must answer every refusal as problem+json, and must refuse text no
 * column can hold (422 naming the field) and write nothing of a refused batch.
 */

const PROBLEM = "application/problem+json";
const tag = () => randomBytes(4).toString("hex");

/** Text no column can hold: refused with 422 naming the field. */
const UNSTORABLE = ["\ud800", "bad\u0000text", "half of \udc00 a pair"];
/** Hostile but storable text: anything below 500. */
const ODD = ["\u202Egpj.exe\u2066\u200B", "%ff%fe%00", "x".repeat(60_000)];
/** Dates the format allows or nearly allows but no column holds. */
const BAD_DATES = [
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59-12:00",
  "+275760-09-13T00:00:00Z",
  "2026-02-30T10:00:00Z",
];
const HUGE_NUMBERS = [1e308, -9007199254740993, 12345678901234567890];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
type Leaf = { path: (string | number)[]; value: Json };

function leaves(value: Json, at: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v ?? null, [...at, k]));
  return [{ path: at, value }];
}

function replaced(value: Json, at: (string | number)[], by: Json): Json {
  if (at.length === 0) return by;
  const [head, ...rest] = at;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head!] = replaced(copy[head!]!, rest, by);
  return copy as Json;
}

const pointer = (at: (string | number)[]) => at.map((p) => `/${p}`).join("");
const isDate = (v: Json) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v);

/** Each leaf of a valid body, replaced in turn by each hostile value its kind invites. */
function* mutations(body: Json): Generator<{ leaf: Leaf; value: Json; expect: "unstorable" | "bad-date" | "any" }> {
  for (const leaf of leaves(body)) {
    if (typeof leaf.value === "string") {
      for (const value of UNSTORABLE) yield { leaf, value, expect: "unstorable" };
      for (const value of ODD) yield { leaf, value, expect: "any" };
      if (isDate(leaf.value)) for (const value of BAD_DATES) yield { leaf, value, expect: "bad-date" };
      yield { leaf, value: HUGE_NUMBERS[2]!, expect: "any" };
    } else {
      for (const value of HUGE_NUMBERS) yield { leaf, value, expect: "any" };
      yield { leaf, value: "\ud800", expect: "any" };
    }
  }
}

async function expectSafe(response: APIResponse, what: string): Promise<Record<string, unknown> | null> {
  expect(response.status(), `${what}: ${await response.text().catch(() => "")}`).toBeLessThan(500);
  if (response.status() < 400) return null;
  expect(response.headers()["content-type"], what).toContain(PROBLEM);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body.status, what).toBe(response.status());
  return body;
}

async function expectFieldRefused(response: APIResponse, at: (string | number)[], what: string, exactlyOne = false) {
  const body = await expectSafe(response, what);
  expect(response.status(), what).toBe(422);
  const errors = (body!.errors ?? []) as { pointer?: string; field: string }[];
  const here = errors.filter((e) => e.pointer === pointer(at));
  expect(here.length, `${what}: ${JSON.stringify(errors)}`).toBeGreaterThan(0);
  if (exactlyOne) expect(here, `${what}: one error per bad field`).toHaveLength(1);
}

/** Valid bodies of every /api/v1 operation that takes one, fresh ids each call (nothing dedupes). */
const API_BODIES: Record<string, (t: string) => Json> = {
  "POST /messages": (t) => ({
    accounts: [
      {
        id: `fz-${t}-c`,
        handle: `fz_${t}_c`,
        displayName: "Fuzz Client",
        kind: "CLIENT",
        joinedAt: "2026-01-05T10:00:00Z",
        country: "DE",
        paymentVerified: true,
        badges: ["top"],
      },
      {
        id: `fz-${t}-f`,
        handle: `fz_${t}_f`,
        displayName: "Fuzz Freelancer",
        kind: "FREELANCER",
        joinedAt: "2025-03-01T10:00:00Z",
      },
    ],
    jobs: [
      {
        id: `fz-${t}-j`,
        clientId: `fz-${t}-c`,
        title: "Logo design",
        description: "A logo.",
        postedAt: "2026-11-01T09:00:00Z",
      },
    ],
    threads: [{ id: `fz-${t}-t`, kind: "JOB_MESSAGES", jobId: `fz-${t}-j`, freelancerId: `fz-${t}-f` }],
    messages: [
      {
        id: `fz-${t}-m1`,
        threadId: `fz-${t}-t`,
        authorId: `fz-${t}-c`,
        body: "Hello, when can you start?",
        sentAt: "2026-11-20T14:03:00Z",
      },
      {
        id: `fz-${t}-m2`,
        threadId: `fz-${t}-t`,
        authorId: `fz-${t}-f`,
        body: "Tomorrow morning.",
        sentAt: "2026-11-20T14:04:00Z",
      },
    ],
  }),
  "POST /reports": (t) => ({
    id: `fz-${t}-r`,
    reason: "SPAM",
    comment: "Looks like spam.",
    reporterId: `fz-${t}-a`,
    subject: { type: "ACCOUNT", id: `fz-${t}-b` },
    reportedAt: "2026-11-20T15:00:00Z",
    accounts: [
      {
        id: `fz-${t}-a`,
        handle: `fz_${t}_a`,
        displayName: "Reporter",
        kind: "CLIENT",
        joinedAt: "2026-01-05T10:00:00Z",
      },
      {
        id: `fz-${t}-b`,
        handle: `fz_${t}_b`,
        displayName: "Reported",
        kind: "FREELANCER",
        joinedAt: "2026-01-05T10:00:00Z",
      },
    ],
  }),
  "POST /contracts": (t) => ({ id: `fz-${t}-k`, threadId: `fz-${t}-t`, event: "started", at: "2026-11-20T15:00:00Z" }),
  "POST /scan": (t) => ({
    text: "Reach me on whatsapp +49 151 23456789",
    contractActive: false,
    threadId: `fz-${t}-t`,
  }),
  "POST /appeals": (t) => ({
    id: `fz-${t}-ap`,
    accountId: `fz-${t}-b`,
    caseId: "C-1",
    statement: "I did nothing wrong.",
    submittedAt: "2026-11-20T15:00:00Z",
    enforcementId: `fz-${t}-e`,
  }),
  "POST /outbox/ack": (t) => ({
    acks: [
      { id: `fz-${t}-r1`, status: "DELIVERED", deliveredAt: "2026-11-20T15:00:00Z" },
      { id: `fz-${t}-r2`, status: "FAILED", reason: "Mailbox full." },
    ],
  }),
};

/** Hostile path segments, already percent-encoded as a client would put them in the URL. */
const PATH_SEGMENTS: { segment: string; status?: number }[] = [
  { segment: "%ff%fe", status: 400 },
  { segment: "%C0%80", status: 400 },
  { segment: "%00", status: 422 },
  { segment: encodeURIComponent("\u202Egpj.exe") },
  { segment: "x".repeat(3000) },
  { segment: "%2e%2e%2f%2e%2e" },
  { segment: "C-99999999999999999999" },
];

const apiToken = () => createApiToken(`fuzz ${tag()}`);

test.describe.configure({ timeout: 300_000 });

test.describe("the platform API", () => {
  let api: APIRequestContext;
  let operations: string[];
  test.beforeAll(async ({ playwright, baseURL }) => {
    api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${await apiToken()}` },
    });
    const document = (await (await api.get("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(document.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
  });
  test.afterAll(() => api.dispose());

  test("every operation with a body: hostile values in each field, never a 5xx, nothing of a refused batch written", async () => {
    // A new operation in the document needs its body here, or it would go unfuzzed.
    const withBody = operations.filter((o) => o.startsWith("POST "));
    expect(withBody.sort()).toEqual(Object.keys(API_BODIES).sort());
    for (const [operation, make] of Object.entries(API_BODIES)) {
      const url = `/api/v1${operation.split(" ")[1]}`;
      for (const m of mutations(make("base"))) {
        const t = tag();
        const body = replaced(make(t), m.leaf.path, m.value);
        const what = `${operation} ${pointer(m.leaf.path)} = ${JSON.stringify(m.value).slice(0, 40)}`;
        const response = await api.post(url, { data: body });
        if (m.expect === "unstorable") await expectFieldRefused(response, m.leaf.path, what);
        else if (m.expect === "bad-date") await expectFieldRefused(response, m.leaf.path, what, true);
        else await expectSafe(response, what);
        if (operation === "POST /messages" && response.status() >= 400) {
          const stored = await db().message.count({ where: { externalId: { startsWith: `fz-${t}-` } } });
          expect(stored, `${what}: nothing of a refused batch is stored`).toBe(0);
        }
      }
    }
  });

  test("hostile path segments and query values: 400 for undecodable paths, 422 for NUL, never a 5xx", async () => {
    const gets = operations.filter((o) => o.startsWith("GET ") && o.includes("{"));
    expect(gets.length).toBeGreaterThan(0);
    for (const operation of gets) {
      for (const { segment, status } of PATH_SEGMENTS) {
        const url = `/api/v1${operation.split(" ")[1]!.replace(/\{[^}]+\}/, segment)}`;
        const response = await api.get(url);
        await expectSafe(response, `GET ${url.slice(0, 80)}`);
        if (status) expect(response.status(), url).toBe(status);
        expect(response.status(), url).toBeGreaterThanOrEqual(400);
      }
    }
    for (const limit of ["1e999", "-1", "99999999999", "%00", "%ff", "NaN", "1.5"]) {
      const response = await api.get(`/api/v1/outbox?limit=${limit}`);
      await expectSafe(response, `limit=${limit}`);
      expect(response.status(), `limit=${limit}`).toBe(422);
    }
  });

  test("wrong content types are 415, malformed JSON 400, both problem+json", async () => {
    for (const operation of Object.keys(API_BODIES)) {
      const url = `/api/v1${operation.split(" ")[1]}`;
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const response = await api.post(url, { headers: { "Content-Type": type }, data: "a=1" });
        await expectSafe(response, `${url} as ${type}`);
        expect(response.status(), `${url} as ${type}`).toBe(415);
      }
      for (const raw of ['{"messages": [', '"\\ud800', "\u0000", "{}}"]) {
        const response = await api.post(url, { headers: { "Content-Type": "application/json" }, data: raw });
        await expectSafe(response, `${url} with ${JSON.stringify(raw)}`);
      }
    }
  });
});

/** Every route file under app/api, with the methods it exports and its URL pattern. */
function routeFiles(): { pattern: string; methods: string[] }[] {
  const root = path.resolve("app/api");
  const out: { pattern: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        if (/\[\.\.\.|\[\[\.\.\./.test(full)) continue; // catch-alls: unknown paths, tested below
        const methods = [
          ...source.matchAll(/^export (?:const|function|async function) (GET|POST|PUT|PATCH|DELETE)\b/gm),
        ].map((m) => m[1]!);
        out.push({ pattern: `/api/${path.relative(root, dir)}`, methods });
      }
    }
  };
  walk(root);
  return out;
}

test.describe("every route", () => {
  test("answers a method it does not take with 405 problem+json and Allow, and unknown paths with 404 problem+json", async ({
    request,
  }) => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(15);
    for (const { pattern, methods } of routes) {
      const url = pattern.replace(/\[[^\]]+\]/g, "x");
      expect(methods.length, `${pattern} exports its methods`).toBeGreaterThan(0);
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !methods.includes(m))) {
        const response = await request.fetch(url, { method });
        await expectSafe(response, `${method} ${url}`);
        expect(response.status(), `${method} ${url}`).toBe(405);
        const allow = response.headers()["allow"]!.split(", ");
        for (const m of methods) expect(allow, `${method} ${url}`).toContain(m);
      }
    }
    for (const url of ["/api/v1", "/api/v1/", "/api/v1/nothing/here", "/api/nothing", "/api/queue/nothing"]) {
      for (const method of ["GET", "POST", "DELETE"]) {
        const response = await request.fetch(url, { method });
        await expectSafe(response, `${method} ${url}`);
        expect(response.status(), `${method} ${url}`).toBe(404);
      }
    }
  });
});

test.describe("the console's routes, as staff", () => {
  let staff: APIRequestContext;
  let caseId: string;
  test.beforeAll(async ({ playwright, baseURL }) => {
    // Staff, not admin: the role that reaches the most routes in daily work.
    staff = await playwright.request.newContext({
      baseURL,
      storageState: authFile("STAFF"),
      extraHTTPHeaders: { Origin: baseURL! },
    });
    ({ caseId } = await createThreadCase({
      jobTitle: `fuzz-${tag()}`,
      messages: [{ from: "client", text: "Pay me outside the platform, paypal.me/someone" }],
    }));
  });
  test.afterAll(() => staff.dispose());

  test("the session reaches the routes (so refusals below are not just 401s)", async () => {
    expect((await staff.get("/api/queue")).status()).toBe(200);
  });

  test("hostile query values: never a 5xx, a NUL search is no failure, bad audit dates refused before the CSV starts", async () => {
    const cursor = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const queue = [
      "q=%00",
      "q=a%00b",
      "q=%ED%A0%80",
      "q=%ff%fe",
      `q=${encodeURIComponent("\u202E")}`,
      `q=${"x".repeat(5000)}`,
      "limit=1e999",
      "limit=-5",
      "tab=%00",
      "category=nope",
      "assignee=%00",
      "cursor=%00",
      "cursor=not-base64!",
      `cursor=${cursor({ s: "priority", k: 1e300, id: "x" })}`,
      `cursor=${cursor({ s: "oldest", k: "0000-01-01T00:00:00Z", id: "x" })}`,
      `cursor=${cursor({ s: "priority", k: 5, id: "\u0000" })}`,
    ];
    for (const query of queue) {
      for (const route of ["/api/queue", "/api/queue/counts"]) {
        const response = await staff.get(`${route}?${query}`);
        await expectSafe(response, `${route}?${query.slice(0, 60)}`);
      }
    }
    for (const q of ["%00", "a%00b"]) expect((await staff.get(`/api/queue?q=${q}`)).status(), q).toBe(200);

    for (const query of [
      "from=0000-01-01",
      "to=2026-02-30",
      "from=275760-09-13",
      "before=99999999999999999999",
      "actor=%00",
      "subjectId=a%00",
    ]) {
      const response = await staff.get(`/api/audit/export?${query}`);
      await expectSafe(response, `export?${query}`);
      expect(response.status(), `export?${query}`).toBe(422);
    }
    for (const since of ["1e999", "99999999999", "-1", "%00"]) {
      const response = await staff.get(`/api/cases/${caseId}/events?since=${since}`);
      await expectSafe(response, `events?since=${since}`);
      expect(response.status(), `events?since=${since}`).toBe(422);
    }
  });

  test("hostile case ids in the path: never a 5xx, NUL refused with 422, undecodable paths 400", async () => {
    const routes = routeFiles().filter((r) => r.pattern.includes("[caseId]"));
    expect(routes.length).toBeGreaterThan(2);
    for (const { pattern, methods } of routes) {
      for (const { segment, status } of PATH_SEGMENTS) {
        const url = pattern.replace("[caseId]", segment);
        for (const method of methods) {
          const response = await staff.fetch(url, { method, ...(method === "POST" ? { data: {} } : {}) });
          await expectSafe(response, `${method} ${url.slice(0, 80)}`);
          if (status) expect(response.status(), `${method} ${url}`).toBe(status);
        }
      }
    }
  });

  test("hostile values in each field of the bodies: never a 5xx, unstorable text refused naming the field", async () => {
    const kase = await db().case.findUniqueOrThrow({ where: { id: caseId } });
    const bodies: Record<string, Json> = {
      // A version far past the case's: each mutation is refused or stale, none dismisses anything.
      "/api/queue/bulk": {
        action: "dismiss",
        cases: [{ caseId, version: kase.version + 1000 }],
        reason: "Fuzzing the bulk route",
        requestId: randomUUID(),
      },
      [`/api/cases/${caseId}/assign`]: { assigneeId: null },
    };
    for (const [url, body] of Object.entries(bodies)) {
      for (const m of mutations(body)) {
        const what = `${url} ${pointer(m.leaf.path)} = ${JSON.stringify(m.value).slice(0, 40)}`;
        const response = await staff.post(url, { data: replaced(body, m.leaf.path, m.value) });
        if (m.expect === "unstorable") await expectFieldRefused(response, m.leaf.path, what);
        else await expectSafe(response, what);
      }
    }
    const after = await db().case.findUniqueOrThrow({ where: { id: caseId } });
    expect(after.status).toBe(kase.status);
  });

  test("wrong content types and malformed JSON on every console route that changes something", async () => {
    for (const { pattern, methods } of routeFiles().filter(
      (r) => !r.pattern.startsWith("/api/v1") && !r.pattern.includes("auth"),
    )) {
      const url = pattern.replace("[caseId]", caseId);
      for (const method of methods.filter((m) => m !== "GET")) {
        const response = await staff.fetch(url, { method, headers: { "Content-Type": "text/plain" }, data: "{}" });
        await expectSafe(response, `${method} ${url} as text/plain`);
        expect(response.status(), `${method} ${url} as text/plain`).toBe(415);
      }
    }
    for (const raw of ['{"action": "dismiss",', '"\\ud800', "[]"]) {
      const response = await staff.post("/api/queue/bulk", {
        headers: { "Content-Type": "application/json" },
        data: raw,
      });
      await expectSafe(response, `bulk with ${raw}`);
    }
  });
});
