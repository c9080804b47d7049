/**
 * Cheap necessary conditions for the rule patterns, found in one pass.
 *
 * Most rules are regexes that can only match when the message contains one of
 * a few words ("fee", "escrow", "paypal"). Testing each rule's own hint regex
 * costs a pass over the text per rule; instead every rule declares its words
 * with `hint(...)`, and one combined pattern over all declared words finds
 * which of them occur. A rule then runs only when one of its words is there.
 * Hints are substrings, not words, so they stay a superset: a hint can let a
 * rule run for nothing, never stop one that would have matched.
 */

const words: string[] = [];
const idOf = new Map<string, number>();
let combined: RegExp | null = null;
/** For each word, the ids of every declared word contained in it (itself included). */
let contained: number[][] = [];

export interface Hint {
  readonly ids: readonly number[];
}

/** Declares the words one rule needs (lower-case substrings, any one of them suffices). */
export function hint(...needed: string[]): Hint {
  const ids = needed.map((w) => {
    let id = idOf.get(w);
    if (id === undefined) {
      id = words.length;
      words.push(w);
      idOf.set(w, id);
      combined = null;
    }
    return id;
  });
  return { ids };
}

function build(): RegExp {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  contained = words.map((w) => words.flatMap((v, j) => (w.includes(v) ? [j] : [])));
  return new RegExp(escaped.join("|"), "g");
}

/** Word ids whose positions are wanted, not just their presence (see `trigger`). */
const positional = new Set<number>();

/** Like `hint`, but `scanHints` also reports where these words occur. */
export function trigger(...needed: string[]): Hint {
  const h = hint(...needed);
  for (const id of h.ids) positional.add(id);
  return h;
}

export interface HintScan {
  /** One entry per word id: 1 when the word occurs. */
  present: Uint8Array;
  /** Offsets (ascending) at which a `trigger` word starts. */
  positions: number[];
}

/** Which declared words occur in `lower`, and where the trigger words are. */
export function scanHints(lower: string): HintScan {
  combined ??= build();
  const present = new Uint8Array(words.length);
  const positions: number[] = [];
  const re = combined;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    let recorded = false;
    for (const id of contained[idOf.get(m[0]) ?? -1] ?? []) {
      present[id] = 1;
      if (!recorded && positional.has(id)) {
        positions.push(m.index);
        recorded = true;
      }
    }
    // Restart one character on, so words overlapping this match are found too.
    re.lastIndex = m.index + 1;
  }
  return { present, positions };
}

export function hasHint(present: Uint8Array, h: Hint): boolean {
  for (const id of h.ids) if (present[id] === 1) return true;
  return false;
}
