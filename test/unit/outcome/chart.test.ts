/** The outcome chart's geometry: a row per rated persona in the report's order, intervals and the segment line on one scale. */
import { describe, expect, it } from 'vitest';
import { outcomeReport } from '../../../src/pipeline/outcome/rates';
import { outcomeGeometry } from '../../../src/ui/outcome/chart';

const box = { width: 500, rowHeight: 30, margin: { top: 20, right: 20, bottom: 30, left: 150 } };
const report = outcomeReport(
  { column: 'y', name: 'y', positive: '1' },
  [
    { personaId: 'low', name: 'Low', events: 5, n: 100 },
    { personaId: 'high', name: 'High', events: 40, n: 100 },
    { personaId: 'empty', name: 'Empty', events: 0, n: 0 },
  ],
  { events: 100, n: 1000 },
);

describe('outcomeGeometry', () => {
  it('draws rated personas highest first, each interval around its rate, the segment at its rate', () => {
    const g = outcomeGeometry(report, box);
    expect(g.rows.map((r) => r.personaId)).toEqual(['high', 'low']);
    expect(g.rows[0].y).toBeLessThan(g.rows[1].y);
    for (const row of g.rows) expect(row.x1 <= row.x && row.x <= row.x2).toBe(true);
    // A linear scale from 0 at the left margin: x is proportional to the rate.
    const x0 = g.x(0);
    expect(x0).toBe(box.margin.left);
    const perUnit = (g.rows[0].x - x0) / 0.4;
    expect(g.segmentX - x0).toBeCloseTo(perUnit * (45 / 200), 6);
    expect(g.wholeX - x0).toBeCloseTo(perUnit * 0.1, 6);
    expect(g.height).toBe(box.margin.top + box.margin.bottom + 2 * box.rowHeight);
    // The widest interval fits inside the plot.
    expect(Math.max(...g.rows.map((r) => r.x2))).toBeLessThanOrEqual(box.width - box.margin.right);
  });
});
