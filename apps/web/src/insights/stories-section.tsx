/** Stories: how many began and ended, the completion rate by day, and the mix of endings. */
import type { InsightsReport } from './insights-api';
import { Chart } from './chart';
import { count, daySeconds, interval, percent } from './format';

export function StoriesSection({ report }: { report: InsightsReport }) {
  const { stories } = report;
  const endings = Object.entries(stories.endings).sort(([, a], [, b]) => b - a);
  const mostEndings = Math.max(1, ...endings.map(([, n]) => n));
  return (
    <section aria-labelledby="stories">
      <h2 id="stories">Stories</h2>
      <dl class="figures">
        <div>
          <dt>Started</dt>
          <dd>{count(stories.started)}</dd>
        </div>
        <div>
          <dt>Completed</dt>
          <dd>{count(stories.completed)}</dd>
        </div>
        <div>
          <dt>Completion rate</dt>
          <dd>
            {percent(stories.completionRate)}
            <small>95% CI {interval(stories.interval)}</small>
          </dd>
        </div>
        <div>
          <dt>Abandoned</dt>
          <dd>
            {stories.abandoned === null ? '-' : count(stories.abandoned)}
            <small>
              {stories.abandoned === null
                ? 'no day of the range is over yet'
                : `not completed the day they began, counted ${String(stories.abandonAfterMinutes)} minutes after it ended (UTC)`}
            </small>
          </dd>
        </div>
        <div>
          <dt>Beats per story</dt>
          <dd>{stories.beatsPerStory.toFixed(1)}</dd>
        </div>
      </dl>
      <Chart
        title="Stories by day"
        summary={`Stories started and completed each day from ${report.from} to ${report.to}, with the share completed; the table below holds the numbers.`}
        x={stories.byDay.map((day) => daySeconds(day.day))}
        time
        series={[
          {
            label: 'Started',
            values: stories.byDay.map((day) => day.started),
            color: '--series-1',
            kind: 'bars',
          },
          {
            label: 'Completed',
            values: stories.byDay.map((day) => day.completed),
            color: '--series-2',
            kind: 'bars',
          },
          {
            label: 'Completion rate',
            values: stories.byDay.map((day) =>
              day.started === 0 ? null : day.completed / day.started,
            ),
            color: '--series-3',
            scale: 'share',
          },
        ]}
      />
      <div class="table-wrap" tabIndex={0}>
        <table>
          <caption>Stories by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Started</th>
              <th scope="col">Completed</th>
              <th scope="col">Completion rate</th>
              <th scope="col">Abandoned</th>
              <th scope="col">Beats</th>
            </tr>
          </thead>
          <tbody>
            {stories.byDay.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                <td>{count(day.started)}</td>
                <td>{count(day.completed)}</td>
                <td>{day.started === 0 ? '-' : percent(day.completed / day.started)}</td>
                <td>{day.abandoned === null ? 'too soon' : count(day.abandoned)}</td>
                <td>{count(day.beats)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Endings</h3>
      {endings.length === 0 ? (
        <p class="empty">No story has ended in this range.</p>
      ) : (
        <div class="table-wrap" tabIndex={0}>
          <table class="bars">
            <caption>Completed stories by ending</caption>
            <thead>
              <tr>
                <th scope="col">Ending</th>
                <th scope="col">Stories</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {endings.map(([ending, n]) => (
                <tr key={ending}>
                  <th scope="row">{ending}</th>
                  <td>
                    <span class="bar" style={{ width: `${String((n / mostEndings) * 100)}%` }} />
                    {count(n)}
                  </td>
                  <td>{percent(n / Math.max(1, stories.completed))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
