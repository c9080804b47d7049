import { z } from "@/lib/zod";

export const AccountIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .meta({ description: "The platform's own account id (the `id` it sent with the account).", example: "acc-17" }),
});

const STATUSES = ["ACTIVE", "RESTRICTED", "SUSPENDED"] as const;
const SCOPES = ["MESSAGING", "PROPOSALS", "JOB_POSTING"] as const;
const KINDS = ["WARNING", "RESTRICTION", "SUSPENSION", "BADGE_REMOVAL", "JOB_TAKEDOWN"] as const;

export const AccountStanding = z
  .object({
    id: z.string().meta({ description: "The platform's account id." }),
    handle: z.string(),
    status: z.enum(STATUSES),
    restriction: z
      .object({
        until: z.iso.datetime().nullable(),
        scopes: z.array(z.enum(SCOPES)).meta({ description: "What the account may not do while restricted." }),
      })
      .nullable()
      .meta({ description: "Set while the account is restricted; it lapses by itself at `until`." }),
    strikes: z.int().meta({ description: "Warnings standing against the account." }),
    openCaseCount: z
      .int()
      .meta({ description: "Open cases about the account, its jobs, its messages or its conversations." }),
    enforcements: z
      .array(
        z.object({
          id: z.string().meta({ description: "The enforcement's id: pass it as `enforcementId` to POST /appeals." }),
          kind: z.enum(KINDS),
          at: z.iso.datetime(),
          reason: z.string(),
          endsAt: z.iso.datetime().nullable(),
          scopes: z.array(z.enum(SCOPES)),
          badge: z.string().nullable(),
          jobId: z.string().nullable().meta({ description: "The platform's job id, for a job taken down." }),
          caseId: z.string().nullable().meta({ description: "The case it was decided on (GET /cases/{id})." }),
          reversedAt: z.iso.datetime().nullable(),
        }),
      )
      .meta({ description: "Everything done to the account and its jobs, newest first; reversed ones included." }),
  })
  .meta({ id: "AccountStanding" });

export type AccountStanding = z.infer<typeof AccountStanding>;
