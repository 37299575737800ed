/**
 * The reader's side of the HTTP API. Shapes mirror services/api's views; the app only uses what
 * it shows. Beats stream as server-sent events over fetch (EventSource cannot POST).
 */
export type Answer = 'yes' | 'no';

export interface Beat {
  turn: number;
  text: string;
  narrator: string;
  ending: string | null;
}

export interface Story {
  seed: string;
  world: { setting: string; genre: string; destination: string; companions: { name: string }[] };
  beats: Beat[];
  answers: Answer[];
  turn: number;
  ending: string | null;
  replay: string;
  /** True when an earlier storyteller told part of it: its words may differ from a shared copy. */
  retold?: boolean;
}

export interface Journey extends Story {
  id: string;
  /** A/B assignments: experiment key to variant key. */
  variants?: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface JourneySummary {
  id: string;
  seed: string;
  turn: number;
  ending: string | null;
  updatedAt: string;
}

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

interface StartResponse {
  beat: Beat;
  journey: Journey;
}

/** A turn's response carries the new beat and the journey without its earlier beats. */
export type JourneyHead = Pick<
  Journey,
  'id' | 'seed' | 'turn' | 'answers' | 'ending' | 'replay' | 'updatedAt'
>;

interface TurnResponse {
  beat: Beat;
  journey: JourneyHead;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', ...init });
  return parse<T>(response);
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as
    (T & { error?: { code: string; message: string; details?: Record<string, unknown> } }) | null;
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
  if (
    !(response.headers.get('content-type') ?? '').includes('text/event-stream') ||
    !response.body
  ) {
    return parse<T>(response);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let split = buffer.indexOf('\n\n');
    while (split !== -1) {
      const block = buffer.slice(0, split);
      buffer = buffer.slice(split + 2);
      split = buffer.indexOf('\n\n');
      const event = /^event: (.+)$/mu.exec(block)?.[1];
      const data = /^data: (.*)$/mu.exec(block)?.[1] ?? 'null';
      if (event === 'delta') onDelta((JSON.parse(data) as { text: string }).text);
      if (event === 'beat') return JSON.parse(data) as T;
      if (event === 'error') {
        const error = (JSON.parse(data) as { error: { code: string; message: string } }).error;
        throw new ApiError(500, error.code, error.message);
      }
    }
  }
  throw new ApiError(502, 'stream-cut', 'The narrator stopped mid-sentence.');
}

const jsonHeaders = { 'content-type': 'application/json', accept: 'text/event-stream' };

export async function startJourney(
  input: { seed?: string; replay?: string },
  onDelta: (text: string) => void,
): Promise<Journey> {
  const response = await fetch('/api/journeys', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify(input),
  });
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
  return (await request<{ journey: Journey }>(`/api/journeys/${id}`)).journey;
}

export async function listJourneys(): Promise<JourneySummary[]> {
  return (await request<{ journeys: JourneySummary[] }>('/api/journeys')).journeys;
}

export async function getReplay(token: string): Promise<Story> {
  return (await request<{ story: Story }>(`/api/replays/${encodeURIComponent(token)}`)).story;
}
