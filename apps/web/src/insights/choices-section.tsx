/** Choices: how far readers get, where they stop, and how they answer at each turn. */
import type { InsightsReport } from './insights-api';
import { Chart } from './chart';
import { count, percent } from './format';

/** Readers who reached a turn and neither ended there nor went on: they stopped (or are still reading). */
function stoppedAt(turns: InsightsReport['turns'], index: number): number {
  const here = turns[index];
  if (here === undefined) return 0;
  const next = turns.find((turn) => turn.turn === here.turn + 1)?.reached ?? 0;
  return Math.max(0, here.reached - here.ended - next);
}

interface AnswerRow {
  label: string;
  yes: number;
  no: number;
  yesShare: number;
}

function AnswerTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: AnswerRow[];
}) {
  if (rows.length === 0) return null;
  return (
    <div class="table-wrap" tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Yes</th>
            <th scope="col">No</th>
            <th scope="col">Share of Yes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{count(row.yes)}</td>
              <td>{count(row.no)}</td>
              <td>{percent(row.yesShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChoicesSection({ report }: { report: InsightsReport }) {
  const { turns } = report;
  return (
    <section aria-labelledby="choices">
      <h2 id="choices">Choices</h2>
      {turns.length === 0 ? (
        <p class="empty">No beat was served in this range.</p>
      ) : (
        <>
          <Chart
            title="Readers by turn, and their answers"
            summary="Readers reaching each turn (a falling funnel), and the share of their answers that were Yes; the table below holds the numbers."
            x={turns.map((turn) => turn.turn)}
            time={false}
            series={[
              {
                label: 'Readers reaching the turn',
                values: turns.map((turn) => turn.reached),
                color: '--series-1',
                kind: 'bars',
              },
              {
                label: 'Share answering Yes',
                values: turns.map((turn) => (turn.answered === 0 ? null : turn.yesShare)),
                color: '--series-3',
                scale: 'share',
              },
            ]}
          />
          <div class="table-wrap" tabIndex={0}>
            <table>
              <caption>Readers and answers by turn</caption>
              <thead>
                <tr>
                  <th scope="col">Turn</th>
                  <th scope="col">Reached</th>
                  <th scope="col">Ended there</th>
                  <th scope="col">Stopped there</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Yes</th>
                </tr>
              </thead>
              <tbody>
                {turns.map((turn, index) => (
                  <tr key={turn.turn}>
                    <th scope="row">{turn.turn}</th>
                    <td>{count(turn.reached)}</td>
                    <td>{count(turn.ended)}</td>
                    <td>{count(stoppedAt(turns, index))}</td>
                    <td>{count(turn.answered)}</td>
                    <td>{turn.answered === 0 ? '-' : percent(turn.yesShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="note">
            Stopped there: readers who reached the turn, did not end there and did not reach the
            next; journeys still being read count here until their next turn.
          </p>
          <AnswerTable
            caption="Answers by where the story stood"
            heading="Arc position"
            rows={report.arcs.map((arc) => ({ ...arc, label: arc.arc }))}
          />
          <AnswerTable
            caption="The storyteller’s questions most answered, and which way"
            heading="Question"
            rows={report.questions.map((question) => ({ ...question, label: question.question }))}
          />
        </>
      )}
    </section>
  );
}
