/**
 * Sets of strings gathered beat by beat along a story: the sentences it has told, the pieces it
 * has used. States are immutable and share their beats, and a story nearly always grows from its
 * newest beat; so each line of beats keeps one set, extended in place as the line grows, rather
 * than a copy per beat (copying was a tenth of the storyteller's time). A prefix asked for after
 * its line has grown past it (another answer to an earlier beat) is gathered again from scratch.
 *
 * A set returned here is valid until the next beat is added after the same prefix: read it at
 * once, or copy it (see `snapshot`) to keep it across an await.
 */

/** One line of beats and the set of everything its first `tip` beats gathered. */
interface Line {
  readonly set: Set<string>;
  tip: number;
}

/** Where a beat sits: the line it was added to, and how many beats the line had then. */
interface Mark {
  readonly line: Line;
  readonly length: number;
}

export class PrefixSets<B extends object> {
  private readonly marks = new WeakMap<B, Mark>();

  /** `itemsOf` gives a beat's items, for beats this instance did not see added. */
  constructor(private readonly itemsOf: (beat: B) => Iterable<string>) {}

  /** Everything gathered over `beats`. */
  upTo(beats: readonly B[]): ReadonlySet<string> {
    return this.lineAt(beats).set;
  }

  /** Records `beat`, added after `beats`, with its items (which the caller already has). */
  add(beats: readonly B[], beat: B, items: Iterable<string>): void {
    this.grow(this.lineAt(beats), beat, items);
  }

  /** A copy of `upTo(beats)` that later beats never change. */
  snapshot(beats: readonly B[]): ReadonlySet<string> {
    return new Set(this.upTo(beats));
  }

  private grow(line: Line, beat: B, items: Iterable<string>): void {
    for (const item of items) line.set.add(item);
    line.tip++;
    this.marks.set(beat, { line, length: line.tip });
  }

  /** The line whose tip is exactly `beats`, extended or gathered as needed. */
  private lineAt(beats: readonly B[]): Line {
    // The newest beat whose line still ends at it: usually the last one.
    let from = beats.length;
    let line: Line | undefined;
    while (from > 0) {
      const mark = this.marks.get(beats[from - 1] as B);
      if (mark !== undefined && mark.line.tip === mark.length) {
        line = mark.line;
        break;
      }
      from--;
    }
    line ??= { set: new Set<string>(), tip: 0 };
    for (let index = from; index < beats.length; index++) {
      const beat = beats[index] as B;
      this.grow(line, beat, this.itemsOf(beat));
    }
    return line;
  }
}
