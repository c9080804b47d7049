import { z } from "@/lib/zod";

export const CONSOLE_ROLES = ["MODERATOR", "STAFF", "SUPPORT", "ADMIN"] as const;

export const createConsoleUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(2, "Enter the person's name.").max(100),
  role: z.enum(CONSOLE_ROLES, { message: "Choose a role." }),
  password: z.string().min(12, "Use at least 12 characters.").max(200),
});

export type CreateConsoleUserInput = z.infer<typeof createConsoleUserSchema>;

export const setActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.boolean(),
});
