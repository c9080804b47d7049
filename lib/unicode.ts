/** Half of a surrogate pair with no other half: not text, and PostgreSQL refuses to store it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function isWellFormedText(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(s);
}

/** Drops what cannot be searched for: NUL and lone surrogates. */
export function searchableText(s: string): string {
  return s.replace(/\u0000/g, "").replace(LONE_SURROGATE, "");
}
