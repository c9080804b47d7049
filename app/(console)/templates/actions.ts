"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/http/action";
import { templateInputSchema, templateRefSchema, templateUpdateSchema } from "@/lib/replies/schemas";
import { archiveTemplate, createTemplate, restoreTemplate, updateTemplate } from "@/lib/replies/templates";

// Each action checks template:manage against the role read from the database;
// the service checks it again, so no other caller can skip it.
const manage = "template:manage" as const;
const byId = (id: string) => ({ id });

export const createTemplateAction = defineAction(
  { permission: manage, input: templateInputSchema },
  async ({ actor, input }) => {
    const template = await createTemplate(actor, input);
    revalidatePath("/templates");
    return { message: `Template "${template.name}" created.`, data: { id: template.id } };
  },
);

export const updateTemplateAction = defineAction(
  { permission: manage, input: templateUpdateSchema },
  async ({ actor, input }) => {
    const { template, changed } = await updateTemplate(actor, input);
    revalidatePath("/templates");
    return {
      message: changed.length ? `Template "${template.name}" saved.` : "Nothing changed, so nothing was saved.",
      data: { id: template.id, version: template.version },
    };
  },
);

export const archiveTemplateAction = defineAction(
  { permission: manage, input: templateRefSchema, from: byId },
  async ({ actor, input }) => {
    const template = await archiveTemplate(actor, input);
    revalidatePath("/templates");
    return { message: `Template "${template.name}" archived. Agents no longer see it.`, data: { id: template.id } };
  },
);

export const restoreTemplateAction = defineAction(
  { permission: manage, input: templateRefSchema, from: byId },
  async ({ actor, input }) => {
    const template = await restoreTemplate(actor, input);
    revalidatePath("/templates");
    return { message: `Template "${template.name}" is back in use.`, data: { id: template.id } };
  },
);
