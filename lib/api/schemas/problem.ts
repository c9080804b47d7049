import { z } from "zod";

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: "urn:tsc:problem:invalid" }),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          pointer: z.string().optional().meta({ description: "JSON Pointer into the body.", example: "/messages/3/sentAt" }),
          field: z.string().meta({ example: "messages[3].sentAt" }),
          in: z.enum(["body", "query", "path"]).optional(),
          detail: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });
