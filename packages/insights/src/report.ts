/**
 * The insights report for a range of days, from rollups alone: stories and their endings, where
 * readers stop and how they answer, narrators, and each experiment's arms with a verdict in plain
 * language. What the page shows and what its CSV and JSON exports hold.
 */
import type { AnswerCounters, DayRollup, NarratorCounters, TurnCounters } from './rollups';
import { LATENCY_BOUNDS, latencyPercentile } from './rollups';
import type { Comparison, RatioCheck } from './statistics';
import { Z95, compareRates, sampleRatioCheck, wilsonInterval } from './statistics';

/** What the report needs of an experiment (the shape of @liminal/experiments'). */
export interface ExperimentSpec {
  key: string;
  description: string;
  variants: readonly { key: string; weight: number }[];
}

export interface ArmReport {
  variant: string;
  weight: number;
  /** Visitors whose first journey was in this arm. */
  visitors: number;
  journeys: number;
  completed: number;
  completionRate: number;
  interval: [number, number];
  beatsPerJourney: number;
  /** 95% interval of the mean (normal approximation; 0 to 0 without journeys). */
  beatsInterval: [number, number];
}

export interface ExperimentReport {
  key: string;
  description: string;
  /** The first variant is the control. */
  arms: ArmReport[];
  /** Each other arm against the control. */
  comparisons: (Comparison & { variant: string })[];
  /** The sample-ratio check, on visitors (as assignment is) where the rollups count them. */
  ratio: RatioCheck & { basis: 'visitors' | 'journeys' };
  verdict: string;
}

export interface InsightsReport {
  from: string;
  to: string;
  stories: {
    started: number;
    completed: number;
    completionRate: number;
    interval: [number, number];
    beatsPerStory: number;
    /** What moderating AI beats cost per 1,000 stories started, USD (beside narration's cost). */
    moderationCostPer1000: number;
    /**
     * Journeys not completed the day they began (UTC), on the days over by more than the
     * abandonment time; null when no day of the range is yet.
     */
    abandoned: number | null;
    /** Minutes without a turn after which a journey counts as abandoned. */
    abandonAfterMinutes: number;
    endings: Record<string, number>;
    byDay: {
      day: string;
      started: number;
      completed: number;
      beats: number;
      /** Null while the day is too recent to tell. */
      abandoned: number | null;
    }[];
  };
  /** Readers reaching each turn, and the share of Yes among the answers given there. */
  turns: { turn: number; reached: number; ended: number; answered: number; yesShare: number }[];
  /** Answers by the arc position of the beat answered, in the arc's order. */
  arcs: AnswerShare<'arc'>[];
  /** The storyteller's questions most answered (at most QUESTIONS_SHOWN), most answered first. */
  questions: AnswerShare<'question'>[];
  narrators: {
    narrator: string;
    beats: number;
    fallbacks: number;
    p50Ms: number;
    p95Ms: number;
    costUsd: number;
  }[];
  attempts: { key: string; attempts: number; failures: number }[];
  experiments: ExperimentReport[];
}

export type AnswerShare<K extends string> = Record<K, string> & {
  yes: number;
  no: number;
  yesShare: number;
};

/** The questions the report lists: enough to see which way readers lean, a bounded payload. */
export const QUESTIONS_SHOWN = 40;
/** The arc's positions in order (@liminal/story's ARC_POSITIONS; this package depends on none). */
export const ARC_ORDER = ['opening', 'rising', 'turn', 'resolution'];

/** Sums each key's yes and no across the days. */
function answerShares<K extends string>(
  name: K,
  days: readonly DayRollup[],
  pick: (day: DayRollup) => Record<string, AnswerCounters>,
): AnswerShare<K>[] {
  return [...byKey(days, pick)].map(([key, list]) => {
    const yes = list.reduce((total, counts) => total + counts.yes, 0);
    const no = list.reduce((total, counts) => total + counts.no, 0);
    return {
      [name]: key,
      yes,
      no,
      yesShare: yes + no === 0 ? 0 : yes / (yes + no),
    } as AnswerShare<K>;
  });
}

/** The 95% interval of a mean from its count, sum and sum of squares (sample variance). */
function meanInterval(n: number, sum: number, squares: number): [number, number] {
  if (n === 0) return [0, 0];
  const mean = sum / n;
  if (n === 1) return [mean, mean];
  const variance = Math.max(0, (squares - n * mean * mean) / (n - 1));
  const half = Z95 * Math.sqrt(variance / n);
  return [mean - half, mean + half];
}

/** Journeys each arm needs, and completions and non-completions, before a verdict. */
export const MIN_JOURNEYS_PER_ARM = 100;
const MIN_OUTCOMES = 10;

const points = (rate: number) => `${rate >= 0 ? '+' : ''}${(rate * 100).toFixed(1)}`;

function verdictFor(
  arms: readonly ArmReport[],
  comparisons: ExperimentReport['comparisons'],
  ratio: ExperimentReport['ratio'],
): string {
  if (ratio.mismatch) {
    return `Assignment is broken: the arms' ${ratio.basis} differ from the weights more than chance allows (chi-square ${ratio.chiSquare.toFixed(1)}, p = ${ratio.pValue.toExponential(1)}). No result here can be trusted until that is fixed.`;
  }
  const thin = arms.find(
    (arm) =>
      arm.journeys < MIN_JOURNEYS_PER_ARM ||
      arm.completed < MIN_OUTCOMES ||
      arm.journeys - arm.completed < MIN_OUTCOMES,
  );
  if (thin !== undefined) {
    return `Not enough data yet: ${thin.variant} has ${String(thin.journeys)} journeys (${String(thin.completed)} completed); each arm needs at least ${String(MIN_JOURNEYS_PER_ARM)}, with ${String(MIN_OUTCOMES)} completed and ${String(MIN_OUTCOMES)} not.`;
  }
  return comparisons
    .map((comparison) => {
      const ci = `95% CI ${points(comparison.interval[0])} to ${points(comparison.interval[1])}`;
      const p = `p = ${comparison.pValue.toFixed(3)}`;
      if (comparison.pValue >= 0.05) {
        return `No difference shown between ${comparison.variant} and ${arms[0]?.variant ?? 'control'}: ${points(comparison.difference)} points, ${ci} (${p}).`;
      }
      const more = comparison.difference > 0 ? 'more' : 'fewer';
      return `${comparison.variant} completes ${more} stories: ${points(comparison.difference)} points, ${ci} (${p}).`;
    })
    .join(' ');
}

/** Each key's counters across the days, gathered for summing. */
function byKey<T>(days: readonly DayRollup[], pick: (day: DayRollup) => Record<string, T>) {
  const all = new Map<string, T[]>();
  for (const day of days) {
    for (const [key, value] of Object.entries(pick(day))) {
      const list = all.get(key);
      if (list === undefined) all.set(key, [value]);
      else list.push(value);
    }
  }
  return all;
}

export interface ReportOptions {
  /** Minutes without a turn after which a journey counts as abandoned (default 30). */
  abandonAfterMinutes?: number;
  now?: Date;
}

export const ABANDON_AFTER_MINUTES = 30;
const DAY_MS = 86_400_000;

/**
 * A day's abandoned journeys, once it is over by more than the abandonment time: those started
 * that day and not completed (rollups count completions on the day they happen, so a story that
 * ends after midnight counts against the next day; the few such shift a day's figure a little).
 */
function abandonedOn(
  day: string,
  stories: { started: number; completed: number },
  settledBefore: number,
): number | null {
  if (Date.parse(`${day}T00:00:00Z`) + DAY_MS > settledBefore) return null;
  return Math.max(0, stories.started - stories.completed);
}

/** The report of the days from `from` to `to` ("2026-11-01"), both included. */
export function buildReport(
  rollups: Readonly<Record<string, DayRollup>>,
  from: string,
  to: string,
  experiments: readonly ExperimentSpec[],
  options: ReportOptions = {},
): InsightsReport {
  const abandonAfterMinutes = options.abandonAfterMinutes ?? ABANDON_AFTER_MINUTES;
  const settledBefore = (options.now ?? new Date()).getTime() - abandonAfterMinutes * 60_000;
  const entries = Object.entries(rollups)
    .filter(([day]) => day >= from && day <= to)
    .sort(([a], [b]) => a.localeCompare(b));
  const days = entries.map(([, rollup]) => rollup);
  const started = days.reduce((total, day) => total + day.stories.started, 0);
  const completed = days.reduce((total, day) => total + day.stories.completed, 0);
  const beats = days.reduce((total, day) => total + day.stories.beats, 0);
  // Rows written before moderation cost was counted leave it at 0 (see fromRows).
  const moderationCost = days.reduce((total, day) => total + day.stories.moderationCostUsd, 0);
  const byDay = entries.map(([day, rollup]) => ({
    day,
    started: rollup.stories.started,
    completed: rollup.stories.completed,
    beats: rollup.stories.beats,
    abandoned: abandonedOn(day, rollup.stories, settledBefore),
  }));
  const endings: Record<string, number> = {};
  for (const day of days)
    for (const [ending, count] of Object.entries(day.stories.endings))
      endings[ending] = (endings[ending] ?? 0) + count;

  const turns = [...byKey(days, (day) => day.turns)]
    .map(([turn, list]) => {
      const total = list.reduce(
        (acc: TurnCounters, counts) => ({
          reached: acc.reached + counts.reached,
          yes: acc.yes + counts.yes,
          no: acc.no + counts.no,
          ended: acc.ended + counts.ended,
        }),
        { reached: 0, yes: 0, no: 0, ended: 0 },
      );
      const answered = total.yes + total.no;
      return {
        turn: Number(turn),
        reached: total.reached,
        ended: total.ended,
        answered,
        yesShare: answered === 0 ? 0 : total.yes / answered,
      };
    })
    .sort((a, b) => a.turn - b.turn);

  const narrators = [...byKey(days, (day) => day.narrators)]
    .map(([narrator, list]) => {
      const latency = Array.from({ length: LATENCY_BOUNDS.length + 1 }, (_, bucket) =>
        list.reduce((total, counts: NarratorCounters) => total + (counts.latency[bucket] ?? 0), 0),
      );
      return {
        narrator,
        beats: list.reduce((total, counts) => total + counts.beats, 0),
        fallbacks: list.reduce((total, counts) => total + counts.fallbacks, 0),
        p50Ms: latencyPercentile(latency, 50),
        p95Ms: latencyPercentile(latency, 95),
        costUsd: list.reduce((total, counts) => total + counts.costUsd, 0),
      };
    })
    .sort((a, b) => b.beats - a.beats);

  const attempts = [...byKey(days, (day) => day.attempts)]
    .map(([key, list]) => ({
      key,
      attempts: list.reduce((total, counts) => total + counts.attempts, 0),
      failures: list.reduce((total, counts) => total + counts.failures, 0),
    }))
    .sort((a, b) => b.attempts - a.attempts);

  const arms = byKey(days, (day) => day.variants);
  const experimentReports = experiments.map((experiment): ExperimentReport => {
    const armReports = experiment.variants.map((variant): ArmReport => {
      const list = arms.get(`${experiment.key}=${variant.key}`) ?? [];
      const journeys = list.reduce((total, counts) => total + counts.journeys, 0);
      // Zero in rollups written before visitors were counted.
      const visitors = list.reduce((total, counts) => total + counts.visitors, 0);
      const done = list.reduce((total, counts) => total + counts.completed, 0);
      const armBeats = list.reduce((total, counts) => total + counts.beats, 0);
      const squares = list.reduce((total, counts) => total + counts.beatsSquared, 0);
      return {
        variant: variant.key,
        weight: variant.weight,
        visitors,
        journeys,
        completed: done,
        completionRate: journeys === 0 ? 0 : done / journeys,
        interval: wilsonInterval({ successes: done, trials: journeys }),
        beatsPerJourney: journeys === 0 ? 0 : armBeats / journeys,
        beatsInterval: meanInterval(journeys, armBeats, squares),
      };
    });
    const [control, ...others] = armReports;
    const comparisons =
      control === undefined || control.journeys === 0
        ? []
        : others
            .filter((arm) => arm.journeys > 0)
            .map((arm) => ({
              variant: arm.variant,
              ...compareRates(
                { successes: control.completed, trials: control.journeys },
                { successes: arm.completed, trials: arm.journeys },
              ),
            }));
    const basis = armReports.some((arm) => arm.visitors > 0) ? 'visitors' : 'journeys';
    const ratio = {
      ...sampleRatioCheck(
        armReports.map((arm) => arm[basis]),
        armReports.map((arm) => arm.weight),
      ),
      basis,
    } as const;
    return {
      key: experiment.key,
      description: experiment.description,
      arms: armReports,
      comparisons,
      ratio,
      verdict: verdictFor(armReports, comparisons, ratio),
    };
  });

  return {
    from,
    to,
    stories: {
      started,
      completed,
      completionRate: started === 0 ? 0 : completed / started,
      interval: wilsonInterval({ successes: completed, trials: started }),
      beatsPerStory: started === 0 ? 0 : beats / started,
      moderationCostPer1000: started === 0 ? 0 : (1000 * moderationCost) / started,
      abandoned: byDay.some((day) => day.abandoned !== null)
        ? byDay.reduce((total, day) => total + (day.abandoned ?? 0), 0)
        : null,
      abandonAfterMinutes,
      endings,
      byDay,
    },
    turns,
    arcs: answerShares('arc', days, (day) => day.arcs).sort(
      (a, b) => ARC_ORDER.indexOf(a.arc) - ARC_ORDER.indexOf(b.arc),
    ),
    questions: answerShares('question', days, (day) => day.questions)
      .sort((a, b) => b.yes + b.no - (a.yes + a.no) || a.question.localeCompare(b.question))
      .slice(0, QUESTIONS_SHOWN),
    narrators,
    attempts,
    experiments: experimentReports,
  };
}
