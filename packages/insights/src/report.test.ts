/**
 * The report from rollups: totals over the chosen days, the funnel by turn, narrators'
 * percentiles, and each experiment's verdict.
 */
import { ARC_POSITIONS } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { ARC_ORDER, buildReport } from './report';
import type { RollupRow } from './rollups';
import { fromRows } from './rollups';

const EXPERIMENT = {
  key: 'beat-reveal',
  description: 'How a beat appears.',
  variants: [
    { key: 'streamed', weight: 0.5 },
    { key: 'whole', weight: 0.5 },
  ],
};

const row = (day: string, metric: string, key: string, value: number): RollupRow => ({
  day,
  metric,
  key,
  value,
});

/** Two arms of an experiment on one day. */
function arms(streamed: [number, number], whole: [number, number]) {
  return fromRows([
    row('2026-11-20', 'variant.journeys', 'beat-reveal=streamed', streamed[0]),
    row('2026-11-20', 'variant.completed', 'beat-reveal=streamed', streamed[1]),
    row('2026-11-20', 'variant.beats', 'beat-reveal=streamed', streamed[0] * 10),
    row('2026-11-20', 'variant.journeys', 'beat-reveal=whole', whole[0]),
    row('2026-11-20', 'variant.completed', 'beat-reveal=whole', whole[1]),
    row('2026-11-20', 'variant.beats', 'beat-reveal=whole', whole[0] * 12),
  ]);
}

describe('the insights report', () => {
  it('adds up the chosen days only, with the funnel by turn and narrator percentiles', () => {
    const rollups = fromRows([
      row('2026-11-19', 'started', '', 50),
      row('2026-11-20', 'started', '', 10),
      row('2026-11-20', 'completed', '', 4),
      row('2026-11-21', 'started', '', 10),
      row('2026-11-21', 'completed', '', 6),
      row('2026-11-21', 'ending', 'arrival', 6),
      row('2026-11-20', 'turn.reached', '1', 10),
      row('2026-11-20', 'turn.yes', '1', 3),
      row('2026-11-20', 'turn.no', '1', 7),
      row('2026-11-21', 'turn.reached', '1', 10),
      row('2026-11-21', 'turn.yes', '1', 5),
      row('2026-11-21', 'turn.no', '1', 5),
      row('2026-11-21', 'turn.reached', '2', 9),
      // Beats are what the turns reached (29) and the latency histograms hold (190 by narrator):
      // made-up figures, which need not agree with each other here.
      row('2026-11-20', 'narrator.latency', 'storyteller#0', 90),
      row('2026-11-21', 'narrator.latency', 'storyteller#0', 80),
      row('2026-11-21', 'narrator.latency', 'storyteller#5', 20),
      // Moderation's cost, apart from narration's: per 1,000 of the 20 stories in range.
      row('2026-11-19', 'moderationCostUsd', '', 5),
      row('2026-11-20', 'moderationCostUsd', '', 0.012),
      row('2026-11-21', 'moderationCostUsd', '', 0.018),
    ]);
    const report = buildReport(rollups, '2026-11-20', '2026-11-21', []);
    expect(report.stories).toMatchObject({
      started: 20,
      completed: 10,
      completionRate: 0.5,
      beatsPerStory: 29 / 20,
      moderationCostPer1000: (1000 * 0.03) / 20,
      endings: { arrival: 6 },
    });
    expect(report.stories.byDay.map((day) => day.day)).toEqual(['2026-11-20', '2026-11-21']);
    // Both days are long over: every journey not completed was abandoned.
    expect(report.stories.abandoned).toBe(10);
    expect(report.turns).toEqual([
      { turn: 1, reached: 20, ended: 0, answered: 20, yesShare: 0.4 },
      { turn: 2, reached: 9, ended: 0, answered: 0, yesShare: 0 },
    ]);
    // 170 of 190 beats within 5 ms, 20 up to 250 ms: p50 5 ms, p95 250 ms.
    expect(report.narrators).toEqual([
      { narrator: 'storyteller', beats: 190, fallbacks: 0, p50Ms: 5, p95Ms: 250, costUsd: 0 },
    ]);
  });

  it('names the winning arm with its difference, interval and p-value', () => {
    const report = buildReport(arms([1000, 400], [1000, 461]), '2026-11-01', '2026-11-30', [
      EXPERIMENT,
    ]);
    const [experiment] = report.experiments;
    expect(experiment?.arms.map((arm) => arm.completionRate)).toEqual([0.4, 0.461]);
    expect(experiment?.arms.map((arm) => arm.beatsPerJourney)).toEqual([10, 12]);
    expect(experiment?.ratio.mismatch).toBe(false);
    expect(experiment?.verdict).toMatch(
      /^whole completes more stories: \+6\.1 points, 95% CI \+1\.8 to \+10\.4 \(p = 0\.00[0-9]\)\.$/u,
    );
  });

  it('says when no difference is shown, when data is thin, and when assignment is broken', () => {
    const even = buildReport(arms([1000, 400], [1000, 410]), '2026-11-01', '2026-11-30', [
      EXPERIMENT,
    ]);
    expect(even.experiments[0]?.verdict).toMatch(
      /^No difference shown between whole and streamed/u,
    );
    const thin = buildReport(arms([40, 20], [45, 30]), '2026-11-01', '2026-11-30', [EXPERIMENT]);
    expect(thin.experiments[0]?.verdict).toMatch(/^Not enough data yet: streamed has 40 journeys/u);
    const broken = buildReport(arms([5400, 2000], [4600, 1700]), '2026-11-01', '2026-11-30', [
      EXPERIMENT,
    ]);
    expect(broken.experiments[0]?.verdict).toMatch(/^Assignment is broken/u);
    const none = buildReport({}, '2026-11-01', '2026-11-30', [EXPERIMENT]);
    expect(none.experiments[0]?.comparisons).toEqual([]);
    expect(none.experiments[0]?.verdict).toMatch(/^Not enough data yet/u);
  });
});

describe('abandoned journeys', () => {
  const rollups = fromRows([
    row('2026-11-25', 'started', '', 10),
    row('2026-11-25', 'completed', '', 4),
    row('2026-11-26', 'started', '', 8),
    row('2026-11-26', 'completed', '', 1),
  ]);
  const report = (now: string, abandonAfterMinutes?: number) =>
    buildReport(rollups, '2026-11-25', '2026-11-26', [], {
      now: new Date(now),
      ...(abandonAfterMinutes === undefined ? {} : { abandonAfterMinutes }),
    });

  it('counts a day once it is over by more than the abandonment time, not before', () => {
    const early = report('2026-11-26T00:20:00Z');
    expect(early.stories.byDay.map((day) => day.abandoned)).toEqual([null, null]);
    expect(early.stories.abandoned).toBeNull();
    const later = report('2026-11-26T00:31:00Z');
    expect(later.stories.byDay.map((day) => day.abandoned)).toEqual([6, null]);
    expect(later.stories.abandoned).toBe(6);
    expect(report('2026-11-27T00:31:00Z').stories.abandoned).toBe(13);
  });

  it('takes the abandonment time from the options', () => {
    expect(report('2026-11-26T00:20:00Z', 10).stories.abandoned).toBe(6);
    expect(report('2026-11-26T00:20:00Z', 10).stories.abandonAfterMinutes).toBe(10);
  });
});

describe('answers by question and by arc position', () => {
  it('sums each across the days, questions most answered first, arcs in the arc’s order', () => {
    const report = buildReport(
      fromRows([
        row('2026-11-20', 'question.yes', 'night-bus.bell', 3),
        row('2026-11-21', 'question.no', 'night-bus.bell', 1),
        row('2026-11-20', 'question.no', 'ferry.rope', 9),
        row('2026-11-20', 'arc.yes', 'turn', 2),
        row('2026-11-20', 'arc.yes', 'opening', 6),
        row('2026-11-21', 'arc.no', 'opening', 2),
      ]),
      '2026-11-20',
      '2026-11-21',
      [],
    );
    expect(report.questions).toEqual([
      { question: 'ferry.rope', yes: 0, no: 9, yesShare: 0 },
      { question: 'night-bus.bell', yes: 3, no: 1, yesShare: 0.75 },
    ]);
    expect(report.arcs).toEqual([
      { arc: 'opening', yes: 6, no: 2, yesShare: 0.75 },
      { arc: 'turn', yes: 2, no: 0, yesShare: 1 },
    ]);
  });
});

it('orders arc positions as the story does', () => {
  expect(ARC_ORDER).toEqual(ARC_POSITIONS);
});

it('gives mean beats per journey an interval from the sum of squared lengths', () => {
  // Four journeys of 2, 4, 4 and 6 beats: mean 4, sample variance 8/3.
  const report = buildReport(
    fromRows([
      row('2026-11-20', 'variant.journeys', 'x=a', 4),
      row('2026-11-20', 'variant.beats', 'x=a', 16),
      row('2026-11-20', 'variant.beatsSquared', 'x=a', 4 + 16 + 16 + 36),
    ]),
    '2026-11-20',
    '2026-11-20',
    [{ key: 'x', description: '', variants: [{ key: 'a', weight: 1 }] }],
  );
  const arm = report.experiments[0]?.arms[0];
  const half = 1.959963984540054 * Math.sqrt(8 / 3 / 4);
  expect(arm?.beatsPerJourney).toBe(4);
  expect(arm?.beatsInterval[0]).toBeCloseTo(4 - half, 10);
  expect(arm?.beatsInterval[1]).toBeCloseTo(4 + half, 10);
});
