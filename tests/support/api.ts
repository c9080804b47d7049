import { expect } from "vitest";
/* eslint-disable @typescript-eslint/no-explicit-any -- tests read JSON bodies loosely; each test asserts the fields it needs */
import { createApiToken } from "@/lib/admin/api-tokens/service";
import { makeConsoleUser, uid } from "@/tests/support/fixtures";

/** A fresh API token (and the admin who made it), so tests never share rate-limit counters. */
export async function makeApiToken(name = `test token ${uid()}`) {
  const admin = await makeConsoleUser("ADMIN");
  const created = await createApiToken(
    { id: admin.id, email: admin.email, name: admin.name, role: admin.role },
    { name },
  );
  return { ...created, admin };
}

type Handler = (
  request: Request,
  context?: { params: Promise<Record<string, string>> },
) => Response | Promise<Response>;

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  method?: string;
}

export interface ApiResult<T = any> {
  status: number;
  headers: Headers;
  contentType: string;
  body: T;
}

/**
 * Calls a route handler the way Next does, with a plain Request: the API
 * routes need no browser session, only the bearer token.
 */
export async function call<T = any>(handler: Handler, path: string, options: CallOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const method = options.method ?? (body === undefined ? "GET" : "POST");
  const request = new Request(`http://console.test${path}`, {
    method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  // Like Next: routes without dynamic segments get params that resolve to undefined.
  const response = await handler(request, { params: Promise.resolve(options.params as Record<string, string>) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    contentType: response.headers.get("content-type") ?? "",
    body: text ? JSON.parse(text) : null,
  };
}

/** Expects a 404 problem+json whose detail names the unknown id. */
export function expectNotFound(res: ApiResult, id: string) {
  expect(res.status).toBe(404);
  expect(res.contentType).toBe("application/problem+json");
  expect(res.body.detail).toContain(`"${id}"`);
}

/** A realistic small world the platform would send with its first messages. */
export function platformWorld(prefix = `p${uid()}`) {
  const party = <K extends "CLIENT" | "FREELANCER">(key: string, kind: K, displayName: string, joinedAt: string) => ({
    id: `${prefix}-${key}`,
    handle: `${prefix}_${key}`,
    displayName,
    kind,
    joinedAt,
  });
  const client = {
    ...party("client", "CLIENT", "Casey Client", "2026-01-05T10:00:00Z"),
    paymentVerified: true,
    country: "DE",
  };
  const freelancer = party("fl", "FREELANCER", "Frida Freelancer", "2025-06-01T10:00:00Z");
  const job = {
    id: `${prefix}-job`,
    clientId: client.id,
    title: "Landing page redesign",
    description: "Need a Next.js landing page.",
    postedAt: "2026-11-01T09:00:00Z",
  };
  const thread = { id: `${prefix}-thread`, kind: "JOB_MESSAGES" as const, jobId: job.id, freelancerId: freelancer.id };
  /** A message in the thread by one of its parties; its id is `<prefix>-<id>`. */
  const message = (id: string, from: "client" | "freelancer", body: string, sentAt: string) => ({
    id: `${prefix}-${id}`,
    threadId: thread.id,
    authorId: (from === "client" ? client : freelancer).id,
    body,
    sentAt,
  });
  /** A POST /api/v1/messages body: the whole world with these messages. */
  const batch = (...messages: object[]) => ({
    accounts: [client, freelancer],
    jobs: [job],
    threads: [thread],
    messages,
  });
  /** A user's report of the job as a scam (a POST /api/v1/reports body); `extra` adds or overrides fields. */
  const jobReport = (id: string, reporterId: string, extra: object = {}) => ({
    id: `${prefix}-${id}`,
    reason: "SCAM_JOB",
    reporterId,
    subject: { type: "JOB", id: job.id },
    ...extra,
  });
  return { prefix, client, freelancer, job, thread, message, batch, jobReport };
}

/** A fresh token and a world of its own: the start of most API tests. */
export async function tokenAndWorld() {
  const { token } = await makeApiToken();
  return { token, w: platformWorld() };
}
