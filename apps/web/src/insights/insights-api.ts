/**
 * The page's side of GET /api/insights. The operators' token, when the server wants one, is
 * sent in its own header and kept for this tab only (sessionStorage), never in a cookie: a
 * cookie would travel with every request to the site, the reader's too.
 */
import { OPERATOR_TOKEN_HEADER } from '@liminal/contract/operator';
import type { InsightsReport } from '@liminal/insights';

export type { InsightsReport };

/** How the server let the request in: by the token, or as this machine's while none is set. */
export type Access = 'token' | 'loopback';

export interface InsightsResponse {
  insights: InsightsReport;
  access: Access;
}

export class InsightsError extends Error {
  override readonly name = 'InsightsError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'liminal.insights.token';

export function savedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage refused (private mode): the token lasts as long as the page's state.
  }
}

export interface Range {
  from: string;
  to: string;
}

export function insightsUrl(range: Range, format: 'json' | 'csv' = 'json'): string {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  if (format === 'csv') query.set('format', 'csv');
  return `/api/insights?${query.toString()}`;
}

/** The response to an insights request, or the InsightsError the server answered with. */
export async function fetchInsights(
  range: Range,
  token: string | null,
  format: 'json' | 'csv' = 'json',
): Promise<Response> {
  const response = await fetch(insightsUrl(range, format), {
    credentials: 'omit',
    // Its own header: on AWS, Authorization carries the request's SigV4 signature.
    headers: token === null ? {} : { [OPERATOR_TOKEN_HEADER]: token },
  }).catch(() => {
    throw new InsightsError(0, 'unavailable', 'The server could not be reached.');
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new InsightsError(
      response.status,
      body?.error?.code ?? 'unavailable',
      body?.error?.message ?? `The server answered ${String(response.status)}.`,
    );
  }
  return response;
}

export async function loadInsights(range: Range, token: string | null): Promise<InsightsResponse> {
  return (await (await fetchInsights(range, token)).json()) as InsightsResponse;
}
