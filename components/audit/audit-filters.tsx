import type { AuditFilter } from "@/lib/audit/filters";
import { AUDIT_ACTION_LABELS, SUBJECT_LABELS } from "@/lib/cases/labels";
import { SubjectType, type AuditAction } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { EnumOptions } from "@/components/ui/enum-options";

const FIELD = "mt-1 block w-full rounded-md border border-border-strong bg-surface px-2 py-1.5 text-sm";

/** A plain GET form: filters live in the URL, so a filtered view can be shared and exported. */
/** `actions`: the kinds of event this viewer may read (lib/audit/visibility.ts). */
export function AuditFilters({ filter, actions }: { filter: AuditFilter; actions: readonly AuditAction[] }) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Filter the audit log"
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-border bg-surface p-3 md:grid-cols-6"
    >
      <div>
        <label htmlFor="audit-actor" className="text-xs font-medium text-fg-soft">
          Actor
        </label>
        <input
          id="audit-actor"
          name="actor"
          defaultValue={filter.actor ?? ""}
          placeholder="name or email"
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor="audit-action" className="text-xs font-medium text-fg-soft">
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className={FIELD}>
          <option value="">Any</option>
          <EnumOptions values={actions} labels={AUDIT_ACTION_LABELS} />
        </select>
      </div>
      <div>
        <label htmlFor="audit-subject-type" className="text-xs font-medium text-fg-soft">
          Subject
        </label>
        <select id="audit-subject-type" name="subjectType" defaultValue={filter.subjectType ?? ""} className={FIELD}>
          <option value="">Any</option>
          <EnumOptions values={Object.values(SubjectType)} labels={SUBJECT_LABELS} />
        </select>
      </div>
      <div>
        <label htmlFor="audit-subject-id" className="text-xs font-medium text-fg-soft">
          Subject id
        </label>
        <input id="audit-subject-id" name="subjectId" defaultValue={filter.subjectId ?? ""} className={FIELD} />
      </div>
      <div>
        <label htmlFor="audit-from" className="text-xs font-medium text-fg-soft">
          From
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} className={FIELD} />
      </div>
      <div>
        <label htmlFor="audit-to" className="text-xs font-medium text-fg-soft">
          To
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className={FIELD} />
      </div>
      <div className="col-span-2 flex gap-2 md:col-span-6">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <a
          href="/audit"
          className="rounded-md border border-border-strong px-3 py-1.5 text-sm text-fg-soft hover:bg-surface-subtle"
        >
          Clear
        </a>
      </div>
    </form>
  );
}
