/**
 * Cheap necessary conditions for the rule patterns, found in one pass.
 *
 * Most rules are regexes that can only match when the message contains one of
 * a few words ("fee", "escrow", "paypal"). Testing each rule's own hint regex
 * costs a pass over the text per rule; instead every rule declares its words
 * with `hint(...)`, and one automaton over all declared words (Aho-Corasick)
 * finds which of them occur. A rule then runs only
 * when one of its words is there.
 * Hints are substrings, not words, so they stay a superset: a hint can let a
 * rule run for nothing, never stop one that would have matched.
 */

const words: string[] = [];
const idOf = new Map<string, number>();
let automaton: Automaton | null = null;
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
      automaton = null;
    }
    return id;
  });
  return { ids };
}

/**
 * Aho-Corasick over all declared words: one pass over the text finds every
 * occurrence of every word (overlapping ones too), whatever their number.
 * ASCII transitions are a dense table; other characters follow failure links.
 */
interface Automaton {
  /** next[state * 128 + code] for ASCII codes. */
  next: Int32Array;
  /** Transitions on non-ASCII characters, per state (goto function only). */
  wide: Array<Map<number, number> | undefined>;
  fail: Int32Array;
  /** Word ids ending at each state (its own and those of its failure chain). */
  out: number[][];
  /** Length of the word a state spells, to turn an end offset into a start. */
  depth: Int32Array;
}

function build(): Automaton {
  const gotoAscii: number[][] = [[]];
  const wide: Array<Map<number, number> | undefined> = [undefined];
  const out: number[][] = [[]];
  const depth: number[] = [0];
  words.forEach((w, id) => {
    let state = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let nextState = c < 128 ? gotoAscii[state]?.[c] : wide[state]?.get(c);
      if (nextState === undefined) {
        nextState = gotoAscii.length;
        gotoAscii.push([]);
        wide.push(undefined);
        out.push([]);
        depth.push(i + 1);
        if (c < 128) (gotoAscii[state] as number[])[c] = nextState;
        else (wide[state] ??= new Map()).set(c, nextState);
      }
      state = nextState;
    }
    out[state]?.push(id);
  });
  const n = gotoAscii.length;
  const next = new Int32Array(n * 128);
  const fail = new Int32Array(n);
  // Breadth first: a state's failure link is known before its children's.
  const queue: number[] = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    const f = fail[state] ?? 0;
    if (state !== 0) out[state] = [...(out[state] ?? []), ...(out[f] ?? [])];
    for (let c = 0; c < 128; c++) {
      const child = gotoAscii[state]?.[c];
      if (child !== undefined) {
        fail[child] = state === 0 ? 0 : (next[f * 128 + c] ?? 0);
        next[state * 128 + c] = child;
        queue.push(child);
      } else {
        next[state * 128 + c] = state === 0 ? 0 : (next[f * 128 + c] ?? 0);
      }
    }
    for (const [c, child] of wide[state] ?? []) {
      fail[child] = state === 0 ? 0 : wideStep(wide, fail, f, c);
      queue.push(child);
    }
  }
  return { next, wide, fail, out, depth: Int32Array.from(depth) };
}

function wideStep(wide: Automaton["wide"], fail: Int32Array, state: number, c: number): number {
  for (let s = state; ; s = fail[s] ?? 0) {
    const t = wide[s]?.get(c);
    if (t !== undefined) return t;
    if (s === 0) return 0;
  }
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
  automaton ??= build();
  const { next, wide, fail, out, depth } = automaton;
  const present = new Uint8Array(words.length);
  const positions: number[] = [];
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    state = c < 128 ? (next[state * 128 + c] ?? 0) : wideStep(wide, fail, state, c);
    const ids = out[state];
    if (ids === undefined || ids.length === 0) continue;
    let recorded = false;
    for (const id of ids) {
      present[id] = 1;
      if (!recorded && positional.has(id)) {
        // Where the longest word ending here starts.
        positions.push(i + 1 - (depth[state] ?? 1));
        recorded = true;
      }
    }
  }
  return { present, positions };
}

/** Every declared word, by id (for tests). */
export function declaredWords(): readonly string[] {
  return words;
}

export function hasHint(present: Uint8Array, h: Hint): boolean {
  for (const id of h.ids) if (present[id] === 1) return true;
  return false;
}
