/**
 * @liminal/insights: daily rollups of the stored events, and the statistics of A/B results.
 */
export type {
  AnswerCounters,
  AttemptCounters,
  DayRollup,
  InsightEvent,
  NarratorCounters,
  RollupRow,
  Rollups,
  StoryCounters,
  TurnCounters,
  VariantCounters,
} from './rollups';
export {
  LATENCY_BOUNDS,
  applyEvent,
  emptyRollups,
  fromRows,
  latencyPercentile,
  toRows,
} from './rollups';
export type { Comparison, Rate, RatioCheck } from './statistics';
export {
  Z95,
  chiSquareSurvival,
  compareRates,
  normalCdf,
  sampleRatioCheck,
  wilsonInterval,
} from './statistics';
export type {
  ArmReport,
  ExperimentReport,
  ExperimentSpec,
  InsightsReport,
  ReportOptions,
} from './report';
export { ABANDON_AFTER_MINUTES, MIN_JOURNEYS_PER_ARM, buildReport } from './report';
export { reportToCsv } from './report-csv';
