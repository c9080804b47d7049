import { z } from "@/lib/zod";
import { isStorableInstant, STORABLE_DATE_MESSAGE } from "@/lib/dates";
import { checkStorableText } from "@/lib/unicode";

/**
 * Building blocks shared by the request schemas. The same Zod schemas
 * validate requests and generate the OpenAPI document (lib/api/openapi.ts),
 * so the documentation cannot drift from what the API accepts.
 */

/**
 * Free text. NUL and lone surrogates are refused with the field named (`unstorableText`), rather than
 * failing the whole write or being silently replaced by U+FFFD; routes also refuse them in any field
 * before the schema runs (lib/http/route.ts), this keeps the schema honest where it is used alone.
 */
export function Text(min: number, max: number) {
  return z
    .string()
    .min(min, min === 1 ? "Must not be empty." : `At least ${min} characters.`)
    .max(max, `At most ${max.toLocaleString("en-US")} characters.`)
    .superRefine(checkStorableText);
}

/** An id the platform chose: what makes every call idempotent. */
export const PlatformId = z
  .string()
  .min(1, "Must not be empty.")
  .max(128, "At most 128 characters.")
  .regex(/^[\x21-\x7E]+$/, "Use printable ASCII without spaces.")
  .meta({
    id: "PlatformId",
    description: "The platform's own id for the object; sending the same id again changes nothing.",
    example: "msg_8f2c1e",
  });

/** The format first; a malformed date stops there (`abort`), so each bad field gets one error. */
export const Timestamp = z.iso
  .datetime({
    offset: true,
    abort: true,
    message: "Use an ISO 8601 date-time with a time zone, e.g. 2026-11-20T14:03:00Z.",
  })
  .refine(isStorableInstant, STORABLE_DATE_MESSAGE)
  .meta({ id: "Timestamp", example: "2026-11-20T14:03:00Z" });

export const ItemStatus = z.enum(["created", "updated", "unchanged"]).meta({
  id: "ItemStatus",
  description: "What this request did to the item: `unchanged` means it was received before and nothing changed.",
});

export const AccountInput = z
  .strictObject({
    id: PlatformId,
    handle: Text(1, 64),
    displayName: Text(1, 200),
    kind: z.enum(["CLIENT", "FREELANCER"]),
    joinedAt: Timestamp,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 code such as DE.")
      .nullable()
      .optional(),
    paymentVerified: z.boolean().optional(),
    badges: z.array(Text(1, 64)).max(20).optional(),
  })
  .meta({
    id: "Account",
    description: "A platform account (client or freelancer). Created when new, updated when it differs.",
  });

export const JobInput = z
  .strictObject({
    id: PlatformId,
    clientId: PlatformId.meta({ description: "The posting client's account id (in `accounts` or sent before)." }),
    title: Text(1, 300),
    description: Text(0, 20_000),
    postedAt: Timestamp,
  })
  .meta({ id: "Job", description: "A job posting. Its client cannot change." });

export const ThreadInput = z
  .discriminatedUnion("kind", [
    z.strictObject({
      id: PlatformId,
      kind: z.literal("JOB_MESSAGES"),
      jobId: PlatformId.meta({
        description: "The job the conversation is about (in `jobs` or sent before); its client is the thread's client.",
      }),
      freelancerId: PlatformId.meta({
        description: "The freelancer in the conversation (in `accounts` or sent before).",
      }),
    }),
    z.strictObject({
      id: PlatformId,
      kind: z.literal("FORUM_TOPIC"),
      title: Text(1, 300),
    }),
  ])
  .meta({
    id: "Thread",
    description: "A message thread between a job's client and one freelancer, or a community forum topic.",
  });

export type AccountInput = z.infer<typeof AccountInput>;
export type JobInput = z.infer<typeof JobInput>;
export type ThreadInput = z.infer<typeof ThreadInput>;

/** Objects a request may carry so that what it refers to exists: created or updated as needed. */
export const entityFields = {
  accounts: z.array(AccountInput).max(1000).optional(),
  jobs: z.array(JobInput).max(500).optional(),
  threads: z.array(ThreadInput).max(500).optional(),
};

export const EntityResult = z.object({ id: PlatformId, status: ItemStatus }).meta({ id: "EntityResult" });

/** Flags an id used twice in one array of one request: each item must be sent once. */
export function rejectDuplicateIds(
  ctx: z.RefinementCtx,
  arrays: Record<string, readonly { id: string }[] | undefined>,
): void {
  for (const [name, items] of Object.entries(arrays)) {
    if (!items) continue;
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [name, index, "id"],
          message: `Duplicate id "${item.id}" (also at ${name}[${first}]); send each item once.`,
        });
      } else {
        seen.set(item.id, index);
      }
    });
  }
}
