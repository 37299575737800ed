import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { reportToCsv } from './report-csv';
import { fromRows } from './rollups';

describe('the insights report as CSV', () => {
  it('puts every figure on a row of its own, quoted where it must be and never a formula', () => {
    const rollups = fromRows([
      { day: '2026-11-20', metric: 'started', key: '', value: 4 },
      { day: '2026-11-20', metric: 'completed', key: '', value: 1 },
      { day: '2026-11-20', metric: 'turn.reached', key: '1', value: 40 },
      { day: '2026-11-20', metric: 'narrator.latency', key: 'local, llama#0', value: 30 },
      { day: '2026-11-20', metric: 'narrator.latency', key: '=HYPERLINK("x")#0', value: 10 },
    ]);
    const csv = reportToCsv(buildReport(rollups, '2026-11-20', '2026-11-20', []));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('section,item,measure,value');
    expect(lines[1]).toBe('range,days,2026-11-20,2026-11-20');
    expect(lines).toContain('stories,all,started,4');
    expect(lines).toContain('stories,all,completion rate,0.25');
    expect(lines).toContain('days,2026-11-20,beats,40');
    expect(lines).toContain('narrators,"local, llama",beats,30');
    expect(lines).toContain(`narrators,"'=HYPERLINK(""x"")",beats,10`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
