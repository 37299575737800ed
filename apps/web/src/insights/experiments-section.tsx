/**
 * Experiments: each arm's journeys and completion rate with its interval, each variant against
 * control, the sample-ratio check (loud when it fails), and the verdict in words.
 */
import { MIN_JOURNEYS_PER_ARM } from '@liminal/insights';
import type { InsightsReport } from './insights-api';
import { count, interval, percent, points } from './format';

type Experiment = InsightsReport['experiments'][number];

function ExperimentReport({ experiment }: { experiment: Experiment }) {
  const { ratio } = experiment;
  return (
    <article class="experiment" aria-labelledby={`experiment-${experiment.key}`}>
      <h3 id={`experiment-${experiment.key}`}>{experiment.key}</h3>
      <p class="note">{experiment.description}</p>
      {ratio.mismatch ? (
        <p class="warning">
          Sample ratio mismatch: the arms' {ratio.basis} differ from the weights more than chance
          allows (chi-square {ratio.chiSquare.toFixed(1)}, p = {ratio.pValue.toExponential(1)}).
          Assignment or logging is broken; do not trust this experiment's results.
        </p>
      ) : null}
      <p class="verdict">{experiment.verdict}</p>
      <div class="table-wrap" tabIndex={0}>
        <table>
          <caption>Arms of {experiment.key}</caption>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">Weight</th>
              <th scope="col">Visitors</th>
              <th scope="col">Journeys</th>
              <th scope="col">Completed</th>
              <th scope="col">Completion rate (95% CI)</th>
              <th scope="col">Beats per journey (95% CI)</th>
            </tr>
          </thead>
          <tbody>
            {experiment.arms.map((arm, index) => (
              <tr key={arm.variant}>
                <th scope="row">
                  {arm.variant}
                  {index === 0 ? ' (control)' : ''}
                </th>
                <td>{arm.weight}</td>
                <td>{count(arm.visitors)}</td>
                <td>{count(arm.journeys)}</td>
                <td>{count(arm.completed)}</td>
                <td>
                  {percent(arm.completionRate)} ({interval(arm.interval)})
                </td>
                <td>
                  {arm.beatsPerJourney.toFixed(1)} ({arm.beatsInterval[0].toFixed(1)} to{' '}
                  {arm.beatsInterval[1].toFixed(1)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {experiment.comparisons.length === 0 ? null : (
        <div class="table-wrap" tabIndex={0}>
          <table>
            <caption>Each variant against control</caption>
            <thead>
              <tr>
                <th scope="col">Variant</th>
                <th scope="col">Difference in completion rate</th>
                <th scope="col">95% CI</th>
                <th scope="col">p</th>
              </tr>
            </thead>
            <tbody>
              {experiment.comparisons.map((comparison) => (
                <tr key={comparison.variant}>
                  <th scope="row">{comparison.variant}</th>
                  <td>{points(comparison.difference)}</td>
                  <td>
                    {points(comparison.interval[0])} to {points(comparison.interval[1])}
                  </td>
                  <td>{comparison.pValue.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="note">
        Sample ratio, on {ratio.basis}: chi-square {ratio.chiSquare.toFixed(2)}, p ={' '}
        {ratio.pValue.toFixed(3)} {ratio.mismatch ? '(mismatch)' : '(as the weights expect)'}.
      </p>
    </article>
  );
}

export function ExperimentsSection({ report }: { report: InsightsReport }) {
  return (
    <section aria-labelledby="experiments">
      <h2 id="experiments">Experiments</h2>
      <p class="note">
        Completion rates are compared with a two-proportion z-test (pooled standard error), each
        rate shown with its Wilson 95% interval; the difference's interval uses the unpooled
        standard error. The sample-ratio check is Pearson's chi-square of the arms' visitors (each
        counted on their first journey) against the weights, failing below p = 0.001. A verdict
        waits until every arm has {MIN_JOURNEYS_PER_ARM} journeys.
      </p>
      {report.experiments.length === 0 ? (
        <p class="empty">No experiment is running.</p>
      ) : (
        report.experiments.map((experiment) => (
          <ExperimentReport key={experiment.key} experiment={experiment} />
        ))
      )}
    </section>
  );
}
