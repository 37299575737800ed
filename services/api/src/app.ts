/**
 * The HTTP app: one Hono app, speaking fetch Request/Response, that runs unchanged under the
 * Node server locally and in AWS Lambda. Routes live here; use cases live in the journey service.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import type {
  ErrorBody,
  HealthResponse,
  JourneyResponse,
  JourneysResponse,
  LanguagesResponse,
  OpeningResponse,
  ReplayResponse,
  StartResponse,
  TurnResponse,
} from '@liminal/contract';
import {
  AnswerTurnBody,
  JOURNEY_ID,
  OpeningQuery,
  ReplayQuery,
  StartJourneyBody,
} from '@liminal/contract';
import { LANGUAGES } from '@liminal/story';
import { HttpError } from './http/http-error';
import { INTERNAL_ERROR, toHttpError } from './http/to-http-error';
import type { OperatorAccess } from './http/operator-access';
import type { RateLimitOptions } from './http/rate-limit';
import { rateLimit } from './http/rate-limit';
import { SECURITY_HEADERS, securityHeaders } from './http/security-headers';
import { sseStream } from './http/sse';
import { readJson } from './http/json-body';
import type { VisitorVariables } from './http/visitor';
import { visitor } from './http/visitor';
import { JourneyError } from './journeys/journey-error';
import type { JourneyService, TurnResult } from './journeys/journey-service';
import { beatView, journeyHead, journeyView, storyView } from './journeys/journey-view';
import type { Variants } from './store/journey-store';
import type { DayRollup, ExperimentSpec } from '@liminal/insights';
import { buildReport, reportToCsv } from '@liminal/insights';

/** Largest request body accepted, in bytes: a turn is ~30 bytes, a seed at most ~260. */
export const MAX_BODY_BYTES = 4096;
/** The insights' default range, and the longest one a request may ask for, in days. */
const INSIGHTS_DEFAULT_DAYS = 30;
const INSIGHTS_MAX_DAYS = 366;

/** A calendar day as "2026-11-26" that exists. */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

function daysBefore(day: string, count: number): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : new Date(time - count * 86_400_000).toISOString().slice(0, 10);
}

/** API paths that answer the same to every visitor, and so never set a visitor cookie. */
const VISITORLESS: ReadonlySet<string> = new Set(['/api/health', '/api/languages']);

/** How long shared caches may keep deterministic GETs (openings, replays). */
const DETERMINISTIC_MAX_AGE = 86_400;

export interface AppOptions {
  service: JourneyService;
  newId: () => string;
  rateLimit: Omit<RateLimitOptions, 'clientKey'> & { clientKey?: RateLimitOptions['clientKey'] };
  /** A/B assignments for a visitor; none until experiments are configured. */
  assignVariants?: (visitor: string, request: Request) => Variants;
  /** Serves the web app for non-API GETs (the Node server passes one; Lambda does not). */
  web?: MiddlewareHandler;
  /** Trust the edge function's visitor headers (on AWS, where only CloudFront reaches the API). */
  trustEdge?: boolean;
  /**
   * Trust `X-Forwarded-Proto` for whether the reader's connection is HTTPS (behind a proxy the
   * operator runs, or on AWS); otherwise only the server's own connection counts.
   */
  trustProxy?: boolean;
  /** Called after every API request, for metrics. */
  observe?: (request: { method: string; path: string; status: number; durationMs: number }) => void;
  /** Where unexpected errors go; never to the client. */
  logError?: (error: unknown, context: { method: string; path: string }) => void;
  version?: string;
  storeName?: string;
  /** The operators' insights, where the store keeps rollups; without it the route is not served. */
  insights?: {
    read: (from: string, to: string) => Promise<Record<string, DayRollup>>;
    experiments: readonly ExperimentSpec[];
    /** Minutes without a turn before a journey counts as abandoned. */
    abandonAfterMinutes: number;
    /**
     * Throws the HTTP error of a request that may not read them; returns how it was let in
     * (http/operator-access.ts), which the page states.
     */
    authorize: (context: Context) => OperatorAccess | Promise<OperatorAccess>;
  };
}

type AppEnv = { Variables: VisitorVariables };

/** The body of the error event that ends a stream which failed after it began. */
function errorBody(error: unknown): ErrorBody {
  return (toHttpError(error) ?? INTERNAL_ERROR).toJSON();
}

const noStore = { 'Cache-Control': 'no-store' };

/**
 * The API's paths and the methods each accepts, read from the routes registered so far (a GET
 * answers HEAD too), for the Allow header of a 405.
 */
function allowedMethods(app: Hono<AppEnv>): Map<string, string> {
  const methods = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (!route.path.startsWith('/api/') || route.method === 'ALL') continue;
    const known = methods.get(route.path) ?? new Set<string>();
    known.add(route.method);
    if (route.method === 'GET') known.add('HEAD');
    methods.set(route.path, known);
  }
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return new Map(
    [...methods].map(([path, known]) => [path, order.filter((m) => known.has(m)).join(', ')]),
  );
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { service } = options;
  const assignVariants = options.assignVariants ?? (() => ({}));
  const app = new Hono<AppEnv>();

  app.onError((error, context) => {
    let httpError = toHttpError(error);
    if (httpError === null) {
      options.logError?.(error, { method: context.req.method, path: context.req.path });
      httpError = INTERNAL_ERROR;
    }
    // Security headers here too: an error can skip the middleware that would add them.
    return context.json(httpError.toJSON(), httpError.status as 400, {
      ...SECURITY_HEADERS,
      ...noStore,
      ...httpError.headers,
    });
  });

  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    rateLimit({
      ...options.rateLimit,
      clientKey: options.rateLimit.clientKey ?? (() => 'anonymous'),
    }),
  );
  app.use(
    '/api/*',
    visitor(options.newId, {
      trustEdge: options.trustEdge === true,
      trustProxy: options.trustProxy === true,
      // Routes that serve everyone alike make no visitor: a first visit asks for the languages
      // while its first journey starts, and two new cookies racing would part it from it.
      skip: VISITORLESS,
    }),
  );
  if (options.observe !== undefined) {
    const observe = options.observe;
    app.use('/api/*', async (context, next) => {
      const started = performance.now();
      await next();
      observe({
        method: context.req.method,
        path: context.req.path,
        status: context.res.status,
        durationMs: performance.now() - started,
      });
    });
  }

  const visit = (context: Context<AppEnv>) => {
    const id = context.get('visitor');
    return { visitor: id, variants: assignVariants(id, context.req.raw) };
  };

  const journeyId = (context: Context<AppEnv>): string => {
    const id = context.req.param('id') ?? '';
    if (!JOURNEY_ID.test(id))
      throw new JourneyError('journey-not-found', 'There is no such journey.');
    return id;
  };

  // A started journey comes whole; a turn sends the new beat and the journey's head only (the
  // client already has the earlier beats, and can fetch the journey if its copy is behind).
  const startBody = (result: TurnResult): StartResponse => ({
    beat: beatView(result.beat),
    repeated: result.repeated,
    journey: journeyView(result.record),
  });
  const turnBody = (result: TurnResult): TurnResponse => ({
    beat: beatView(result.beat),
    repeated: result.repeated,
    journey: journeyHead(result.record),
  });

  const wantsStream = (context: Context) =>
    (context.req.header('accept') ?? '').includes('text/event-stream');

  /** Runs a beat-producing use case as JSON, or as SSE when the client asks for it. */
  const respondWithBeat = async (
    context: Context<AppEnv>,
    status: 200 | 201,
    body: (result: TurnResult) => unknown,
    run: (onDelta?: (text: string) => void) => Promise<TurnResult>,
  ): Promise<Response> => {
    if (!wantsStream(context)) return context.json(body(await run()), status, noStore);
    const streamed = await sseStream(async (emit) => {
      const result = await run((text) => {
        emit.delta(text);
      });
      return body(result);
    }, errorBody);
    // Sent through the context, so the headers already set on it (a new visitor's cookie) go
    // out with the stream: a Response returned as it is would leave them behind.
    return context.body(streamed.body, 200, streamed.headers);
  };

  app.get('/api/health', (context) =>
    context.json(
      {
        status: 'ok',
        version: options.version ?? 'dev',
        store: options.storeName ?? 'unknown',
      } satisfies HealthResponse,
      200,
      noStore,
    ),
  );

  if (options.insights !== undefined) {
    const insights = options.insights;
    app.get('/api/insights', async (context) => {
      const access = await insights.authorize(context);
      // By default the last 30 days, today (UTC) included.
      const to = context.req.query('to') ?? new Date().toISOString().slice(0, 10);
      const from = context.req.query('from') ?? daysBefore(to, INSIGHTS_DEFAULT_DAYS - 1);
      const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
      if (!isDay(from) || !isDay(to) || !(span >= 0 && span < INSIGHTS_MAX_DAYS)) {
        throw new HttpError(
          400,
          'invalid-request',
          `from and to are days (2026-11-26), from not after to, at most ${String(INSIGHTS_MAX_DAYS)} days apart.`,
        );
      }
      const format = context.req.query('format') ?? 'json';
      if (format !== 'json' && format !== 'csv') {
        throw new HttpError(400, 'invalid-request', 'format is json (the default) or csv.');
      }
      const report = buildReport(await insights.read(from, to), from, to, insights.experiments, {
        abandonAfterMinutes: insights.abandonAfterMinutes,
      });
      if (format === 'csv') {
        return context.body(reportToCsv(report), 200, {
          ...noStore,
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="insights-${from}-${to}.csv"`,
        });
      }
      return context.json({ insights: report, access }, 200, noStore);
    });
  }

  app.post('/api/journeys', async (context) => {
    const body = await readJson(context, StartJourneyBody, {
      allowEmpty: true,
      maxBytes: MAX_BODY_BYTES,
    });
    if (body.seed !== undefined && body.replay !== undefined) {
      throw new HttpError(400, 'invalid-request', 'Give a seed or a replay, not both.');
    }
    return respondWithBeat(context, 201, startBody, (onDelta) =>
      service.start(visit(context), body, onDelta === undefined ? {} : { onDelta }),
    );
  });

  app.get('/api/journeys', async (context) => {
    const journeys = await service.list(context.get('visitor'));
    return context.json({ journeys } satisfies JourneysResponse, 200, noStore);
  });

  app.get('/api/journeys/:id', async (context) => {
    const record = await service.get(journeyId(context), context.get('visitor'));
    return context.json({ journey: journeyView(record) } satisfies JourneyResponse, 200, noStore);
  });

  app.post('/api/journeys/:id/turns', async (context) => {
    const id = journeyId(context);
    const body = await readJson(context, AnswerTurnBody, { maxBytes: MAX_BODY_BYTES });
    return respondWithBeat(context, 200, turnBody, (onDelta) =>
      service.answer(
        id,
        body.turn,
        body.answer,
        context.get('visitor'),
        onDelta === undefined ? {} : { onDelta },
      ),
    );
  });

  const cacheable = {
    'Cache-Control': `public, max-age=${DETERMINISTIC_MAX_AGE}`,
  };

  app.get('/api/openings', async (context) => {
    const query = OpeningQuery.safeParse(context.req.query());
    if (!query.success) {
      throw new HttpError(
        400,
        'invalid-request',
        'Ask for an opening with ?seed=<text>, and nothing else.',
      );
    }
    const story = storyView(await service.opening(query.data.seed));
    return context.json(
      { seed: story.seed, world: story.world, beat: story.beats[0] } satisfies OpeningResponse,
      200,
      cacheable,
    );
  });

  app.get('/api/journeys/:id/story', async (context) => {
    const replay = context.req.query('replay');
    if (replay === undefined) {
      throw new HttpError(400, 'invalid-request', 'Ask for a shared journey with ?replay=<token>.');
    }
    const story = storyView(await service.shared(journeyId(context), replay));
    return context.json({ story } satisfies ReplayResponse, 200, noStore);
  });

  app.get('/api/replays/:token', async (context) => {
    const query = ReplayQuery.safeParse(context.req.query());
    if (!query.success) {
      throw new HttpError(
        400,
        'invalid-request',
        `Ask for a replay in a language with ?lang=, one of ${LANGUAGES.join(', ')}, and nothing else.`,
      );
    }
    const { state, retold } = await service.replay(context.req.param('token'), query.data.lang);
    const story = storyView(state, retold);
    // A replay is the same every time, unless a beat could not be translated this time (or the
    // language asked for is not offered here): that one is not kept by shared caches.
    const whole = story.beats.every((beat) => beat.language === story.language);
    const language = query.data.lang ?? 'en';
    const headers = whole && story.language === language ? cacheable : noStore;
    return context.json({ story } satisfies ReplayResponse, 200, headers);
  });

  app.get('/api/languages', async (context) =>
    context.json(
      { languages: await service.languages() } satisfies LanguagesResponse,
      200,
      noStore,
    ),
  );

  // Known paths with the wrong method: 405 with the methods they do accept, not a misleading 404.
  for (const [path, allowed] of allowedMethods(app)) {
    app.all(path, () => {
      throw new HttpError(405, 'method-not-allowed', 'This path does not accept that method.', {
        headers: { Allow: allowed },
      });
    });
  }
  app.all('/api/*', () => {
    throw new HttpError(404, 'not-found', 'There is nothing at this path.');
  });

  if (options.web !== undefined) app.use('*', options.web);
  app.notFound(() => {
    throw new HttpError(404, 'not-found', 'There is nothing at this path.');
  });
  return app;
}
