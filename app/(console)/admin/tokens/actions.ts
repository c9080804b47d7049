"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/service";
import type { CreateApiTokenInput } from "@/lib/api-tokens/schemas";
import { requireActor } from "@/lib/auth/session";

export async function createApiTokenAction(input: CreateApiTokenInput) {
  return runAction(async () => {
    const actor = await requireActor("api-tokens:manage");
    const created = await createApiToken(actor, input);
    revalidatePath("/admin/tokens");
    // The only time the token leaves the server in clear text.
    return { message: `Token “${created.name}” created. Copy it now: it is shown only once.`, data: { name: created.name, token: created.token } };
  });
}

export async function revokeApiTokenAction(tokenId: string) {
  return runAction(async () => {
    const actor = await requireActor("api-tokens:manage");
    const token = await revokeApiToken(actor, { tokenId });
    revalidatePath("/admin/tokens");
    return {
      message: token.alreadyRevoked ? `“${token.name}” was already revoked.` : `“${token.name}” is revoked; calls using it are refused from now on.`,
      data: undefined,
    };
  });
}
