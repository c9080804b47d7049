"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/session";
import type { TemplateInput, TemplateUpdateInput } from "@/lib/replies/schemas";
import { archiveTemplate, createTemplate, restoreTemplate, updateTemplate } from "@/lib/replies/templates";

// Each action checks template:manage against the role read from the database;
// the service checks it again, so no other caller can skip it.

export async function createTemplateAction(input: TemplateInput) {
  return runAction(async () => {
    const actor = await requireActor("template:manage");
    const template = await createTemplate(actor, input);
    revalidatePath("/templates");
    return { message: `Template "${template.name}" created.`, data: { id: template.id } };
  });
}

export async function updateTemplateAction(input: TemplateUpdateInput) {
  return runAction(async () => {
    const actor = await requireActor("template:manage");
    const { template, changed } = await updateTemplate(actor, input);
    revalidatePath("/templates");
    return {
      message: changed.length ? `Template "${template.name}" saved.` : "Nothing changed, so nothing was saved.",
      data: { id: template.id, version: template.version },
    };
  });
}

export async function archiveTemplateAction(id: string) {
  return runAction(async () => {
    const actor = await requireActor("template:manage");
    const template = await archiveTemplate(actor, { id });
    revalidatePath("/templates");
    return { message: `Template "${template.name}" archived. Agents no longer see it.`, data: { id: template.id } };
  });
}

export async function restoreTemplateAction(id: string) {
  return runAction(async () => {
    const actor = await requireActor("template:manage");
    const template = await restoreTemplate(actor, { id });
    revalidatePath("/templates");
    return { message: `Template "${template.name}" is back in use.`, data: { id: template.id } };
  });
}
