"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { createConsoleUserSchema, setActiveSchema } from "@/lib/admin/console-users/schemas";
import { createConsoleUser, setConsoleUserActive, signOutEverywhere } from "@/lib/admin/console-users/service";
import { z } from "@/lib/zod";

export const createConsoleUserAction = defineAction(
  { permission: "users:manage", input: createConsoleUserSchema },
  async ({ actor, input }) => {
    const user = await createConsoleUser(actor, input);
    revalidatePath("/admin/users");
    return { message: `${user.name} can now sign in as ${user.role.toLowerCase()}.`, data: undefined };
  },
);

export const setConsoleUserActiveAction = defineAction(
  {
    permission: "users:manage",
    input: setActiveSchema,
    from: (userId: string, active: boolean) => ({ userId, active }),
  },
  async ({ actor, input }) => {
    const user = await setConsoleUserActive(actor, input);
    revalidatePath("/admin/users");
    return {
      message: input.active ? `${user.name} is active again.` : `${user.name} is deactivated and signed out.`,
      data: undefined,
    };
  },
);

export const signOutEverywhereAction = defineAction(
  {
    permission: "users:manage",
    input: z.object({ userId: z.string().min(1) }),
    from: (userId: string) => ({ userId }),
  },
  async ({ actor, input }) => {
    const user = await signOutEverywhere(actor, input.userId);
    revalidatePath("/admin/users");
    return { message: `${user.name} is signed out on every device.`, data: undefined };
  },
);
