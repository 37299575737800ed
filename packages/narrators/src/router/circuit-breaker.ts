/**
 * A circuit breaker per provider: after `failureThreshold` failures in a row the circuit opens
 * and calls are skipped for `cooldownMs`; then one probe is let through (half-open); its success
 * closes the circuit, its failure opens it again. A provider's Retry-After can open it too.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
  now: () => number;
}

interface Circuit {
  failures: number;
  openUntil: number;
  probing: boolean;
}

export function createCircuitBreaker(options: CircuitBreakerOptions) {
  const circuits = new Map<string, Circuit>();
  const circuit = (name: string): Circuit => {
    let found = circuits.get(name);
    if (found === undefined) {
      found = { failures: 0, openUntil: 0, probing: false };
      circuits.set(name, found);
    }
    return found;
  };
  return {
    state(name: string): CircuitState {
      const current = circuit(name);
      if (current.openUntil === 0) return 'closed';
      return options.now() < current.openUntil && !current.probing ? 'open' : 'half-open';
    },
    /** Whether a call may go ahead; in half-open state only one probe at a time. */
    allow(name: string): boolean {
      const current = circuit(name);
      if (current.openUntil === 0) return true;
      if (options.now() < current.openUntil || current.probing) return false;
      current.probing = true;
      return true;
    },
    success(name: string): void {
      circuits.set(name, { failures: 0, openUntil: 0, probing: false });
    },
    failure(name: string): void {
      const current = circuit(name);
      current.failures++;
      if (current.probing || current.failures >= options.failureThreshold) {
        current.openUntil = options.now() + options.cooldownMs;
        current.probing = false;
      }
    },
    /** Opens the circuit for as long as the provider asked us to stay away. */
    openFor(name: string, ms: number): void {
      const current = circuit(name);
      current.openUntil = Math.max(current.openUntil, options.now() + ms);
      current.probing = false;
    },
  };
}

export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;
