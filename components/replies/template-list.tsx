"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { toast } from "sonner";
import { archiveTemplateAction, restoreTemplateAction } from "@/app/(console)/templates/actions";
import { MarkedText } from "@/components/replies/marked-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import type { FindingCategory, ReplyAudience } from "@/lib/generated/prisma/enums";

export interface TemplateListItem {
  id: string;
  name: string;
  audience: ReplyAudience;
  categories: FindingCategory[];
  subject: string;
  body: string;
  version: number;
  archivedAt: string | null;
  updatedAt: string;
  createdBy: string | null;
}

const AUDIENCE = {
  REPORTER: { label: "To reporters", className: "border-sky-200 bg-sky-50 text-sky-900" },
  REPORTED: { label: "To reported users", className: "border-violet-200 bg-violet-50 text-violet-900" },
  ANY: { label: "To anyone", className: "border-slate-200 bg-slate-50 text-slate-700" },
} as const;

export function TemplateList({ templates, canManage }: { templates: TemplateListItem[]; canManage: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const active = templates.filter((t) => !t.archivedAt);
  const archived = templates.filter((t) => t.archivedAt);

  function restore(t: TemplateListItem) {
    startTransition(async () => {
      const result = await restoreTemplateAction(t.id);
      if (result.ok) toast.success(result.message);
      else toast.error(result.error);
      router.refresh();
    });
  }

  function archive(t: TemplateListItem) {
    startTransition(async () => {
      const result = await archiveTemplateAction(t.id);
      if (result.ok) toast.success(result.message, { action: { label: "Undo", onClick: () => restore(t) } });
      else toast.error(result.error);
      router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      <ul className="space-y-3" aria-label="Templates in use">
        {active.map((t) => (
          <li key={t.id} aria-labelledby={`template-${t.id}`} className="rounded-lg border border-slate-200 bg-white">
            <TemplateCard
              t={t}
              actions={
                canManage ? (
                  <>
                    <Link
                      href={`/templates/${t.id}/edit`}
                      aria-label={`Edit ${t.name}`}
                      className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100"
                    >
                      Edit
                    </Link>
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => archive(t)}
                      aria-label={`Archive ${t.name}`}
                      className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
                    >
                      Archive
                    </button>
                  </>
                ) : null
              }
            />
          </li>
        ))}
      </ul>

      {canManage && archived.length ? (
        <details className="rounded-lg border border-dashed border-slate-300 bg-white">
          <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-700 select-none">
            Archived templates ({archived.length})
          </summary>
          <ul className="divide-y divide-slate-100 border-t border-slate-200" aria-label="Archived templates">
            {archived.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-3 px-4 py-2 text-sm">
                <span>
                  <span className="font-medium text-slate-800">{t.name}</span>{" "}
                  <span className="text-xs text-slate-500">
                    archived <RelativeTime iso={t.archivedAt!} />
                  </span>
                </span>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => restore(t)}
                  aria-label={`Restore ${t.name}`}
                  className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function TemplateCard({ t, actions }: { t: TemplateListItem; actions: ReactNode }) {
  const fitsAll = t.categories.length === 0 || t.categories.length === Object.keys(CATEGORY_LABELS).length;
  return (
    <div className="px-4 py-3">
      <div className="flex items-start gap-3">
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
          <h2 id={`template-${t.id}`} className="text-sm font-semibold text-slate-900">
            {t.name}
          </h2>
          <span className={`rounded border px-1.5 py-0.5 text-xs font-medium ${AUDIENCE[t.audience].className}`}>
            {AUDIENCE[t.audience].label}
          </span>
          {fitsAll ? (
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-500">
              {t.categories.length ? "Every category" : "Any case"}
            </span>
          ) : (
            t.categories.map((c) => (
              <span key={c} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                {CATEGORY_LABELS[c]}
              </span>
            ))
          )}
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>
      <p className="mt-1 text-sm text-slate-700">
        <span className="text-slate-500">Subject:</span> <MarkedText text={t.subject} />
      </p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-xs text-indigo-700 select-none hover:underline">Show the text</summary>
        <p className="mt-2 rounded-md bg-slate-50 px-3 py-2 leading-relaxed break-words whitespace-pre-wrap text-slate-800">
          <MarkedText text={t.body} />
        </p>
      </details>
      <p className="mt-1 text-xs text-slate-500">
        Version {t.version} · updated <RelativeTime iso={t.updatedAt} />
        {t.createdBy ? <> · created by {t.createdBy}</> : null}
      </p>
    </div>
  );
}
