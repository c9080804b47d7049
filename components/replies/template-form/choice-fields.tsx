import type { UseFormRegister } from "react-hook-form";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import type { ReplyAudience } from "@/lib/generated/prisma/enums";
import { AUDIENCE_LABELS, FINDING_CATEGORIES, REPLY_AUDIENCES, type TemplateInput } from "@/lib/replies/schemas";
import { cn } from "@/lib/ui/cn";

const AUDIENCE_HINTS: Record<ReplyAudience, string> = {
  REPORTER: "People who reported something",
  REPORTED: "The account the case is about",
  ANY: "Either of them",
};

/** Who the template is written for: one of three, each with a line saying who that is. */
export function AudienceField({ register, value }: { register: UseFormRegister<TemplateInput>; value: ReplyAudience }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-fg-soft">Written for</legend>
      <div className="mt-1 grid gap-2 sm:grid-cols-3">
        {REPLY_AUDIENCES.map((a) => (
          <label
            key={a}
            className={cn(
              "flex cursor-pointer items-start gap-2 rounded-md border px-3 py-2 text-sm",
              value === a ? "border-accent bg-accent-subtle" : "border-border-strong",
            )}
          >
            <input type="radio" value={a} {...register("audience")} className="mt-0.5 accent-accent" />
            <span>
              <span className="block font-medium text-fg">{AUDIENCE_LABELS[a]}</span>
              <span className="block text-xs text-muted">{AUDIENCE_HINTS[a]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The case categories the template is suggested for (none: any case). */
export function CategoriesField({ register }: { register: UseFormRegister<TemplateInput> }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-fg-soft">Suggested for cases about</legend>
      <p className="text-xs text-muted">Tick none for a template that fits any case.</p>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {FINDING_CATEGORIES.map((c) => (
          <label key={c} className="flex items-center gap-1.5 text-sm text-fg">
            <input type="checkbox" value={c} {...register("categories")} className="accent-accent" />
            {CATEGORY_LABELS[c]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
