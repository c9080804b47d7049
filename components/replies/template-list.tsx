"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { archiveTemplateAction, restoreTemplateAction } from "@/app/(console)/templates/actions";
import { MarkedText } from "@/components/replies/marked-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { CATEGORY_LABELS } from "@/lib/cases/labels";

import { Badge, CategoryBadge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ComposerTemplate } from "@/lib/replies/composer";
import { useActionRunner } from "@/components/ui/use-action-runner";

export interface TemplateListItem extends ComposerTemplate {
  version: number;
  archivedAt: string | null;
  updatedAt: string;
  createdBy: string | null;
}

const AUDIENCE = {
  REPORTER: { label: "To reporters", tone: "accent" },
  REPORTED: { label: "To reported users", tone: "warning" },
  ANY: { label: "To anyone", tone: "neutral" },
} as const satisfies Record<string, { label: string; tone: BadgeTone }>;

export function TemplateList({ templates, canManage }: { templates: TemplateListItem[]; canManage: boolean }) {
  const { pending, run } = useActionRunner();
  const active = templates.filter((t) => !t.archivedAt);
  const archived = templates.filter((t) => t.archivedAt);

  function restore(t: TemplateListItem) {
    run(() => restoreTemplateAction(t.id));
  }

  function archive(t: TemplateListItem) {
    run(() => archiveTemplateAction(t.id), { undo: () => restore(t) });
  }

  return (
    <div className="space-y-6">
      <ul className="space-y-3" aria-label="Templates in use">
        {active.map((t) => (
          <li key={t.id} aria-labelledby={`template-${t.id}`} className="rounded-lg border border-border bg-surface">
            <TemplateCard
              t={t}
              actions={
                canManage ? (
                  <>
                    <Link
                      href={`/templates/${t.id}/edit`}
                      aria-label={`Edit ${t.name}`}
                      className="rounded-md border border-border-strong px-2.5 py-1 text-xs font-medium text-fg-soft hover:bg-surface-strong"
                    >
                      Edit
                    </Link>
                    <Button disabled={pending} onClick={() => archive(t)} aria-label={`Archive ${t.name}`} size="sm">
                      Archive
                    </Button>
                  </>
                ) : null
              }
            />
          </li>
        ))}
      </ul>

      {canManage && archived.length ? (
        <details className="rounded-lg border border-dashed border-border-strong bg-surface">
          <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-fg-soft select-none">
            Archived templates ({archived.length})
          </summary>
          <ul className="divide-y divide-border border-t border-border" aria-label="Archived templates">
            {archived.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-3 px-4 py-2 text-sm">
                <span>
                  <span className="font-medium text-fg">{t.name}</span>{" "}
                  <span className="text-xs text-muted">
                    archived <RelativeTime iso={t.archivedAt!} />
                  </span>
                </span>
                <Button disabled={pending} onClick={() => restore(t)} aria-label={`Restore ${t.name}`} size="sm">
                  Restore
                </Button>
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
          <h2 id={`template-${t.id}`} className="text-sm font-semibold text-fg">
            {t.name}
          </h2>
          <Badge tone={AUDIENCE[t.audience].tone}>{AUDIENCE[t.audience].label}</Badge>
          {fitsAll ? (
            <Badge>{t.categories.length ? "Every category" : "Any case"}</Badge>
          ) : (
            t.categories.map((c) => <CategoryBadge key={c} category={c} />)
          )}
        </div>
        {actions ? <div className="flex shrink-0 gap-2">{actions}</div> : null}
      </div>
      <p className="mt-1 text-sm text-fg-soft">
        <span className="text-muted">Subject:</span> <MarkedText text={t.subject} />
      </p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-xs text-accent-text select-none hover:underline">Show the text</summary>
        <p className="mt-2 rounded-md bg-surface-subtle px-3 py-2 leading-relaxed break-words whitespace-pre-wrap text-fg">
          <MarkedText text={t.body} />
        </p>
      </details>
      <p className="mt-1 text-xs text-muted">
        Version {t.version} · updated <RelativeTime iso={t.updatedAt} />
        {t.createdBy ? <> · created by {t.createdBy}</> : null}
      </p>
    </div>
  );
}
