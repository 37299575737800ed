/**
 * The operators' insights page: a range of days, the report for it in four sections, and its
 * exports. The report comes whole from GET /api/insights (built from daily rollups, so it costs
 * the same whatever the number of journeys); this page only lays it out.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Access, InsightsResponse, Range } from './insights-api';
import { InsightsError, fetchInsights, loadInsights, saveToken, savedToken } from './insights-api';
import { dayBefore } from './format';
import { StoriesSection } from './stories-section';
import { ChoicesSection } from './choices-section';
import { NarratorsSection } from './narrators-section';
import { ExperimentsSection } from './experiments-section';

const DEFAULT_DAYS = 30;

function defaultRange(): Range {
  const to = new Date().toISOString().slice(0, 10);
  return { from: dayBefore(to, DEFAULT_DAYS - 1), to };
}

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; response: InsightsResponse }
  | { kind: 'token-needed'; message: string }
  | { kind: 'failed'; error: InsightsError };

function AccessNote({ access }: { access: Access }) {
  return access === 'loopback' ? (
    <p class="access">
      No INSIGHTS_TOKEN is set, so these insights are served to this machine only. Set one to read
      them from elsewhere.
    </p>
  ) : null;
}

function TokenForm({ message, onToken }: { message: string; onToken: (token: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      class="token"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') onToken(value.trim());
      }}
    >
      <p role="alert">{message}</p>
      <label for="token">Operators’ token</label>
      <input
        id="token"
        type="password"
        autocomplete="current-password"
        value={value}
        onInput={(event) => {
          setValue(event.currentTarget.value);
        }}
      />
      <button type="submit">Open the insights</button>
    </form>
  );
}

/** Saves a file the browser got by fetch (the token rides in a header a plain link cannot send). */
async function download(range: Range, token: string | null, format: 'json' | 'csv') {
  const response = await fetchInsights(range, token, format);
  const blob =
    format === 'csv'
      ? await response.blob()
      : new Blob([JSON.stringify((await response.json()) as unknown, null, 2)], {
          type: 'application/json',
        });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `insights-${range.from}-${range.to}.${format}`;
  link.click();
  // Revoked once the browser has had time to start the download (at once, some cancel it).
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 10_000);
}

export function InsightsPage() {
  const [range, setRange] = useState<Range>(defaultRange);
  const [draft, setDraft] = useState<Range>(range);
  const [token, setToken] = useState<string | null>(savedToken);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [exportError, setExportError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    loadInsights(range, token).then(
      (response) => {
        setState({ kind: 'ready', response });
      },
      (error: unknown) => {
        const failure =
          error instanceof InsightsError
            ? error
            : new InsightsError(0, 'unavailable', 'The insights could not be read.');
        if (failure.code === 'operator-token-required') {
          saveToken(null);
          setState({
            kind: 'token-needed',
            message:
              token === null
                ? 'These insights are for operators: enter the operators’ token.'
                : 'That token was refused: enter the operators’ token.',
          });
        } else {
          setState({ kind: 'failed', error: failure });
        }
      },
    );
  }, [range, token]);

  useEffect(load, [load]);

  const exportAs = (format: 'json' | 'csv') => {
    setExportError(null);
    download(range, token, format).catch((error: unknown) => {
      if (error instanceof InsightsError && error.code === 'operator-token-required') {
        load();
        return;
      }
      setExportError(
        error instanceof InsightsError ? error.message : 'The export could not be saved.',
      );
    });
  };

  // Drawn once per report: typing a date re-renders the page, not the charts.
  const sections = useMemo(
    () =>
      state.kind === 'ready' ? (
        <>
          <StoriesSection report={state.response.insights} />
          <ChoicesSection report={state.response.insights} />
          <NarratorsSection report={state.response.insights} />
          <ExperimentsSection report={state.response.insights} />
        </>
      ) : null,
    [state],
  );

  return (
    <main class="insights" aria-busy={state.kind === 'loading'}>
      <header>
        <h1 ref={heading} tabIndex={-1}>
          Insights
        </h1>
        <p class="note">
          Liminal Transit: stories, choices, narrators and experiments, from daily rollups (days in
          UTC).
        </p>
        {state.kind === 'ready' ? <AccessNote access={state.response.access} /> : null}
      </header>
      {state.kind === 'token-needed' ? (
        <TokenForm
          message={state.message}
          onToken={(entered) => {
            saveToken(entered);
            setToken(entered);
            // The form goes away: focus goes to the page's heading, not to nowhere.
            heading.current?.focus();
          }}
        />
      ) : (
        <form
          class="range"
          onSubmit={(event) => {
            event.preventDefault();
            setRange(draft);
          }}
        >
          <label>
            From
            <input
              type="date"
              value={draft.from}
              max={draft.to}
              required
              onInput={(event) => {
                setDraft({ ...draft, from: event.currentTarget.value });
              }}
            />
          </label>
          <label>
            To
            <input
              type="date"
              value={draft.to}
              min={draft.from}
              required
              onInput={(event) => {
                setDraft({ ...draft, to: event.currentTarget.value });
              }}
            />
          </label>
          <button type="submit">Show</button>
          {state.kind === 'ready' ? (
            <span class="exports">
              <button
                type="button"
                onClick={() => {
                  exportAs('csv');
                }}
              >
                Export CSV
              </button>
              <button
                type="button"
                onClick={() => {
                  exportAs('json');
                }}
              >
                Export JSON
              </button>
            </span>
          ) : null}
        </form>
      )}
      {exportError === null ? null : (
        <p class="warning" role="alert">
          {exportError}
        </p>
      )}
      <p class="status" role="status">
        {state.kind === 'loading' ? 'Reading the rollups...' : ''}
      </p>
      {state.kind === 'failed' ? (
        <p class="warning" role="alert">
          {state.error.message}
        </p>
      ) : null}
      {sections}
    </main>
  );
}
