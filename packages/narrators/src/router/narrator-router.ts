/**
 * The narrator router: an ordered chain of AI providers with per-provider timeouts, retries with
 * jittered backoff that honour Retry-After, a circuit breaker per provider, spend budgets, beat
 * validation with one repair, and the built-in storyteller last, so a turn never fails.
 *
 * Streams reach the reader a sentence at a time, and never as text that is later withdrawn: the
 * beat's first sentence as soon as it stands on its own, the rest once the whole beat has passed
 * the rules (see first-sentence.ts). A provider that breaks after the first sentence is replaced
 * by one that continues from it, the storyteller last.
 */
import type { Moderation } from '@liminal/moderation';
import type { BeatPlan, BeatRuleViolation, Language, Narration, StoryState } from '@liminal/story';
import {
  STORYTELLER_NAME,
  buildPrompt,
  estimateTokens,
  storyLanguage,
  tellBeat,
  toldSentences,
} from '@liminal/story';
import type { NarrativeRequest, TokenUsage } from '../contract/ai-provider';
import { DEFAULT_MAX_OUTPUT_TOKENS } from '../providers/define-provider';
import { acceptBeat } from './accept-beat';
import type { Attempt } from './attempt-log';
import { createAttemptLog, NO_USAGE } from './attempt-log';
import type { RouterEntry } from './call-provider';
import { callProvider } from './call-provider';
import { createCircuitBreaker } from './circuit-breaker';
import type { FirstSentenceGate } from './first-sentence';
import { createFirstSentenceGate } from './first-sentence';
import { continuationPrompt, correctivePrompt } from './repair';
import type { RetryContext, RetryPolicy, Tried, TryRange } from './retries';
import { withRetries } from './retries';
import type { Budgets } from './spend-ledger';
import { createSpendLedger } from './spend-ledger';

/**
 * What the router needs of content moderation: a verdict on a whole beat, and one at once when
 * no remote moderator must be awaited.
 */
export type BeatModeration = Pick<Moderation, 'check' | 'checkNow' | 'allLocal'>;

export interface RouterOptions {
  entries: readonly RouterEntry[];
  /**
   * Every AI beat passes it before a reader sees any of it: a blocked beat is treated like an
   * invalid one (the router moves on), and a streamed beat's first sentence is shown early only
   * when it can be checked at once.
   */
  moderation?: BeatModeration;
  /**
   * The languages AI narrators may write a story in: those its moderation can read. The local
   * moderator's word lists and Comprehend's toxicity detection read English, so by default a
   * story read in another language is told by the storyteller (and translated by the caller).
   */
  aiLanguages?: readonly Language[];
  budgets?: Budgets;
  breaker?: { failureThreshold: number; cooldownMs: number };
  retry?: RetryPolicy;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RoutedBeat {
  narration: Narration;
  /** True when someone other than the first narrator in the chain spoke. */
  fallback: boolean;
  attempts: Attempt[];
  /** All calls of this turn, repairs and failed tries included. */
  usage: TokenUsage;
  costUsd: number;
  /** What moderating this turn's AI beats cost, USD. */
  moderationCostUsd: number;
  model: string;
}

export interface RouteOptions {
  /** The beat's text as the reader may see it: the first sentence early, the rest when accepted. */
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
  /** What this journey has spent so far, for the per-journey budget. */
  journeySpentUsd?: number;
}

/** What a turn has come to so far, across its providers' tries. */
interface TurnTotals {
  usage: TokenUsage;
  costUsd: number;
  /** A moderator could not judge a beat: no other narrator's beat would fare better. */
  moderationDown: boolean;
  /** What moderating this turn's beats cost, USD (apart from narration's cost). */
  moderationCostUsd: number;
}

/** What `ask` returns for a beat moderation blocked. */
const BLOCKED = Symbol('blocked');

/** The told sentences a turn without AI narrators passes along: none are needed. */
const EMPTY_TOLD: ReadonlySet<string> = new Set();

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

function* wordDeltas(text: string): Generator<string> {
  for (const match of text.matchAll(/\S+\s*/gu)) yield match[0];
}

export function createNarratorRouter(options: RouterOptions) {
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  const retry = options.retry ?? { baseDelayMs: 200, maxDelayMs: 2000 };
  const breaker = createCircuitBreaker({
    failureThreshold: 5,
    cooldownMs: 30_000,
    ...options.breaker,
    now,
  });
  const ledger = createSpendLedger(options.budgets ?? {}, now);
  const first = options.entries[0]?.provider.name ?? STORYTELLER_NAME;

  /**
   * Tries one provider (with retries and one repair); the accepted text, or null. A try is one
   * call whose text is accepted as it is or trimmed, else one corrective re-ask whose text must
   * pass as it is; a call that fails is retried as a whole try (see withRetries). With a `gate`,
   * a call streams into it while nothing has been shown; once something has, every call asks
   * for the continuation of what was shown.
   */
  function tryProvider(
    entry: RouterEntry,
    request: NarrativeRequest,
    plan: BeatPlan,
    language: Language,
    told: ReadonlySet<string>,
    totals: TurnTotals,
    retrying: RetryContext,
    gate: FirstSentenceGate | null,
    tries: TryRange,
  ): Promise<Tried<{ text: string; model: string }>> {
    const { provider } = entry;
    const model = provider.getModelCapabilities().model;
    const { log } = retrying;
    const spend = (usage: TokenUsage): number => {
      const cost = provider.estimateCost(usage);
      ledger.record(cost);
      totals.usage = {
        inputTokens: totals.usage.inputTokens + usage.inputTokens,
        outputTokens: totals.usage.outputTokens + usage.outputTokens,
      };
      totals.costUsd += cost;
      return cost;
    };
    /**
     * Calls the provider once and logs how its text fared: the first call of a try may be
     * trimmed into a beat; a re-ask's text must pass as it is. The beat, the rules it broke, or
     * BLOCKED when moderation would not let a reader see it (no re-ask: on to the next).
     */
    const ask = async (
      asked: NarrativeRequest,
      tryNumber: number,
      reasked: boolean,
    ): Promise<string | readonly BeatRuleViolation[] | typeof BLOCKED> => {
      const started = now();
      const opening = gate?.shown ?? undefined;
      const result = await callProvider(
        entry,
        opening === undefined
          ? asked
          : { ...asked, prompt: continuationPrompt(asked.prompt, opening) },
        retrying.signal,
        gate !== null && opening === undefined ? gate.watch() : undefined,
      );
      const spent = { retry: tryNumber, usage: result.usage, costUsd: spend(result.usage) };
      // Read the gate again: this very call may have shown its first sentence.
      const acceptance = acceptBeat(
        result.text,
        plan,
        told,
        !reasked,
        gate?.shown ?? undefined,
        language,
      );
      if (acceptance.accepted && options.moderation !== undefined) {
        const verdict = await options.moderation.check(acceptance.text, 'beat', retrying.signal);
        // Moderation is paid from the same budgets as narration.
        ledger.record(verdict.costUsd);
        totals.moderationCostUsd += verdict.costUsd;
        if (verdict.blocked) {
          // A moderator that could not judge will not judge the next narrator's beat either:
          // the turn goes to the storyteller rather than pay for beats that would be thrown away.
          if (verdict.outage) totals.moderationDown = true;
          // The category and the moderator, never the text.
          const reason =
            verdict.categories.length > 0
              ? `moderation: ${verdict.categories.join(',')} (${verdict.moderator ?? ''})`
              : `moderation unavailable: ${verdict.failures.join('; ')}`;
          log.record(provider.name, model, {
            ...spent,
            latencyMs: now() - started,
            outcome: 'blocked',
            reason,
            moderation: {
              moderator: verdict.moderator ?? '',
              categories: verdict.categories.length > 0 ? verdict.categories : ['unavailable'],
            },
          });
          return BLOCKED;
        }
      }
      const tried = { ...spent, latencyMs: now() - started };
      if (!acceptance.accepted) {
        log.record(provider.name, model, {
          ...tried,
          outcome: 'invalid',
          reason: acceptance.reasons.join(','),
        });
        return acceptance.reasons;
      }
      if (reasked)
        log.record(provider.name, model, { ...tried, outcome: 'repaired', reason: 're-asked' });
      else if (acceptance.trimmed)
        log.record(provider.name, model, {
          ...tried,
          outcome: 'repaired',
          reason: `trimmed: ${acceptance.reasons.join(',')}`,
        });
      else log.record(provider.name, model, { ...tried, outcome: 'ok' });
      breaker.success(provider.name);
      return acceptance.text;
    };
    return withRetries(
      entry,
      retrying,
      async (tryNumber) => {
        const firstReply = await ask(request, tryNumber, false);
        if (typeof firstReply === 'string') return { text: firstReply, model };
        if (firstReply === BLOCKED) return null;
        // One corrective re-ask, then on to the next provider.
        const corrected = { ...request, prompt: correctivePrompt(request.prompt, firstReply) };
        const again = await ask(corrected, tryNumber, true);
        if (typeof again === 'string') return { text: again, model };
        if (again === BLOCKED) return null;
        breaker.failure(provider.name);
        return null;
      },
      tries,
    );
  }

  return {
    /** The chain's names, storyteller last. */
    names: [...options.entries.map((entry) => entry.provider.name), STORYTELLER_NAME],
    breakerState: (name: string) => breaker.state(name),
    spentToday: () => ledger.spentToday(),

    async narrate(
      state: StoryState,
      plan: BeatPlan,
      route: RouteOptions = {},
    ): Promise<RoutedBeat> {
      const log = createAttemptLog();
      const attempts = log.attempts;
      const totals: TurnTotals = {
        usage: NO_USAGE,
        costUsd: 0,
        moderationDown: false,
        moderationCostUsd: 0,
      };
      const retrying: RetryContext = {
        policy: retry,
        breaker,
        log,
        now,
        random,
        sleep,
        signal: route.signal,
      };
      const { onDelta } = route;
      const release = (text: string) => {
        if (onDelta) for (const delta of wordDeltas(text)) onDelta(delta);
      };
      // In another language an AI narrator writes the beat in it; the storyteller's English is
      // translated by the caller, so none of it is released here.
      const language = storyLanguage(state);
      const english = language === 'en';
      // Only AI narrators need the story's told sentences (a copy of them all, a few percent of a
      // storyteller-only turn's cost): the storyteller checks its own beat against the story.
      const aiNarrators =
        options.entries.length > 0 && (options.aiLanguages ?? ['en']).includes(language);
      const told = aiNarrators ? toldSentences(state.beats) : EMPTY_TOLD;
      // Nothing is shown that the storyteller, the last resort, could not finish a beat from.
      const storytellerContinues = (sentence: string): boolean => {
        try {
          tellBeat(state, plan, sentence);
          return true;
        } catch {
          return false;
        }
      };
      // With a moderator that must be awaited, nothing is shown before the whole beat passes.
      const { moderation } = options;
      // Nor is a first sentence shown early in another language: the storyteller, the last
      // resort, could not finish a beat begun in it.
      const gate =
        !aiNarrators || onDelta === undefined || moderation?.allLocal === false || !english
          ? null
          : createFirstSentenceGate(
              told,
              (sentence) => release(`${sentence} `),
              (sentence) =>
                storytellerContinues(sentence) && moderation?.checkNow(sentence)?.blocked !== true,
            );
      /** The accepted beat, less what the reader has already been shown of it. */
      const releaseRest = (text: string) => {
        const shown = gate?.shown ?? null;
        release(shown === null ? text : text.slice(shown.length).trimStart());
      };
      if (aiNarrators) {
        const prompt = buildPrompt(state, plan);
        const request: NarrativeRequest = {
          system: prompt.system,
          prompt: prompt.user,
          maxOutputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
        };
        const promptTokens = estimateTokens(prompt.system) + estimateTokens(prompt.user);
        /** False (and logged) when the budget or the breaker keeps a provider out of this turn. */
        const usable = (entry: RouterEntry): boolean => {
          const provider = entry.provider;
          const model = provider.getModelCapabilities().model;
          const skipped = (reason: string): false => {
            log.record(provider.name, model, { outcome: 'skipped', reason });
            return false;
          };
          const estimate = provider.estimateCost({
            inputTokens: promptTokens,
            outputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
          });
          const spent = (route.journeySpentUsd ?? 0) + totals.costUsd + totals.moderationCostUsd;
          if (!ledger.allows(estimate, spent)) {
            return skipped('budget');
          }
          return breaker.allow(provider.name) || skipped('circuit-open');
        };
        const routed = (entry: RouterEntry, accepted: { text: string; model: string }) => {
          releaseRest(accepted.text);
          return {
            narration: english
              ? { text: accepted.text, narrator: entry.provider.name }
              : { text: accepted.text, narrator: entry.provider.name, language },
            fallback: entry.provider.name !== first,
            attempts,
            usage: totals.usage,
            costUsd: totals.costUsd,
            moderationCostUsd: totals.moderationCostUsd,
            model: accepted.model,
          };
        };
        // A provider that fails in a way a retry could help is not retried while another is
        // configured after it: the reader would wait out its backoff when the next one may answer
        // at once. Its retries come after everything after it has failed too; the last provider,
        // with no one to move on to, makes all its tries at once.
        const attempt = (entry: RouterEntry, tries: TryRange) =>
          tryProvider(entry, request, plan, language, told, totals, retrying, gate, tries);
        const later: { entry: RouterEntry; retry: { from: number; at: number } }[] = [];
        for (const [index, entry] of options.entries.entries()) {
          if (totals.moderationDown) break;
          if (!usable(entry)) continue;
          const last = index === options.entries.length - 1;
          const tried = await attempt(entry, { from: 0, to: last ? entry.maxRetries : 0 });
          if (tried.value !== null) return routed(entry, tried.value);
          if (tried.retry !== null) later.push({ entry, retry: tried.retry });
        }
        for (const { entry, retry: next } of later) {
          if (totals.moderationDown) break;
          // Wait out what is left of the backoff first: the budget and the breaker are asked
          // about the moment of the call (and a half-open breaker's probe is not held asleep).
          const wait = next.at - now();
          if (wait > 0) await sleep(wait, route.signal);
          if (!usable(entry)) continue;
          const tried = await attempt(entry, { from: next.from, to: entry.maxRetries });
          if (tried.value !== null) return routed(entry, tried.value);
        }
      }
      // The last resort, which cannot fail.
      const started = now();
      const narration = tellBeat(state, plan, gate?.shown ?? undefined);
      log.record(STORYTELLER_NAME, STORYTELLER_NAME, { outcome: 'ok', latencyMs: now() - started });
      if (english) releaseRest(narration.text);
      return {
        narration,
        fallback: first !== STORYTELLER_NAME,
        attempts,
        usage: totals.usage,
        costUsd: totals.costUsd,
        moderationCostUsd: totals.moderationCostUsd,
        model: STORYTELLER_NAME,
      };
    },
  };
}

export type NarratorRouter = ReturnType<typeof createNarratorRouter>;
