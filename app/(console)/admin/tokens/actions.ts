"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/admin/api-tokens/schemas";
import { createApiToken, revokeApiToken } from "@/lib/admin/api-tokens/service";

export const createApiTokenAction = defineAction(
  { permission: "api-tokens:manage", input: createApiTokenSchema },
  async ({ actor, input }) => {
    const created = await createApiToken(actor, input);
    revalidatePath("/admin/tokens");
    // The only time the token leaves the server in clear text.
    return {
      message: `Token “${created.name}” created. Copy it now: it is shown only once.`,
      data: { name: created.name, token: created.token },
    };
  },
);

export const revokeApiTokenAction = defineAction(
  { permission: "api-tokens:manage", input: revokeApiTokenSchema, from: (tokenId: string) => ({ tokenId }) },
  async ({ actor, input }) => {
    const token = await revokeApiToken(actor, input);
    revalidatePath("/admin/tokens");
    return {
      message: token.alreadyRevoked
        ? `“${token.name}” was already revoked.`
        : `“${token.name}” is revoked; calls using it are refused from now on.`,
      data: undefined,
    };
  },
);
