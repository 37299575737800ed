/**
 * One provider call under its timeout and the caller's signal. A plain controller and timer
 * rather than AbortSignal.timeout/any: those cost more per call than the rest of the router.
 */
import type { AIProvider, NarrativeRequest, NarrativeResult } from '../contract/ai-provider';

export interface RouterEntry {
  provider: AIProvider;
  /** The whole call, stream included. */
  timeoutMs: number;
  /** Retries after the first try, for retryable failures. */
  maxRetries: number;
}

/**
 * Calls the provider whole, or streamed to `onDelta` when given; a piece that arrives after the
 * call has settled (a stream still running past its timeout) is dropped.
 */
export async function callProvider(
  entry: RouterEntry,
  request: NarrativeRequest,
  signal: AbortSignal | undefined,
  onDelta?: (text: string) => void,
): Promise<NarrativeResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new DOMException('The provider took too long.', 'TimeoutError'));
  }, entry.timeoutMs);
  const onAbort = () => {
    controller.abort(signal?.reason);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  let settled = false;
  try {
    return await (onDelta === undefined
      ? entry.provider.generate(request, { signal: controller.signal })
      : entry.provider.stream(request, {
          signal: controller.signal,
          onDelta: (text) => {
            if (!settled) onDelta(text);
          },
        }));
  } finally {
    settled = true;
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
