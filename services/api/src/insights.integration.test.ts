/**
 * The operators' insights over real HTTP: the report of the rollups the SQLite store keeps,
 * loopback-only without a token, the token required once set, a reader's cookie never enough.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightsReport } from '@liminal/insights';
import type { TestServer } from './node/test-server';
import { startTestServer } from './node/test-server';

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function play(url: string, seed: string, turns: number): Promise<string> {
  const started = await fetch(`${url}/api/journeys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seed }),
  });
  const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { journey } = (await started.json()) as { journey: { id: string } };
  for (let turn = 2; turn <= turns; turn++) {
    await fetch(`${url}/api/journeys/${journey.id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ turn, answer: turn % 2 === 0 ? 'yes' : 'no' }),
    });
  }
  return cookie;
}

describe('GET /api/insights', () => {
  let open: TestServer;
  beforeAll(async () => {
    open = await startTestServer();
    servers.push(open);
  });

  it('reports the stories played today, from this machine without a token', async () => {
    await play(open.url, 'insights one', 4);
    await play(open.url, 'insights two', 3);
    const response = await fetch(`${open.url}/api/insights`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { insights, access } = (await response.json()) as {
      insights: InsightsReport;
      access: string;
    };
    expect(access).toBe('loopback');
    expect(insights.stories.started).toBe(2);
    expect(insights.stories.beatsPerStory).toBe(3.5);
    // Both answered Yes to their first beat and No to their second (the answer to a beat is
    // counted at that beat's turn).
    expect(insights.turns.slice(0, 2)).toMatchObject([
      { turn: 1, reached: 2, answered: 2, yesShare: 1 },
      { turn: 2, reached: 2, answered: 2, yesShare: 0 },
    ]);
    expect(insights.narrators[0]).toMatchObject({ narrator: 'storyteller', beats: 7 });
    // Each answer is counted against the storyteller's question it answered, and where the
    // story stood: 5 answers in all.
    const answers = (list: { yes: number; no: number }[]) =>
      list.reduce((total, entry) => total + entry.yes + entry.no, 0);
    expect(answers(insights.questions)).toBe(5);
    expect(insights.questions[0]?.question).toMatch(/^[a-z-]+\.[a-z0-9-]+$/u);
    expect(answers(insights.arcs)).toBe(5);
    expect(insights.arcs[0]?.arc).toBe('opening');
    expect(insights.experiments[0]?.key).toBe('beat-reveal');
    // Two new readers, each counted once in their arm, and the sample ratio taken on them.
    const arms = insights.experiments[0]?.arms ?? [];
    expect(arms.reduce((total, arm) => total + arm.visitors, 0)).toBe(2);
    expect(insights.experiments[0]?.ratio.basis).toBe('visitors');
    expect(insights.experiments[0]?.verdict).toMatch(/^Not enough data yet/u);
  });

  it('exports the same report as CSV, and refuses a format it does not have', async () => {
    const csv = await fetch(`${open.url}/api/insights?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="insights-/u);
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('section,item,measure,value');
    const json = (await (await fetch(`${open.url}/api/insights`)).json()) as {
      insights: InsightsReport;
    };
    expect(lines).toContain(`stories,all,started,${String(json.insights.stories.started)}`);
    const xml = await fetch(`${open.url}/api/insights?format=xml`);
    expect(xml.status).toBe(400);
  });

  it('answers a bad range with a 400 that says what a range is', async () => {
    for (const query of [
      'from=yesterday',
      'from=2026-02-30&to=2026-03-01',
      'from=2026-13-01',
      'from=2026-11-20&to=2026-11-10',
      'from=2020-01-01&to=2026-01-01',
    ]) {
      const response = await fetch(`${open.url}/api/insights?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'invalid-request',
      );
    }
  });

  it('requires the token once one is set, whatever cookie comes with the request', async () => {
    const guarded = await startTestServer({ INSIGHTS_TOKEN: 'operators-only-9f2c' });
    servers.push(guarded);
    const cookie = await play(guarded.url, 'a reader', 2);
    const asReader = await fetch(`${guarded.url}/api/insights`, { headers: { cookie } });
    expect(asReader.status).toBe(401);
    expect(asReader.headers.get('www-authenticate')).toContain('Bearer');
    const body = (await asReader.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('operator-token-required');
    expect(body.error.message).not.toContain('operators-only-9f2c');
    const asOperator = await fetch(`${guarded.url}/api/insights`, {
      headers: { authorization: 'Bearer operators-only-9f2c' },
    });
    expect(asOperator.status).toBe(200);
    // The page says how it was let in.
    expect(((await asOperator.json()) as { access: string }).access).toBe('token');
  });

  it('is not served when the rollups are off', async () => {
    const off = await startTestServer({ INSIGHTS_ROLLUPS: 'false' });
    servers.push(off);
    expect((await fetch(`${off.url}/api/insights`)).status).toBe(404);
  });
});
