/**
 * The narrator router: an ordered chain of AI providers with per-provider timeouts, retries with
 * jittered backoff that honour Retry-After, a circuit breaker per provider, spend budgets, beat
 * validation with one repair, and the built-in storyteller last, so a turn never fails.
 *
 * Streams are buffered: a provider's text reaches the reader only once the whole beat is in and
 * has passed the beat rules, so a provider that breaks mid-stream is replaced without the reader
 * ever seeing a broken or doubled beat. The accepted beat is then released as deltas.
 */
import type { BeatPlan, Narration, StoryState } from '@liminal/story';
import {
  STORYTELLER_NAME,
  buildPrompt,
  estimateTokens,
  tellBeat,
  toldSentences,
  validateBeat,
} from '@liminal/story';
import type {
  AIProvider,
  NarrativeRequest,
  NarrativeResult,
  TokenUsage,
} from '../contract/ai-provider';
import { ProviderCallError } from '../contract/errors';
import { DEFAULT_MAX_OUTPUT_TOKENS } from '../providers/define-provider';
import { createCircuitBreaker } from './circuit-breaker';
import { correctivePrompt, trimToBeat } from './repair';
import type { Budgets } from './spend-ledger';
import { createSpendLedger } from './spend-ledger';

export interface RouterEntry {
  provider: AIProvider;
  /** The whole call, stream included. */
  timeoutMs: number;
  /** Retries after the first try, for retryable failures. */
  maxRetries: number;
}

export interface RouterOptions {
  entries: readonly RouterEntry[];
  budgets?: Budgets;
  breaker?: { failureThreshold: number; cooldownMs: number };
  retry?: { baseDelayMs: number; maxDelayMs: number };
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type AttemptOutcome = 'ok' | 'repaired' | 'invalid' | 'failed' | 'skipped';

/** One try of one provider, for the event trail. */
export interface Attempt {
  provider: string;
  model: string;
  outcome: AttemptOutcome;
  /** Error kind, broken rules, 'circuit-open' or 'budget'. */
  reason?: string;
  statusCode?: number;
  retry: number;
  latencyMs: number;
  usage: TokenUsage;
  costUsd: number;
}

export interface RoutedBeat {
  narration: Narration;
  /** True when someone other than the first narrator in the chain spoke. */
  fallback: boolean;
  attempts: Attempt[];
  /** All calls of this turn, repairs and failed tries included. */
  usage: TokenUsage;
  costUsd: number;
  model: string;
}

export interface RouteOptions {
  onDelta?: (text: string) => void;
  signal?: AbortSignal;
  /** What this journey has spent so far, for the per-journey budget. */
  journeySpentUsd?: number;
}

const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0 };

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

  /** Full jitter, never sooner than the provider asked. */
  const backoff = (attempt: number, retryAfterMs: number | undefined): number => {
    const jittered = random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
    return Math.max(jittered, retryAfterMs ?? 0);
  };

  /**
   * One provider call under its timeout and the caller's signal. A plain controller and timer
   * rather than AbortSignal.timeout/any: those cost more per call than the rest of the router.
   */
  async function call(
    entry: RouterEntry,
    request: NarrativeRequest,
    signal: AbortSignal | undefined,
  ): Promise<NarrativeResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(new DOMException('The provider took too long.', 'TimeoutError'));
    }, entry.timeoutMs);
    const onAbort = () => {
      controller.abort(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const stream = entry.provider.getModelCapabilities().streaming;
      return await entry.provider.generate(request, { signal: controller.signal, stream });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Tries one provider (with retries and one repair); the accepted text, or null. */
  async function tryProvider(
    entry: RouterEntry,
    request: NarrativeRequest,
    plan: BeatPlan,
    told: ReadonlySet<string>,
    attempts: Attempt[],
    totals: { usage: TokenUsage; costUsd: number },
    signal: AbortSignal | undefined,
  ): Promise<{ text: string; model: string } | null> {
    const provider = entry.provider;
    const model = provider.getModelCapabilities().model;
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
    for (let tryNumber = 0; tryNumber <= entry.maxRetries; tryNumber++) {
      const started = now();
      try {
        const result = await call(entry, request, signal);
        const cost = spend(result.usage);
        const base = {
          provider: provider.name,
          model,
          retry: tryNumber,
          usage: result.usage,
          costUsd: cost,
        };
        const text = result.text.trim();
        const check = validateBeat(text, plan.kind, told);
        if (check.ok) {
          attempts.push({ ...base, outcome: 'ok', latencyMs: now() - started });
          breaker.success(provider.name);
          return { text, model };
        }
        const trimmed = trimToBeat(text, plan.kind, told);
        if (trimmed !== null) {
          attempts.push({
            ...base,
            outcome: 'repaired',
            reason: `trimmed: ${check.reasons.join(',')}`,
            latencyMs: now() - started,
          });
          breaker.success(provider.name);
          return { text: trimmed, model };
        }
        attempts.push({
          ...base,
          outcome: 'invalid',
          reason: check.reasons.join(','),
          latencyMs: now() - started,
        });
        // One corrective re-ask, then on to the next provider.
        const reasked = now();
        const again = await call(
          entry,
          { ...request, prompt: correctivePrompt(request.prompt, check.reasons) },
          signal,
        );
        const againCost = spend(again.usage);
        const againText = again.text.trim();
        const againCheck = validateBeat(againText, plan.kind, told);
        const repairBase = {
          provider: provider.name,
          model,
          retry: tryNumber,
          usage: again.usage,
          costUsd: againCost,
        };
        if (againCheck.ok) {
          attempts.push({
            ...repairBase,
            outcome: 'repaired',
            reason: 're-asked',
            latencyMs: now() - reasked,
          });
          breaker.success(provider.name);
          return { text: againText, model };
        }
        attempts.push({
          ...repairBase,
          outcome: 'invalid',
          reason: againCheck.reasons.join(','),
          latencyMs: now() - reasked,
        });
        breaker.failure(provider.name);
        return null;
      } catch (caught) {
        if (signal?.aborted === true) throw signal.reason;
        const error =
          caught instanceof ProviderCallError
            ? caught
            : new ProviderCallError(provider.name, 'malformed-response', String(caught), {
                cause: caught,
              });
        attempts.push({
          provider: provider.name,
          model,
          outcome: 'failed',
          reason: error.kind,
          ...(error.statusCode === undefined ? {} : { statusCode: error.statusCode }),
          retry: tryNumber,
          latencyMs: now() - started,
          usage: NO_USAGE,
          costUsd: 0,
        });
        breaker.failure(provider.name);
        if (!error.isRetryable || tryNumber === entry.maxRetries) return null;
        const delay = backoff(tryNumber, error.retryAfterMs);
        if (delay > retry.maxDelayMs) {
          // Asked to wait longer than a reader should: stay away that long, try the next one.
          breaker.openFor(provider.name, delay);
          return null;
        }
        await sleep(delay, signal);
      }
    }
    return null;
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
      const attempts: Attempt[] = [];
      const totals = { usage: NO_USAGE, costUsd: 0 };
      const release = (text: string) => {
        if (route.onDelta) for (const delta of wordDeltas(text)) route.onDelta(delta);
      };
      if (options.entries.length > 0) {
        const prompt = buildPrompt(state, plan);
        const request: NarrativeRequest = {
          system: prompt.system,
          prompt: prompt.user,
          maxOutputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
        };
        const promptTokens = estimateTokens(prompt.system) + estimateTokens(prompt.user);
        for (const entry of options.entries) {
          const provider = entry.provider;
          const model = provider.getModelCapabilities().model;
          const skipped = (reason: string): void => {
            attempts.push({
              provider: provider.name,
              model,
              outcome: 'skipped',
              reason,
              retry: 0,
              latencyMs: 0,
              usage: NO_USAGE,
              costUsd: 0,
            });
          };
          const estimate = provider.estimateCost({
            inputTokens: promptTokens,
            outputTokens: DEFAULT_MAX_OUTPUT_TOKENS,
          });
          if (!ledger.allows(estimate, (route.journeySpentUsd ?? 0) + totals.costUsd)) {
            skipped('budget');
            continue;
          }
          if (!breaker.allow(provider.name)) {
            skipped('circuit-open');
            continue;
          }
          const accepted = await tryProvider(
            entry,
            request,
            plan,
            toldSentences(state.beats),
            attempts,
            totals,
            route.signal,
          );
          if (accepted !== null) {
            release(accepted.text);
            return {
              narration: { text: accepted.text, narrator: provider.name },
              fallback: provider.name !== first,
              attempts,
              usage: totals.usage,
              costUsd: totals.costUsd,
              model: accepted.model,
            };
          }
        }
      }
      // The last resort, which cannot fail.
      const started = now();
      const narration = tellBeat(state, plan);
      attempts.push({
        provider: STORYTELLER_NAME,
        model: STORYTELLER_NAME,
        outcome: 'ok',
        retry: 0,
        latencyMs: now() - started,
        usage: NO_USAGE,
        costUsd: 0,
      });
      release(narration.text);
      return {
        narration,
        fallback: first !== STORYTELLER_NAME,
        attempts,
        usage: totals.usage,
        costUsd: totals.costUsd,
        model: STORYTELLER_NAME,
      };
    },
  };
}

export type NarratorRouter = ReturnType<typeof createNarratorRouter>;
