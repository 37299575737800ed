#!/usr/bin/env node
// `npm run test:smoke [-- URL]`: a running deployment answers health and starts a journey.
// Default URL: SMOKE_URL, or the local server.
const base = (process.argv[2] ?? process.env.SMOKE_URL ?? 'http://127.0.0.1:8787').replace(
  /\/$/u,
  '',
);
try {
  const health = await fetch(`${base}/api/health`);
  if (!health.ok) throw new Error(`/api/health answered ${health.status}`);
  const started = await fetch(`${base}/api/journeys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seed: 'smoke test' }),
  });
  const body = await started.json();
  if (started.status !== 201 || body.journey?.turn !== 1)
    throw new Error(`starting a journey answered ${started.status}`);
  console.log(`smoke test passed: ${base}`);
} catch (error) {
  console.error(
    `smoke test failed against ${base}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
