import { z } from "@/lib/zod";

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: "urn:tsc:problem:invalid" }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    code: z.string().meta({
      description:
        "What kind of problem, to switch on (e.g. INVALID, NOT_FOUND, CONFLICT, RATE_LIMITED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, BAD_REQUEST).",
      example: "INVALID",
    }),
    errors: z
      .array(
        z.object({
          pointer: z
            .string()
            .optional()
            .meta({ description: "JSON Pointer into the body.", example: "/messages/3/sentAt" }),
          field: z.string().meta({ example: "messages[3].sentAt" }),
          in: z.enum(["body", "query", "path"]).optional(),
          detail: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });
