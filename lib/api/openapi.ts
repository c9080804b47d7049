import { z } from "@/lib/zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { AccountIdParam, AccountStanding } from "@/lib/api/schemas/accounts";
import { AppealIdParam, AppealInput, AppealResult, AppealView } from "@/lib/api/schemas/appeals";
import { CaseIdParam, CaseView } from "@/lib/api/schemas/cases";
import { ContractEvent, ContractResult } from "@/lib/api/schemas/contracts";
import { MessageBatch, MessageBatchResult } from "@/lib/api/schemas/messages";
import { AckBatch, AckResult, Outbox, OutboxQuery } from "@/lib/api/schemas/outbox";
import { ProblemSchema } from "@/lib/api/schemas/problem";
import { ReportInput, ReportResult } from "@/lib/api/schemas/reports";
import { ScanRequest, ScanResult } from "@/lib/api/schemas/scan";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the very Zod schemas
 * the routes validate with. Served at /api/v1/openapi.json.
 */

const problemContent = { "application/problem+json": { schema: ProblemSchema } };
const rateLimitHeaders = z.object({
  "RateLimit-Limit": z.string().meta({ description: "Requests allowed per window." }),
  "RateLimit-Remaining": z.string().meta({ description: "Requests left in this window." }),
  "RateLimit-Reset": z.string().meta({ description: "Seconds until the window resets." }),
});

function problems(...statuses: (400 | 404 | 409 | 413 | 415 | 422)[]): ZodOpenApiResponsesObject {
  const described: Record<number, string> = {
    400: "The body is not valid JSON.",
    404: "Not found.",
    409: "Contradicts what was sent before with the same id (nothing was written).",
    413: "The body is larger than the limit (1 MiB by default).",
    415: "The body is not JSON.",
    422: "Invalid input or unknown referenced ids; `errors` names each bad field (nothing was written).",
  };
  const out: ZodOpenApiResponsesObject = {
    "401": { description: "Missing, unknown or revoked API token.", content: problemContent },
    "429": {
      description: "Too many requests for this token; wait the number of seconds in Retry-After.",
      headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait." }) }),
      content: problemContent,
    },
  };
  for (const s of statuses) out[`${s}`] = { description: described[s]!, content: problemContent };
  return out;
}

function ok(description: string, schema: z.ZodType, status: "200" | "201" = "200"): ZodOpenApiResponsesObject {
  return { [status]: { description, headers: rateLimitHeaders, content: { "application/json": { schema } } } };
}

function post(
  summary: string,
  description: string,
  body: z.ZodType,
  responses: ZodOpenApiResponsesObject,
): ZodOpenApiOperationObject {
  return {
    summary,
    description,
    requestBody: { required: true, content: { "application/json": { schema: body } } },
    responses,
  };
}

export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Trust & Safety console: Platform API",
      version: "1.0.0",
      description:
        "How the marketplace feeds the console (reports, messages, contract events) and learns its decisions (cases, replies to deliver). " +
        "Every item carries the platform's own id: sending it again changes nothing and the response says `unchanged`. " +
        "Errors are RFC 9457 problem details (`application/problem+json`).",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An API token (tsc_…) created by a console admin under API tokens.",
        },
      },
    },
    paths: {
      "/reports": {
        post: post(
          "File a user's report",
          "A user flags a job, message, thread or account. The report joins the open case of its subject or opens one.",
          ReportInput,
          {
            ...ok("Sent before: nothing changed.", ReportResult),
            ...ok("Filed.", ReportResult, "201"),
            ...problems(400, 409, 413, 415, 422),
          },
        ),
      },
      "/messages": {
        post: post(
          "Send a batch of messages",
          "Stores the messages with their threads, jobs and authors (created or updated as needed) and scans each new one with the detector in the same transaction. A message's `contractActive` is computed from the thread's contracts at its `sentAt`. All or nothing.",
          MessageBatch,
          {
            ...ok("Every message was received before: nothing changed.", MessageBatchResult),
            ...ok("Stored and scanned; per-item statuses say what was new.", MessageBatchResult, "201"),
            ...problems(400, 409, 413, 415, 422),
          },
        ),
      },
      "/contracts": {
        post: post(
          "A contract started or ended",
          "Send `started` when an offer is accepted in a thread and `ended` when the contract ends, with the same contract id. Messages already stored keep the state they were sent in.",
          ContractEvent,
          {
            ...ok("Ended, or sent before.", ContractResult),
            ...ok("Started.", ContractResult, "201"),
            ...problems(400, 409, 413, 415, 422),
          },
        ),
      },
      "/scan": {
        post: post(
          "Check a message before it is sent",
          "Runs the detector on a message the user is writing and answers a verdict: `hold` (keep it for review) for off-platform payment, personal-data requests and contact details shared before a contract at high severity; `warn` for any other violation; `allow` otherwise. With `threadId` the thread's participants and last five messages are the detector's context. Stores nothing; fast enough to call while the user types (p95 under 10 ms).",
          ScanRequest,
          { ...ok("The verdict and the findings.", ScanResult), ...problems(400, 413, 415, 422) },
        ),
      },
      "/cases/{id}": {
        get: {
          summary: "A case's status and decisions",
          requestParams: { path: CaseIdParam },
          responses: { ...ok("The case.", CaseView), ...problems(404) },
        },
      },
      "/accounts/{id}": {
        get: {
          summary: "An account's standing",
          description:
            "Status, restriction end and scopes, strikes, open case count and the enforcement history of an account, by the platform's own account id, so the platform can show and enforce it.",
          requestParams: { path: AccountIdParam },
          responses: { ...ok("The account.", AccountStanding), ...problems(404) },
        },
      },
      "/appeals": {
        post: post(
          "An account appeals a decision",
          "Opens an appeal case for staff (never decided by the person who made the decision), linked to the appealed case and enforcement. " +
            "`caseId` is the case's id or its reference (C-1042); `enforcementId` may be left out when the case holds one standing enforcement against the account. " +
            "Refused: an enforcement that is not the account's in that case (422 `APPEAL_NOT_OF_APPELLANT`), a second appeal of the same enforcement (409 `APPEAL_DUPLICATE`), an appeal submitted after the deadline (422 `APPEAL_DEADLINE_PASSED`; `APPEAL_DEADLINE_DAYS`, 14 days after the enforcement by default). " +
            "The outcome's reply to the appellant arrives through GET /outbox.",
          AppealInput,
          {
            ...ok("Sent before: nothing changed.", AppealResult),
            ...ok("Received; the appeal case is open.", AppealResult, "201"),
            ...problems(400, 409, 413, 415, 422),
          },
        ),
      },
      "/appeals/{id}": {
        get: {
          summary: "An appeal's status and outcome",
          requestParams: { path: AppealIdParam },
          responses: { ...ok("The appeal.", AppealView), ...problems(404) },
        },
      },
      "/outbox": {
        get: {
          summary: "Replies to deliver",
          description:
            "Replies the console's support agents wrote, waiting for the platform to deliver them (oldest first). Acknowledge each with POST /outbox/ack; acknowledged replies leave the outbox.",
          requestParams: { query: OutboxQuery },
          responses: { ...ok("Replies waiting.", Outbox), ...problems(422) },
        },
      },
      "/outbox/ack": {
        post: post(
          "Acknowledge delivered or failed replies",
          "Each acknowledgement is recorded in the case's audit trail. All or nothing; sending it again changes nothing.",
          AckBatch,
          { ...ok("Recorded.", AckResult), ...problems(400, 409, 413, 415, 422) },
        ),
      },
    },
  });
}
