/**
 * The smoke test a release must pass through the CDN: the web app loads with every file its
 * page asks for, the API is healthy, and a journey starts and takes one answer, as a reader's
 * browser would do it (the visitor cookie carried from one request to the next).
 */
import { referencedFiles } from './manifest';

type Fetch = typeof fetch;

function expectStatus(response: Response, status: number, what: string): void {
  if (response.status !== status)
    throw new Error(`${what} answered ${response.status}, not ${status}`);
}

/** One pass of the check; rejects with what failed. */
export async function smokeOnce(base: string, fetchImpl: Fetch = fetch): Promise<void> {
  const url = (path: string) => `${base.replace(/\/$/u, '')}${path}`;
  const page = await fetchImpl(url('/'));
  expectStatus(page, 200, 'the web app');
  if (!(page.headers.get('content-type') ?? '').includes('text/html'))
    throw new Error('the web app is not served as HTML');
  const html = await page.text();
  for (const file of referencedFiles(html)) {
    const response = await fetchImpl(url(`/${file}`));
    expectStatus(response, 200, `/${file}`);
    await response.arrayBuffer();
  }
  expectStatus(await fetchImpl(url('/api/health')), 200, '/api/health');

  const started = await fetchImpl(url('/api/journeys'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seed: 'smoke test' }),
  });
  expectStatus(started, 201, 'starting a journey');
  const cookie = started.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { journey } = (await started.json()) as { journey?: { id?: string; turn?: number } };
  if (journey?.id === undefined || journey.turn !== 1)
    throw new Error('starting a journey gave no first beat');
  const answered = await fetchImpl(url(`/api/journeys/${journey.id}/turns`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie === '' ? {} : { cookie }) },
    body: JSON.stringify({ turn: 2, answer: 'yes' }),
  });
  expectStatus(answered, 200, 'answering the first question');
  const next = (await answered.json()) as { journey?: { turn?: number } };
  if (next.journey?.turn !== 2) throw new Error('answering the first question gave no second beat');
}

/** The check, tried `attempts` times (a CDN can take a moment to serve a new release). */
export async function smokeCheck(
  base: string,
  options: { attempts?: number; delayMs?: number; fetch?: Fetch } = {},
): Promise<void> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      await smokeOnce(base, options.fetch);
      return;
    } catch (error) {
      if (attempt >= attempts) throw new Error(`smoke test failed: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, (options.delayMs ?? 5000) * attempt));
    }
  }
}
