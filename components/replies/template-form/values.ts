import type { FieldError } from "react-hook-form";
import type { FindingCategory, ReplyAudience } from "@/lib/generated/prisma/enums";

export interface TemplateFormValues {
  name: string;
  audience: ReplyAudience;
  categories: FindingCategory[];
  subject: string;
  body: string;
}

export type FieldName = keyof TemplateFormValues;
export const FIELDS: FieldName[] = ["name", "audience", "categories", "subject", "body"];
export const NEW_TEMPLATE: TemplateFormValues = {
  name: "",
  audience: "REPORTER",
  categories: [],
  subject: "",
  body: "Hi {{recipient_name}},\n\n\n\nBest wishes,\n{{agent_name}}\nTrust & Safety",
};

/** Every message of a field's error (the form shows them all, not just the first). */
export function messages(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = Object.values(error.types ?? {}).flatMap((m) => (Array.isArray(m) ? m : [m]));
  return [...new Set([error.message, ...all].filter((m): m is string => typeof m === "string" && m !== ""))];
}
