import type { AuditFilter } from "@/lib/audit/filters";
import { AUDIT_ACTION_LABELS, SUBJECT_LABELS } from "@/lib/cases/labels";
import { SubjectType, type AuditAction } from "@/lib/generated/prisma/enums";
import { Button, buttonVariants } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { EnumOptions } from "@/components/ui/enum-options";

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
      <Field label="Actor" id="audit-actor">
        <Input name="actor" defaultValue={filter.actor ?? ""} placeholder="name or email" />
      </Field>
      <Field label="Action" id="audit-action">
        <Select name="action" defaultValue={filter.action ?? ""}>
          <EnumOptions any values={actions} labels={AUDIT_ACTION_LABELS} />
        </Select>
      </Field>
      <Field label="Subject" id="audit-subject-type">
        <Select name="subjectType" defaultValue={filter.subjectType ?? ""}>
          <EnumOptions any values={Object.values(SubjectType)} labels={SUBJECT_LABELS} />
        </Select>
      </Field>
      <Field label="Subject id" id="audit-subject-id">
        <Input name="subjectId" defaultValue={filter.subjectId ?? ""} />
      </Field>
      <Field label="From" id="audit-from">
        <Input name="from" type="date" defaultValue={filter.from ?? ""} />
      </Field>
      <Field label="To" id="audit-to">
        <Input name="to" type="date" defaultValue={filter.to ?? ""} />
      </Field>
      <div className="col-span-2 flex gap-2 md:col-span-6">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        {/* A full load, not a client navigation: the inputs are uncontrolled and must start empty again. */}
        <a href="/audit" className={buttonVariants()}>
          Clear
        </a>
      </div>
    </form>
  );
}
