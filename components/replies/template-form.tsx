"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { toast } from "sonner";
import { createTemplateAction, updateTemplateAction } from "@/app/(console)/templates/actions";
import { MarkedText } from "@/components/replies/marked-text";
import { VariableReference } from "@/components/replies/variable-reference";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import type { FindingCategory, ReplyAudience } from "@/lib/generated/prisma/enums";
import {
  AUDIENCE_LABELS,
  FINDING_CATEGORIES,
  REPLY_AUDIENCES,
  TEMPLATE_LIMITS,
  fieldMessages,
  templateInputSchema,
  templateUpdateSchema,
} from "@/lib/replies/schemas";
import { renderTemplate, templateTextIssues } from "@/lib/replies/text";
import { REPLY_VARIABLES, type VariableName } from "@/lib/replies/variables";

export interface TemplateFormValues {
  name: string;
  audience: ReplyAudience;
  categories: FindingCategory[];
  subject: string;
  body: string;
}

interface Props {
  /** Present when editing: the template and the version the edit starts from. */
  existing?: TemplateFormValues & { id: string; version: number };
}

const FIELD =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 aria-[invalid=true]:border-red-400";
const AUDIENCE_HINTS: Record<ReplyAudience, string> = {
  REPORTER: "People who reported something",
  REPORTED: "The account the case is about",
  ANY: "Either of them",
};
const EXAMPLES = Object.fromEntries(REPLY_VARIABLES.map((v) => [v.name, v.example]));

type Field = "name" | "audience" | "categories" | "subject" | "body";

export function TemplateForm({ existing }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState<TemplateFormValues>(
    existing ?? {
      name: "",
      audience: "REPORTER",
      categories: [],
      subject: "",
      body: "Hi {{recipient_name}},\n\n\n\nBest wishes,\n{{agent_name}}\nTrust & Safety",
    },
  );
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastText = useRef<"subject" | "body">("body");

  // Variable mistakes are shown as soon as a field has been left once; the
  // rest after the first save attempt. The server checks it all again.
  const parsed = templateInputSchema.safeParse(values);
  const clientErrors: Partial<Record<Field, string[]>> = parsed.success ? {} : fieldMessages(parsed.error);
  const errorsFor = (field: Field): string[] => {
    if (serverErrors[field]?.length) return serverErrors[field]!;
    if (submitted) return clientErrors[field] ?? [];
    if ((field === "subject" || field === "body") && touched[field]) {
      return templateTextIssues(values[field]).map((i) => i.message);
    }
    return [];
  };

  function set<K extends keyof TemplateFormValues>(key: K, value: TemplateFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    setServerErrors((e) => ({ ...e, [key]: undefined }));
  }

  function insert(name: VariableName) {
    const field = lastText.current;
    const element = field === "subject" ? subjectRef.current : bodyRef.current;
    const token = `{{${name}}}`;
    const current = values[field];
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? current.length;
    set(field, current.slice(0, start) + token + current.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const schema = existing ? templateUpdateSchema : templateInputSchema;
    const result = schema.safeParse(existing ? { ...values, id: existing.id, version: existing.version } : values);
    if (!result.success) {
      const first = result.error.issues[0]?.path[0];
      toast.error("Some fields need attention.");
      if (typeof first === "string") document.getElementById(`template-${first}`)?.focus();
      return;
    }
    startTransition(async () => {
      const outcome = existing
        ? await updateTemplateAction({ ...values, id: existing.id, version: existing.version })
        : await createTemplateAction(values);
      if (outcome.ok) {
        toast.success(outcome.message);
        router.push("/templates");
        router.refresh();
      } else {
        setServerErrors(Object.fromEntries(Object.entries(outcome.fieldErrors ?? {}).map(([k, m]) => [k, [m]])));
        toast.error(outcome.error);
      }
    });
  }

  const sample = { subject: renderTemplate(values.subject, EXAMPLES), body: renderTemplate(values.body, EXAMPLES) };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form
        onSubmit={onSubmit}
        noValidate
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
        aria-label={existing ? `Edit ${existing.name}` : "New template"}
      >
        <TextField
          label="Template name"
          field="name"
          errors={errorsFor("name")}
          hint="How agents find it in the list, e.g. “Reporter · job taken down”."
        >
          {(props) => (
            <input
              {...props}
              value={values.name}
              maxLength={TEMPLATE_LIMITS.name}
              onChange={(e) => set("name", e.target.value)}
              className={FIELD}
            />
          )}
        </TextField>

        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Written for</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-3">
            {REPLY_AUDIENCES.map((a) => (
              <label
                key={a}
                className={`flex cursor-pointer items-start gap-2 rounded-md border px-3 py-2 text-sm ${values.audience === a ? "border-indigo-400 bg-indigo-50" : "border-slate-300"}`}
              >
                <input
                  type="radio"
                  name="audience"
                  value={a}
                  checked={values.audience === a}
                  onChange={() => set("audience", a)}
                  className="mt-0.5"
                />
                <span>
                  <span className="block font-medium text-slate-900">{AUDIENCE_LABELS[a]}</span>
                  <span className="block text-xs text-slate-500">{AUDIENCE_HINTS[a]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Suggested for cases about</legend>
          <p className="text-xs text-slate-500">Tick none for a template that fits any case.</p>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {FINDING_CATEGORIES.map((c) => (
              <label key={c} className="flex items-center gap-1.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  checked={values.categories.includes(c)}
                  onChange={(e) =>
                    set(
                      "categories",
                      e.target.checked ? [...values.categories, c] : values.categories.filter((x) => x !== c),
                    )
                  }
                />
                {CATEGORY_LABELS[c]}
              </label>
            ))}
          </div>
        </fieldset>

        <TextField label="Subject" field="subject" errors={errorsFor("subject")}>
          {(props) => (
            <input
              {...props}
              ref={subjectRef}
              value={values.subject}
              maxLength={TEMPLATE_LIMITS.subject}
              onChange={(e) => set("subject", e.target.value)}
              onFocus={() => (lastText.current = "subject")}
              onBlur={() => setTouched((t) => ({ ...t, subject: true }))}
              className={FIELD}
            />
          )}
        </TextField>

        <TextField
          label="Reply text"
          field="body"
          errors={errorsFor("body")}
          hint="Use {{variables}} from the list; [[gaps]] are filled by the agent before sending."
        >
          {(props) => (
            <textarea
              {...props}
              ref={bodyRef}
              value={values.body}
              rows={16}
              maxLength={TEMPLATE_LIMITS.body}
              onChange={(e) => set("body", e.target.value)}
              onFocus={() => (lastText.current = "body")}
              onBlur={() => setTouched((t) => ({ ...t, body: true }))}
              className={`${FIELD} font-mono text-[13px] leading-relaxed`}
            />
          )}
        </TextField>

        <div className="flex items-center gap-3 border-t border-slate-100 pt-4">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 disabled:opacity-60"
          >
            {pending ? "Saving…" : existing ? "Save changes" : "Create template"}
          </button>
          <Link href="/templates" className="text-sm text-slate-600 hover:underline">
            Cancel
          </Link>
        </div>
      </form>

      <div className="space-y-4">
        <section aria-labelledby="sample-heading" className="rounded-lg border border-slate-200 bg-white">
          <h2 id="sample-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-semibold text-slate-900">
            Sample with example values
          </h2>
          <div className="px-4 py-3 text-sm">
            <p className="font-medium text-slate-900">
              <MarkedText text={sample.subject || "No subject yet"} />
            </p>
            <p className="mt-2 max-h-80 overflow-y-auto leading-relaxed break-words whitespace-pre-wrap text-slate-700">
              <MarkedText text={sample.body} />
            </p>
          </div>
        </section>
        <VariableReference onInsert={insert} />
      </div>
    </div>
  );
}

interface FieldProps {
  id: string;
  name: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

function TextField({
  label,
  field,
  errors,
  hint,
  children,
}: {
  label: string;
  field: Field;
  errors: string[];
  hint?: string;
  children: (props: FieldProps) => ReactNode;
}) {
  const id = `template-${field}`;
  const noteId = `${id}-note`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({
        id,
        name: field,
        "aria-invalid": errors.length ? true : undefined,
        "aria-describedby": errors.length || hint ? noteId : undefined,
      })}
      <div id={noteId}>
        {errors.length ? (
          <ul className="mt-1 space-y-0.5 text-xs text-red-700" role="alert">
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : hint ? (
          <p className="mt-1 text-xs text-slate-500">{hint}</p>
        ) : null}
      </div>
    </div>
  );
}
