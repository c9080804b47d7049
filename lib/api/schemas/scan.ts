import { z } from "@/lib/zod";
import { PlatformId, Text } from "@/lib/api/schemas/common";
import { CATEGORIES } from "@/lib/detection/types";
import { VERDICTS } from "@/lib/scanning/verdict";

/** The longest text the pre-send check reads (a message being typed; stored messages may be longer). */
export const SCAN_MAX_TEXT = 20_000;
/** The largest body the pre-send check accepts: the text and a little JSON around it. */
export const SCAN_MAX_BODY_BYTES = 128 * 1024;

export const ScanRequest = z
  .strictObject({
    text: Text(0, SCAN_MAX_TEXT).meta({ description: "The message as the user wrote it (not stored)." }),
    contractActive: z.boolean().meta({
      description: "Whether a contract between the two parties is in force now (contact details are allowed then).",
    }),
    threadId: PlatformId.optional().meta({
      description:
        'The thread the message will be sent in (sent before with POST /messages): its participants and last few messages are read as context, so an @mention of the other party is not a contact handle and an answer to "what\'s your number?" is read as one.',
    }),
    authorId: PlatformId.optional().meta({
      description: "The account writing the message; must be a participant of `threadId`.",
    }),
  })
  .superRefine((r, ctx) => {
    if (r.authorId !== undefined && r.threadId === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["authorId"],
        message: "Send `threadId` with `authorId`: the author is read as a participant of that thread.",
      });
  })
  .meta({
    id: "ScanRequest",
    description: "A message about to be sent, checked by the detector. Nothing is stored.",
  });

export type ScanRequest = z.infer<typeof ScanRequest>;

export const ScanFinding = z
  .object({
    category: z.enum(CATEGORIES),
    ruleId: z.string().meta({ description: "Stable identifier of the rule that fired." }),
    start: z.number().int().meta({ description: "Start of the span in `text` (JavaScript string index)." }),
    end: z.number().int().meta({ description: "End of the span (exclusive)." }),
    value: z
      .string()
      .nullable()
      .meta({ description: "Normalised evidence: E.164 phone, lower-cased e-mail, handle, URL or a named service." }),
    violation: z
      .boolean()
      .meta({ description: "False when the policy allows it in context (e.g. contact details under a contract)." }),
    severity: z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]),
    explanation: z.string().meta({ description: "One sentence saying why it fired." }),
  })
  .meta({ id: "ScanFinding", description: "One finding, in the shape `npm run detect` prints." });

export const ScanResult = z
  .object({
    verdict: z.enum(VERDICTS).meta({
      description:
        "`hold`: keep the message for review (off-platform payment, personal-data request, or contact details before a contract, at high severity). `warn`: any other violation; warn the writer before sending. `allow`: nothing violates.",
    }),
    findings: z.array(ScanFinding),
  })
  .meta({ id: "ScanResult" });

export type ScanResult = z.infer<typeof ScanResult>;
