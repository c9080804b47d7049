"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/session";
import { createConsoleUser, setConsoleUserActive } from "@/lib/console-users/service";
import type { CreateConsoleUserInput } from "@/lib/console-users/schemas";

export async function createConsoleUserAction(input: CreateConsoleUserInput) {
  return runAction(async () => {
    const actor = await requireActor("users:manage");
    const user = await createConsoleUser(actor, input);
    revalidatePath("/admin/users");
    return { message: `${user.name} can now sign in as ${user.role.toLowerCase()}.`, data: undefined };
  });
}

export async function setConsoleUserActiveAction(userId: string, active: boolean) {
  return runAction(async () => {
    const actor = await requireActor("users:manage");
    const user = await setConsoleUserActive(actor, { userId, active });
    revalidatePath("/admin/users");
    return {
      message: active ? `${user.name} is active again.` : `${user.name} is deactivated and signed out.`,
      data: undefined,
    };
  });
}
