/** Narrators: who wrote the beats, how fast, at what cost, and how often a provider failed. */
import type { InsightsReport } from './insights-api';
import { count, milliseconds, percent, usd } from './format';

function daysIn(report: InsightsReport): number {
  return Math.round((Date.parse(report.to) - Date.parse(report.from)) / 86_400_000) + 1;
}

export function NarratorsSection({ report }: { report: InsightsReport }) {
  const cost = report.narrators.reduce((total, narrator) => total + narrator.costUsd, 0);
  const stories = report.stories.started;
  return (
    <section aria-labelledby="narrators">
      <h2 id="narrators">Narrators</h2>
      <dl class="figures">
        <div>
          <dt>Cost per story</dt>
          <dd>{stories === 0 ? '-' : usd(cost / stories)}</dd>
        </div>
        <div>
          <dt>Cost per day</dt>
          <dd>{usd(cost / daysIn(report))}</dd>
        </div>
        <div>
          <dt>Cost in all</dt>
          <dd>{usd(cost)}</dd>
        </div>
        <div>
          <dt>Moderation per 1,000 stories</dt>
          <dd>{usd(report.stories.moderationCostPer1000)}</dd>
        </div>
      </dl>
      {report.narrators.length === 0 ? (
        <p class="empty">No beat was served in this range.</p>
      ) : (
        <div class="table-wrap" tabIndex={0}>
          <table>
            <caption>Beats by narrator</caption>
            <thead>
              <tr>
                <th scope="col">Narrator</th>
                <th scope="col">Beats</th>
                <th scope="col">Served as fallback</th>
                <th scope="col">Latency p50</th>
                <th scope="col">Latency p95</th>
                <th scope="col">Cost</th>
              </tr>
            </thead>
            <tbody>
              {report.narrators.map((narrator) => (
                <tr key={narrator.narrator}>
                  <th scope="row">{narrator.narrator}</th>
                  <td>{count(narrator.beats)}</td>
                  <td>
                    {count(narrator.fallbacks)} (
                    {percent(narrator.fallbacks / Math.max(1, narrator.beats))})
                  </td>
                  <td>{milliseconds(narrator.p50Ms)}</td>
                  <td>{milliseconds(narrator.p95Ms)}</td>
                  <td>{usd(narrator.costUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>Provider attempts</h3>
      {report.attempts.length === 0 ? (
        <p class="empty">
          No AI narrator was tried in this range: every beat came from the built-in storyteller.
        </p>
      ) : (
        <div class="table-wrap" tabIndex={0}>
          <table>
            <caption>AI narrator attempts by provider and outcome</caption>
            <thead>
              <tr>
                <th scope="col">Provider and outcome</th>
                <th scope="col">Attempts</th>
                <th scope="col">Failures</th>
              </tr>
            </thead>
            <tbody>
              {report.attempts.map((attempt) => (
                <tr key={attempt.key}>
                  <th scope="row">{attempt.key.replace(':', ': ')}</th>
                  <td>{count(attempt.attempts)}</td>
                  <td>{count(attempt.failures)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
