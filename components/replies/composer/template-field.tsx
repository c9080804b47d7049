import { Field, Select } from "@/components/ui/field";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import type { FindingCategory } from "@/lib/generated/prisma/enums";
import type { ComposerTemplate } from "@/lib/replies/composer";
import { NamedOptions } from "@/components/ui/enum-options";

export function TemplateField({
  groups,
  caseCategories,
  value,
  onChange,
}: {
  groups: { suggested: ComposerTemplate[]; others: ComposerTemplate[] } | null;
  caseCategories: FindingCategory[];
  value: string;
  onChange: (id: string) => void;
}) {
  const about = caseCategories.length
    ? caseCategories.map((c) => CATEGORY_LABELS[c].toLowerCase()).join(", ")
    : "this case";
  return (
    <Field
      label="Template"
      hint={
        groups?.suggested.length
          ? `${groups.suggested.length} suggested for ${about} and this recipient.`
          : "No template fits this case; write your own or pick another."
      }
    >
      <Select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">No template: write your own</option>
        {groups?.suggested.length ? (
          <optgroup label="Suggested for this case">
            <NamedOptions items={groups.suggested} />
          </optgroup>
        ) : null}
        {groups?.others.length ? (
          <optgroup label="Other templates">
            <NamedOptions items={groups.others} />
          </optgroup>
        ) : null}
      </Select>
    </Field>
  );
}
