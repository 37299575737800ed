/**
 * The trail of one turn's narration: every try of every provider, in order, with what it cost.
 * Each attempt is made here, in one shape, so the router says only what happened.
 */
import type { TokenUsage } from '../contract/ai-provider';

export type AttemptOutcome = 'ok' | 'repaired' | 'invalid' | 'blocked' | 'failed' | 'skipped';

/** One try of one provider, for the event trail. */
export interface Attempt {
  provider: string;
  model: string;
  outcome: AttemptOutcome;
  /** Error kind, broken rules, what moderation blocked, 'circuit-open' or 'budget'. */
  reason?: string;
  statusCode?: number;
  /** For a blocked beat: who blocked it and for what ("unavailable" when it could not judge). */
  moderation?: { moderator: string; categories: readonly string[] };
  retry: number;
  latencyMs: number;
  usage: TokenUsage;
  costUsd: number;
}

export const NO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0 };

/** What a provider's try came to: its outcome and, where there were any, tokens and cost. */
export interface Tried {
  outcome: AttemptOutcome;
  reason?: string | undefined;
  statusCode?: number | undefined;
  moderation?: { moderator: string; categories: readonly string[] };
  retry?: number;
  latencyMs?: number;
  usage?: TokenUsage;
  costUsd?: number;
}

export interface AttemptLog {
  readonly attempts: Attempt[];
  /** Records a try of `provider` (a model of it); tokens, cost, latency and retry default to 0. */
  record(provider: string, model: string, tried: Tried): void;
}

export function createAttemptLog(): AttemptLog {
  const attempts: Attempt[] = [];
  const record = (provider: string, model: string, tried: Tried): void => {
    attempts.push({
      provider,
      model,
      outcome: tried.outcome,
      ...(tried.reason === undefined ? {} : { reason: tried.reason }),
      ...(tried.statusCode === undefined ? {} : { statusCode: tried.statusCode }),
      ...(tried.moderation === undefined ? {} : { moderation: tried.moderation }),
      retry: tried.retry ?? 0,
      latencyMs: tried.latencyMs ?? 0,
      usage: tried.usage ?? NO_USAGE,
      costUsd: tried.costUsd ?? 0,
    });
  };
  return { attempts, record };
}
