import { z } from "@/lib/zod";

export const createApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Name the token after who uses it, e.g. “Marketplace production”.")
    .max(80, "Keep the name under 80 characters."),
});

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.string().min(1) });
