/** Half of a surrogate pair with no other half: not text, and PostgreSQL refuses to store it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function isWellFormedText(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(s);
}

/**
 * What is wrong with a string no column can hold, or null: PostgreSQL text cannot store NUL, and a
 * lone surrogate (half of an emoji, from a client that cut a string in the wrong place) is not text.
 * The one wording of both, for the API's schemas and the request boundary.
 */
export function unstorableText(s: string): string | null {
  if (s.includes("\u0000")) return "Must not contain NUL (\\u0000) characters.";
  if (!isWellFormedText(s)) return "Must be well-formed Unicode (a lone surrogate such as \\ud800 was sent).";
  return null;
}

/**
 * Every string in a parsed JSON value (and every object key) that no column can hold, with its path,
 * so a request is refused naming the field before any schema or query sees it.
 */
export function unstorableTextIn(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; detail: string }[] {
  if (typeof value === "string") {
    const detail = unstorableText(value);
    return detail ? [{ path, detail }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableTextIn(v, [...path, i]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const key = unstorableText(k);
      return key ? [{ path: [...path, k], detail: `The field name: ${key}` }] : unstorableTextIn(v, [...path, k]);
    });
  }
  return [];
}

/** Drops what cannot be searched for: NUL and lone surrogates. */
export function searchableText(s: string): string {
  return s.replace(/\u0000/g, "").replace(LONE_SURROGATE, "");
}

/** For a Zod `superRefine`: one issue when the string is text no column can hold. */
export function checkStorableText(
  s: string,
  ctx: { addIssue(issue: { code: "custom"; message: string }): void },
): void {
  const detail = unstorableText(s);
  if (detail) ctx.addIssue({ code: "custom", message: detail });
}
