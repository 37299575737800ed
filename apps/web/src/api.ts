/**
 * The reader's side of the HTTP API, typed by the contract the API answers with
 * (`@liminal/contract`): a change on one side that the other does not follow fails the
 * typecheck. Beats stream as server-sent events over fetch (EventSource cannot POST).
 */
import type {
  Answer,
  BeatView,
  ErrorBody,
  JourneyHead,
  JourneyResponse,
  JourneysResponse,
  JourneySummaryView,
  JourneyView,
  Language,
  LanguageOption,
  LanguagesResponse,
  ReplayResponse,
  StartJourneyBody,
  StartResponse,
  StoryView,
  TurnResponse,
} from '@liminal/contract';
import { STATUS_OF } from '@liminal/contract/errors';
import { EVENT_STREAM, takeEvents } from '@liminal/contract/events';

export type { Answer, JourneyHead, Language, LanguageOption, TurnResponse };
export type Beat = BeatView;
export type Story = StoryView;
export type Journey = JourneyView;
export type JourneySummary = JourneySummaryView;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', ...init });
  return parse<T>(response);
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
  if (!response.ok || body === null) {
    const error = body?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'unavailable',
      error?.message ?? 'The story server could not be reached.',
      error?.details,
    );
  }
  return body;
}

/** Reads an SSE response: calls onDelta for each `delta`, resolves with the `beat` payload. */
async function readStream<T>(response: Response, onDelta: (text: string) => void): Promise<T> {
  if (!(response.headers.get('content-type') ?? '').includes(EVENT_STREAM) || !response.body) {
    return parse<T>(response);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const { events, rest } = takeEvents<T>(buffer + value);
    buffer = rest;
    for (const { event, data } of events) {
      if (event === 'delta') onDelta(data.text);
      if (event === 'beat') return data;
      // The stream began with 200; the error's own status comes with its code.
      if (event === 'error')
        throw new ApiError(STATUS_OF[data.error.code], data.error.code, data.error.message);
    }
  }
  throw new ApiError(502, 'stream-cut', 'The narrator stopped mid-sentence.');
}

const jsonHeaders = { 'content-type': 'application/json', accept: EVENT_STREAM };

/**
 * Begins a journey. `sent` is the reply to this same request when it was already made (the page
 * asks for a fresh visitor's opening before the app has loaded: see `opening.ts`).
 */
export async function startJourney(
  input: StartJourneyBody,
  onDelta: (text: string) => void,
  sent?: Promise<Response>,
): Promise<Journey> {
  const response = await (sent ??
    fetch('/api/journeys', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify(input),
    }));
  return (await readStream<StartResponse>(response, onDelta)).journey;
}

export async function answerTurn(
  id: string,
  turn: number,
  answer: Answer,
  onDelta: (text: string) => void,
): Promise<TurnResponse> {
  const response = await fetch(`/api/journeys/${id}/turns`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ turn, answer }),
  });
  return readStream<TurnResponse>(response, onDelta);
}

/**
 * The journey after a turn: the local copy plus the new beat when they line up, otherwise the
 * server's whole journey (the local copy was behind, say after play in another tab).
 */
export async function advance(journey: Journey, turn: TurnResponse): Promise<Journey> {
  const { beat, journey: head } = turn;
  if (head.id === journey.id && beat.turn === journey.beats.length + 1 && head.turn === beat.turn) {
    return { ...journey, ...head, beats: [...journey.beats, beat] };
  }
  return getJourney(journey.id);
}

export async function getJourney(id: string): Promise<Journey> {
  return (await request<JourneyResponse>(`/api/journeys/${id}`)).journey;
}

export async function listJourneys(): Promise<JourneySummary[]> {
  return (await request<JourneysResponse>('/api/journeys')).journeys;
}

/** A story from its replay token, told by the built-in storyteller, read in `language`. */
export async function getReplay(token: string, language: Language = 'en'): Promise<Story> {
  const lang = language === 'en' ? '' : `?lang=${language}`;
  return (await request<ReplayResponse>(`/api/replays/${encodeURIComponent(token)}${lang}`)).story;
}

/** The languages a story can be read in on this server, and why not where it cannot. */
export async function getLanguages(): Promise<LanguageOption[]> {
  return (await request<LanguagesResponse>('/api/languages')).languages;
}

/** A shared journey in its stored words, up to the turn the link's token was made at. */
export async function getSharedJourney(id: string, token: string): Promise<Story> {
  const path = `/api/journeys/${encodeURIComponent(id)}/story?replay=${encodeURIComponent(token)}`;
  return (await request<ReplayResponse>(path)).story;
}
