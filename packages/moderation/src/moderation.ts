/**
 * The moderation policy: which moderators are asked (in a configured order, all at once, each
 * under its own timeout), the threshold of each category, and what a failure means. A moderator
 * that cannot answer blocks an AI beat (the router moves on, the built-in storyteller last),
 * while a seed falls back on the local moderator's verdict (a reader is not refused because a
 * service is down, nor let through unchecked).
 */
import type {
  LocalModerator,
  ModerationCategory,
  ModerationScores,
  ModerationSource,
  Moderator,
} from './contract';
import { ModerationError } from './contract';

export interface ModerationEntry {
  moderator: Moderator;
  timeoutMs: number;
}

export interface ModerationOptions {
  /** Asked together; when several block, the first of them in this order is named. */
  moderators: readonly ModerationEntry[];
  /** The score at which a category blocks (default 0.5 each). */
  thresholds?: ModerationScores;
  /** What a seed is judged by when a moderator fails. */
  fallback: LocalModerator;
}

export interface Verdict {
  blocked: boolean;
  /** The categories at or above their threshold, of the moderator that blocked. */
  categories: ModerationCategory[];
  /** The moderator that blocked (or, for a beat, the one whose failure blocked it). */
  moderator: string | null;
  /** Moderators that could not answer: "comprehend: timeout". */
  failures: string[];
  /**
   * True when a moderator failed as a service fails (timeout, throttling, an error, a reply it
   * could not read), not because of this text (one too long to judge whole): the next text would
   * fare no better.
   */
  outage: boolean;
  /** What asking the moderators cost, USD: the calls they answered, or took too long over. */
  costUsd: number;
}

/** Failures of the service rather than of the text. */
const OUTAGES = new Set(['timeout', 'throttled', 'unavailable', 'malformed']);
/** Failures after which the call was made and may be billed. */
const BILLED_FAILURES = new Set(['timeout', 'malformed']);

export const DEFAULT_THRESHOLD = 0.5;

export function createModeration(options: ModerationOptions) {
  const thresholds = options.thresholds ?? {};
  const over = (scores: ModerationScores): ModerationCategory[] =>
    (Object.entries(scores) as [ModerationCategory, number][])
      .filter(([category, score]) => score >= (thresholds[category] ?? DEFAULT_THRESHOLD))
      .map(([category]) => category);
  const allLocal = options.moderators.every((entry) => entry.moderator.local);

  async function ask(entry: ModerationEntry, text: string, signal?: AbortSignal) {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(new ModerationError('timeout', `${entry.moderator.name}: took too long`));
    }, entry.timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // The timeout wins even over a moderator that ignores its signal.
      return await Promise.race([
        entry.moderator.moderate(text, { signal: controller.signal }),
        new Promise<never>((_, reject) => {
          controller.signal.addEventListener(
            'abort',
            () => {
              const reason: unknown = controller.signal.reason;
              reject(reason instanceof Error ? reason : new ModerationError('timeout', 'aborted'));
            },
            { once: true },
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  const judge = (
    results: readonly (ModerationScores | ModerationError)[],
    source: ModerationSource,
  ): Omit<Verdict, 'costUsd' | 'outage'> => {
    const failures: string[] = [];
    let failed: string | null = null;
    for (const [index, result] of results.entries()) {
      const name = options.moderators[index]?.moderator.name ?? '';
      if (result instanceof ModerationError) {
        failures.push(`${name}: ${result.kind}`);
        failed ??= name;
        continue;
      }
      const categories = over(result);
      if (categories.length > 0) return { blocked: true, categories, moderator: name, failures };
    }
    if (failed !== null && source === 'beat')
      return { blocked: true, categories: [], moderator: failed, failures };
    return { blocked: false, categories: [], moderator: null, failures };
  };

  return {
    /** The moderators' names, in order. */
    names: options.moderators.map((entry) => entry.moderator.name),
    /** True when every moderator is local, so `checkNow` can answer. */
    allLocal,

    async check(text: string, source: ModerationSource, signal?: AbortSignal): Promise<Verdict> {
      const results = await Promise.all(
        options.moderators.map((entry) =>
          ask(entry, text, signal).catch((error: unknown) =>
            error instanceof ModerationError
              ? error
              : new ModerationError('unavailable', `${entry.moderator.name}: failed`, {
                  cause: error,
                }),
          ),
        ),
      );
      const billed = (result: ModerationScores | ModerationError) =>
        !(result instanceof ModerationError) || BILLED_FAILURES.has(result.kind);
      const costUsd = options.moderators.reduce(
        (total, entry, index) =>
          total + (billed(results[index] ?? {}) ? (entry.moderator.costUsd?.(text) ?? 0) : 0),
        0,
      );
      const outage = results.some(
        (result) => result instanceof ModerationError && OUTAGES.has(result.kind),
      );
      const verdict = { ...judge(results, source), outage, costUsd };
      if (source === 'seed' && !verdict.blocked && verdict.failures.length > 0) {
        // A seed the failed moderators could not judge is judged by the local moderator.
        const categories = over(options.fallback.scoresNow(text));
        if (categories.length > 0)
          return { ...verdict, blocked: true, categories, moderator: options.fallback.name };
      }
      return verdict;
    },

    /**
     * The verdict at once, when every moderator is local (a streamed beat's first sentence is
     * then checked before it is shown); null when a remote one must be waited for.
     */
    checkNow(text: string): Verdict | null {
      if (!allLocal) return null;
      for (const entry of options.moderators) {
        const categories = over((entry.moderator as LocalModerator).scoresNow(text));
        if (categories.length > 0)
          return {
            blocked: true,
            categories,
            moderator: entry.moderator.name,
            failures: [],
            outage: false,
            costUsd: 0,
          };
      }
      return {
        blocked: false,
        categories: [],
        moderator: null,
        failures: [],
        outage: false,
        costUsd: 0,
      };
    },
  };
}

export type Moderation = ReturnType<typeof createModeration>;
