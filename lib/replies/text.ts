import { VARIABLE_NAMES, isVariableName, variableLabel, type VariableValues } from "@/lib/replies/variables";

// Pure: how template text is read, checked and filled. `{{name}}` is a
// variable the console fills from the case; `[[anything]]` is a gap the
// agent fills by hand before the reply can be sent.

export interface TextPosition {
  /** 0-based offset into the text. */
  index: number;
  /** 1-based line and column, as an editor shows them. */
  line: number;
  column: number;
}

export type TextIssueCode =
  "unknown-variable" | "empty-variable" | "unclosed-variable" | "unfilled-variable" | "placeholder";

export interface TextIssue extends TextPosition {
  code: TextIssueCode;
  /** The text at fault, e.g. `{{recipent_name}}` or `[[reason]]`. */
  token: string;
  message: string;
}

interface Token {
  raw: string;
  inner: string;
  start: number;
}

const VARIABLE = /\{\{([^{}\n]*)\}\}/g;
const PLACEHOLDER = /\[\[([^[\]\n]*)\]\]/g;

export function positionAt(text: string, index: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { index, line, column: index - lineStart + 1 };
}

function where(p: TextPosition): string {
  return `line ${p.line}, column ${p.column}`;
}

function tokens(text: string, pattern: RegExp): Token[] {
  return [...text.matchAll(pattern)].map((m) => ({ raw: m[0], inner: (m[1] ?? "").trim(), start: m.index ?? 0 }));
}

/** `{{` openers that no `}}` closes on the same line. */
function unclosedOpeners(text: string): number[] {
  const blanked = text.replace(VARIABLE, (m) => " ".repeat(m.length));
  const found: number[] = [];
  for (let i = blanked.indexOf("{{"); i !== -1; i = blanked.indexOf("{{", i + 2)) found.push(i);
  return found;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known variable a mistyped name most likely meant, if one is close. */
export function closestVariable(name: string): string | null {
  const lower = name.toLowerCase().replace(/[\s-]+/g, "_");
  // A shortened name ("case_ref", "recipient") means the one it starts.
  const extended = lower.length >= 3 ? VARIABLE_NAMES.filter((known) => known.startsWith(lower)) : [];
  if (extended.length === 1) return extended[0]!;
  let best: { name: string; distance: number } | null = null;
  for (const known of VARIABLE_NAMES) {
    const distance = editDistance(lower, known);
    if (!best || distance < best.distance) best = { name: known, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : null;
}

function sorted(issues: TextIssue[]): TextIssue[] {
  return issues.sort((a, b) => a.index - b.index);
}

/**
 * What keeps a template from being saved: an unknown, empty or unclosed
 * variable, each with its line and column. Placeholders are allowed here;
 * they are the template's gaps for the agent.
 */
export function templateTextIssues(text: string): TextIssue[] {
  const issues: TextIssue[] = [];
  for (const t of tokens(text, VARIABLE)) {
    if (isVariableName(t.inner)) continue;
    const p = positionAt(text, t.start);
    if (!t.inner) {
      issues.push({
        ...p,
        code: "empty-variable",
        token: t.raw,
        message: `Empty variable ${t.raw} at ${where(p)}: put a variable name between the braces.`,
      });
      continue;
    }
    const guess = closestVariable(t.inner);
    issues.push({
      ...p,
      code: "unknown-variable",
      token: t.raw,
      message: `Unknown variable ${t.raw} at ${where(p)}. ${guess ? `Did you mean {{${guess}}}?` : `Use one of: ${VARIABLE_NAMES.join(", ")}.`}`,
    });
  }
  issues.push(...unclosedIssues(text, (at) => `"{{" at ${at} is never closed with "}}" on the same line.`));
  return sorted(issues);
}

/** A `{{` never closed on its line, each said the way the caller's `message` says it. */
function unclosedIssues(text: string, message: (at: string) => string): TextIssue[] {
  return unclosedOpeners(text).map((index) => {
    const p = positionAt(text, index);
    return { ...p, code: "unclosed-variable", token: "{{", message: message(where(p)) };
  });
}

/** The `[[placeholders]]` still in a text, in order. */
export function placeholdersIn(text: string): (TextPosition & { token: string; label: string })[] {
  return tokens(text, PLACEHOLDER).map((t) => ({ ...positionAt(text, t.start), token: t.raw, label: t.inner }));
}

/**
 * What keeps a reply from being sent: a `[[placeholder]]` nobody filled, or
 * a `{{variable}}` (or a stray `{{`) the recipient would see verbatim.
 */
export function sendTextIssues(text: string): TextIssue[] {
  const issues: TextIssue[] = placeholdersIn(text).map((p) => ({
    index: p.index,
    line: p.line,
    column: p.column,
    code: "placeholder" as const,
    token: p.token,
    message: `Fill in ${p.token} at ${where(p)} before sending.`,
  }));
  for (const t of tokens(text, VARIABLE)) {
    const p = positionAt(text, t.start);
    issues.push({
      ...p,
      code: "unfilled-variable",
      token: t.raw,
      message: `${t.raw} at ${where(p)} would reach the recipient as written; replace it with the text you mean.`,
    });
  }
  issues.push(...unclosedIssues(text, (at) => `Stray "{{" at ${at}; remove it or finish the text.`));
  return sorted(issues);
}

/** A `[[gap]]` for a variable the case could not fill, named so the agent knows what goes there. */
export function placeholderFor(name: string): string {
  return `[[${isVariableName(name) ? variableLabel(name) : name}]]`;
}

/**
 * Fills every known variable in one pass. Values are inserted as they are
 * and never read again, so a display name that itself looks like
 * `{{agent_name}}` stays literal text. A variable without a value becomes a
 * `[[placeholder]]`, which blocks sending until the agent fills it.
 */
export function renderTemplate(text: string, values: VariableValues): string {
  return text.replace(VARIABLE, (raw, inner: string) => {
    const name = inner.trim();
    if (!isVariableName(name)) return raw;
    const value = values[name];
    return value && value.trim() ? value : placeholderFor(name);
  });
}

/** The variables a text uses, each once, in order of first use. */
export function variablesUsed(text: string): string[] {
  return [...new Set(tokens(text, VARIABLE).map((t) => t.inner))];
}
