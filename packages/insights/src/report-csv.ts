/**
 * The report as CSV, one figure per row (section, item, measure, value), so every number the
 * page shows can be copied into a spreadsheet without reshaping.
 */
import type { InsightsReport } from './report';

/** A field quoted as RFC 4180 asks, and defused against spreadsheet formula injection. */
function field(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/u.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function reportToCsv(report: InsightsReport): string {
  const rows: (string | number)[][] = [['section', 'item', 'measure', 'value']];
  const add = (section: string, item: string | number, measure: string, value: number) => {
    rows.push([section, item, measure, value]);
  };
  const { stories } = report;
  rows.push(['range', 'days', report.from, report.to]);
  add('stories', 'all', 'started', stories.started);
  add('stories', 'all', 'completed', stories.completed);
  add('stories', 'all', 'completion rate', stories.completionRate);
  add('stories', 'all', 'completion rate low (95%)', stories.interval[0]);
  add('stories', 'all', 'completion rate high (95%)', stories.interval[1]);
  add('stories', 'all', 'beats per story', stories.beatsPerStory);
  add('stories', 'all', 'moderation cost per 1000 stories (USD)', stories.moderationCostPer1000);
  if (stories.abandoned !== null) add('stories', 'all', 'abandoned', stories.abandoned);
  for (const [ending, count] of Object.entries(stories.endings))
    add('endings', ending, 'journeys', count);
  for (const day of stories.byDay) {
    add('days', day.day, 'started', day.started);
    add('days', day.day, 'completed', day.completed);
    add('days', day.day, 'beats', day.beats);
    if (day.abandoned !== null) add('days', day.day, 'abandoned', day.abandoned);
  }
  for (const turn of report.turns) {
    add('turns', turn.turn, 'reached', turn.reached);
    add('turns', turn.turn, 'ended', turn.ended);
    add('turns', turn.turn, 'answered', turn.answered);
    add('turns', turn.turn, 'share of yes', turn.yesShare);
  }
  for (const arc of report.arcs) {
    add('arcs', arc.arc, 'yes', arc.yes);
    add('arcs', arc.arc, 'no', arc.no);
  }
  for (const question of report.questions) {
    add('questions', question.question, 'yes', question.yes);
    add('questions', question.question, 'no', question.no);
  }
  for (const narrator of report.narrators) {
    add('narrators', narrator.narrator, 'beats', narrator.beats);
    add('narrators', narrator.narrator, 'fallbacks', narrator.fallbacks);
    add('narrators', narrator.narrator, 'latency p50 ms', narrator.p50Ms);
    add('narrators', narrator.narrator, 'latency p95 ms', narrator.p95Ms);
    add('narrators', narrator.narrator, 'cost usd', narrator.costUsd);
  }
  for (const attempt of report.attempts) {
    add('attempts', attempt.key, 'attempts', attempt.attempts);
    add('attempts', attempt.key, 'failures', attempt.failures);
  }
  for (const experiment of report.experiments) {
    for (const arm of experiment.arms) {
      const item = `${experiment.key}=${arm.variant}`;
      add('experiments', item, 'visitors', arm.visitors);
      add('experiments', item, 'journeys', arm.journeys);
      add('experiments', item, 'completed', arm.completed);
      add('experiments', item, 'completion rate', arm.completionRate);
      add('experiments', item, 'beats per journey', arm.beatsPerJourney);
      add('experiments', item, 'beats per journey low (95%)', arm.beatsInterval[0]);
      add('experiments', item, 'beats per journey high (95%)', arm.beatsInterval[1]);
    }
    for (const comparison of experiment.comparisons) {
      const item = `${experiment.key}=${comparison.variant}`;
      add('experiments', item, 'difference from control', comparison.difference);
      add('experiments', item, 'p-value', comparison.pValue);
    }
    add(
      'experiments',
      experiment.key,
      `sample ratio p-value (on ${experiment.ratio.basis})`,
      experiment.ratio.pValue,
    );
  }
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
