/**
 * A derived string that remembers, for every character, which span of the
 * original message it came from, so findings can be highlighted exactly in
 * what the user wrote even after normalisation rewrote it.
 */
export interface MappedText {
  /** Case preserved, used for values (URLs and handles can be case-sensitive). */
  readonly text: string;
  /** Same length as `text`, lower-cased, used for matching. */
  readonly lower: string;
  /** Original start of each character; null means the identity mapping. */
  readonly starts: Int32Array | null;
  /** Original end (exclusive) of each character; null means the identity mapping. */
  readonly ends: Int32Array | null;
  readonly originalLength: number;
}

export function identityText(text: string): MappedText {
  return { text, lower: text.toLowerCase(), starts: null, ends: null, originalLength: text.length };
}

/** Maps a [start, end) span of the view back to the original message. */
export function toOriginalSpan(view: MappedText, start: number, end: number): [number, number] {
  if (view.starts === null || view.ends === null) return [start, end];
  const length = view.text.length;
  if (length === 0) return [0, 0];
  const first = Math.min(Math.max(start, 0), length - 1);
  const last = Math.min(Math.max(end - 1, first), length - 1);
  return [view.starts[first] ?? 0, view.ends[last] ?? view.originalLength];
}

/** Accumulates pieces of a derived text, each tied to a span of the source it is built from. */
export class MappedTextBuilder {
  private readonly pieces: string[] = [];
  private readonly lowerPieces: string[] = [];
  private readonly startList: number[] = [];
  private readonly endList: number[] = [];

  constructor(private readonly source: MappedText) {}

  /** Appends `piece`; every character of it maps to source characters [from, to). */
  push(piece: string, lowerPiece: string, from: number, to: number): void {
    const [origStart, origEnd] = this.sourceSpan(from, to);
    this.pieces.push(piece);
    this.lowerPieces.push(lowerPiece);
    for (let i = 0; i < piece.length; i++) {
      this.startList.push(origStart);
      this.endList.push(origEnd);
    }
  }

  /** Copies source characters [from, to) unchanged, keeping their own mapping. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.pieces.push(this.source.text.slice(from, to));
    this.lowerPieces.push(this.source.lower.slice(from, to));
    // Straight from the source's own mapping: no span tuple per character.
    const { starts, ends } = this.source;
    for (let i = from; i < to; i++) {
      this.startList.push(starts === null ? i : (starts[i] ?? 0));
      this.endList.push(ends === null ? i + 1 : (ends[i] ?? this.source.originalLength));
    }
  }

  build(): MappedText {
    return {
      text: this.pieces.join(""),
      lower: this.lowerPieces.join(""),
      starts: Int32Array.from(this.startList),
      ends: Int32Array.from(this.endList),
      originalLength: this.source.originalLength,
    };
  }

  private sourceSpan(from: number, to: number): [number, number] {
    if (to <= from) {
      const at = toOriginalSpan(this.source, from, from + 1)[0];
      return [at, at];
    }
    return toOriginalSpan(this.source, from, to);
  }
}
