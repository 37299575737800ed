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

/** One line of beats: the set of everything its first `tip` beats gathered, and the last of them. */
interface Line<B> {
  readonly set: Set<string>;
  tip: number;
  last: B | undefined;
}

/**
 * Lines kept at once: a few stories under way. A story whose line was dropped (more stories
 * told in turn than this, as on a busy server) is gathered again from its beats, which costs
 * a few microseconds; keeping many lines cost more, since each one outlived two minor
 * collections and was promoted to the old generation (600 bytes a beat with 64 lines, 80 with 4).
 */
const LINES = 8;

export class PrefixSets<B extends object> {
  // Kept in a short list rather than marked on each beat in a WeakMap: see recent.ts for why.
  private readonly lines: Line<B>[] = [];

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

  private grow(line: Line<B>, beat: B, items: Iterable<string>): void {
    for (const item of items) line.set.add(item);
    line.tip++;
    line.last = beat;
  }

  /**
   * The line whose tip is exactly `beats`: the newest kept line that ends at one of them (usually
   * the story just told, at its last beat or the one before), extended; or a new one. Beats are
   * shared, never changed, so a line that ends at the same beat object has gathered the same
   * beats before it.
   */
  private lineAt(beats: readonly B[]): Line<B> {
    let line: Line<B> | undefined;
    for (let at = this.lines.length - 1; at >= 0 && line === undefined; at--) {
      const kept = this.lines[at] as Line<B>;
      if (kept.tip > beats.length) continue;
      if (kept.tip === 0 ? beats.length === 0 : beats[kept.tip - 1] === kept.last) line = kept;
    }
    if (line === undefined) {
      line = { set: new Set<string>(), tip: 0, last: undefined };
      if (this.lines.length === LINES) this.lines.shift();
      this.lines.push(line);
    }
    for (let index = line.tip; index < beats.length; index++) {
      const beat = beats[index] as B;
      this.grow(line, beat, this.itemsOf(beat));
    }
    return line;
  }
}
