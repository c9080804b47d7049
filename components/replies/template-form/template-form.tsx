"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import {
  FIELDS,
  NEW_TEMPLATE,
  messages,
  type FieldName,
  type TemplateFormValues,
} from "@/components/replies/template-form/values";
import { toast } from "sonner";
import { createTemplateAction, updateTemplateAction } from "@/app/(console)/templates/actions";
import { AudienceField, CategoriesField } from "@/components/replies/template-form/choice-fields";
import { TemplateSample } from "@/components/replies/template-form/template-sample";
import { VariableReference } from "@/components/replies/variable-reference";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { TEMPLATE_LIMITS, templateInputSchema, type TemplateInput } from "@/lib/replies/schemas";
import { templateTextIssues } from "@/lib/replies/text";
import type { VariableName } from "@/lib/replies/variables";

interface Props {
  /** Present when editing: the template and the version the edit starts from. */
  existing?: TemplateFormValues & { id: string; version: number };
}

/** A reply template: react-hook-form over the shared `templateInputSchema`, checked again by the server. */
export function TemplateForm({ existing }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const form = useForm<TemplateInput>({
    resolver: zodResolver(templateInputSchema),
    criteriaMode: "all",
    shouldFocusError: false,
    defaultValues: existing ? Object.fromEntries(FIELDS.map((f) => [f, existing[f]])) : NEW_TEMPLATE,
  });
  const { register, control, setValue, getValues, formState } = form;
  const [audience, subject, body] = useWatch({ control, name: ["audience", "subject", "body"] });
  const [lastText, setLastText] = useState<"subject" | "body">("body");

  // Variable mistakes are shown as soon as a field has been left once; the
  // rest after the first save attempt. The server checks it all again.
  const errorsFor = (field: FieldName): string[] => {
    const error = formState.errors[field] as FieldError | undefined;
    if (formState.isSubmitted || error?.type === "server") return messages(error);
    if ((field === "subject" || field === "body") && formState.touchedFields[field]) {
      return templateTextIssues(field === "subject" ? subject : body).map((i) => i.message);
    }
    return [];
  };

  function insert(name: VariableName) {
    const field = lastText;
    const element = document.getElementById(`template-${field}`) as HTMLInputElement | HTMLTextAreaElement | null;
    const token = `{{${name}}}`;
    const current = getValues(field);
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? current.length;
    setValue(field, current.slice(0, start) + token + current.slice(end), {
      shouldDirty: true,
      shouldValidate: formState.isSubmitted,
    });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  const onSubmit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        const outcome = existing
          ? await updateTemplateAction({ ...values, id: existing.id, version: existing.version })
          : await createTemplateAction(values);
        if (outcome.ok) {
          toast.success(outcome.message);
          router.push("/templates");
          router.refresh();
        } else {
          for (const [key, message] of Object.entries(outcome.fieldErrors ?? {}))
            if ((FIELDS as string[]).includes(key)) form.setError(key as FieldName, { type: "server", message });
          toast.error(outcome.error);
        }
      }),
    (errors) => {
      toast.error("Some fields need attention.");
      const first = FIELDS.find((f) => errors[f]);
      if (first) document.getElementById(`template-${first}`)?.focus();
    },
  );

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form
        onSubmit={onSubmit}
        noValidate
        className="min-w-0 space-y-4 rounded-lg border border-border bg-surface p-5"
        aria-label={existing ? `Edit ${existing.name}` : "New template"}
      >
        <Field
          label="Template name"
          id="template-name"
          error={errorsFor("name")}
          hint="How agents find it in the list, e.g. “Reporter · job taken down”."
        >
          <Input maxLength={TEMPLATE_LIMITS.name} {...register("name")} />
        </Field>
        <AudienceField register={register} value={audience} />
        <CategoriesField register={register} />
        <Field label="Subject" id="template-subject" error={errorsFor("subject")}>
          <Input maxLength={TEMPLATE_LIMITS.subject} {...register("subject")} onFocus={() => setLastText("subject")} />
        </Field>
        <Field
          label="Reply text"
          id="template-body"
          error={errorsFor("body")}
          hint="Use {{variables}} from the list; [[gaps]] are filled by the agent before sending."
        >
          <Textarea
            rows={16}
            maxLength={TEMPLATE_LIMITS.body}
            className="font-mono text-[13px]"
            {...register("body")}
            onFocus={() => setLastText("body")}
          />
        </Field>

        <div className="flex items-center gap-3 border-t border-border pt-4">
          <Button type="submit" variant="primary" loading={pending}>
            {pending ? "Saving…" : existing ? "Save changes" : "Create template"}
          </Button>
          <ButtonLink href="/templates" variant="ghost">
            Cancel
          </ButtonLink>
        </div>
      </form>

      <div className="min-w-0 space-y-4">
        <TemplateSample subject={subject} body={body} />
        <VariableReference onInsert={insert} />
      </div>
    </div>
  );
}
