import type { FindingCategory, ReplyAudience } from "@/lib/generated/prisma/enums";

// Pure: which templates to offer first for a case and a recipient.

export interface SuggestibleTemplate {
  name: string;
  audience: ReplyAudience;
  categories: FindingCategory[];
}

/** A template written for this kind of recipient (or for anyone). */
export function fitsAudience(
  template: Pick<SuggestibleTemplate, "audience">,
  audience: Exclude<ReplyAudience, "ANY">,
): boolean {
  return template.audience === "ANY" || template.audience === audience;
}

/**
 * Splits the templates that fit the recipient into those suggested for the
 * case (they share a category with it, or are general: no category) and the
 * rest. Suggestions are ordered by how many of the case's categories they
 * cover, then written-for-this-audience before written-for-anyone, then name.
 * Templates written for the other kind of recipient are left out.
 */
export function suggestTemplates<T extends SuggestibleTemplate>(
  templates: readonly T[],
  audience: Exclude<ReplyAudience, "ANY">,
  caseCategories: readonly FindingCategory[],
): { suggested: T[]; others: T[] } {
  const scored = templates
    .filter((t) => fitsAudience(t, audience))
    .map((t) => {
      const overlap = t.categories.filter((c) => caseCategories.includes(c)).length;
      const general = t.categories.length === 0;
      return { t, overlap, general, exact: t.audience === audience };
    });
  const byName = (a: { t: T }, b: { t: T }) => a.t.name.localeCompare(b.t.name);
  const suggested = scored
    .filter((s) => s.overlap > 0 || s.general)
    .sort((a, b) => b.overlap - a.overlap || Number(b.exact) - Number(a.exact) || byName(a, b))
    .map((s) => s.t);
  const others = scored
    .filter((s) => s.overlap === 0 && !s.general)
    .sort(byName)
    .map((s) => s.t);
  return { suggested, others };
}
