/** The plain-words readings say what the numbers say: direction, lift, and when the evidence is weak or absent. */
import { describe, expect, it } from 'vitest';
import { outcomeReport } from '../../../src/pipeline/outcome/rates';
import { cardReading } from '../../../src/pipeline/outcome/words';

const churn = { column: 'churn', name: 'Churn', positive: '1' };
const tally = (personaId: string, events: number, n: number) => ({ personaId, name: personaId, events, n });

describe('outcome readings', () => {
  it('names a clear difference with its direction, interval and lifts', () => {
    const report = outcomeReport(churn, [tally('a', 60, 100), tally('b', 20, 100), tally('c', 22, 100)], {
      events: 300,
      n: 1000,
    });
    const a = report.personas.find((p) => p.personaId === 'a')!;
    // 60 of 100 against a segment of 102 of 300 (34 %) and a file of 30 %.
    expect(a.words).toMatch(
      /^Churn: 60 % \[50–69 %\] of 100 rows, 1\.8× the segment \(34 %\), 2\.0× the whole file \(30 %\)\. Higher than the rest of the segment \(p < 0\.001, Holm-adjusted over 3 personas\)\.$/,
    );
    const b = report.personas.find((p) => p.personaId === 'b')!;
    expect(b.words).toContain('Lower than the rest of the segment');
    expect(report.personas.map((p) => p.personaId)).toEqual(['a', 'c', 'b']);
    expect(cardReading(churn, a, false)).toBe(
      'Churn 60 % [50–69 %] · 1.8× the segment · higher than the rest (p < 0.001)',
    );
    expect(cardReading(churn, b, false)).toBe(
      'Churn 20 % [13–29 %] · 0.6× the segment · lower than the rest (p < 0.001)',
    );
  });

  it('says a difference is not significant once corrected, and that few rows are weak evidence', () => {
    const report = outcomeReport(churn, [tally('a', 9, 20), tally('b', 30, 100), tally('c', 29, 100)], {
      events: 68,
      n: 220,
    });
    const a = report.personas.find((p) => p.personaId === 'a')!;
    expect(a.significant).toBe(false);
    expect(a.fewRows).toBe(true);
    expect(a.words).toContain('Not significantly different from the rest of the segment');
    expect(a.words).toContain('Only 20 rows: weak evidence');
    expect(cardReading(churn, a, false)).toMatch(
      /not significantly different from the rest \(weak evidence\)$/,
    );
  });

  it('says when the segment holds one value of the outcome', () => {
    const report = outcomeReport(churn, [tally('a', 40, 40), tally('b', 60, 60)], { events: 100, n: 500 });
    expect(report.fixed).toMatch(/fixed inside it/);
    expect(
      report.personas.every((p) => !p.significant && p.words.includes('does not tell the personas apart')),
    ).toBe(true);
  });
});

describe('rare outcomes', () => {
  it('calls a test with under 5 expected events approximate, whatever the row count (Cochran)', () => {
    // Segment rate 6 / 600 = 1 %: 200 rows expect 2 events.
    const report = outcomeReport(churn, [tally('a', 4, 200), tally('b', 1, 200), tally('c', 1, 200)], {
      events: 6,
      n: 600,
    });
    const a = report.personas.find((p) => p.personaId === 'a')!;
    expect(a).toMatchObject({ fewRows: false, rare: true });
    expect(a.words).toContain('the test is approximate');
    const common = outcomeReport(churn, [tally('a', 40, 200), tally('b', 30, 200)], { events: 70, n: 400 });
    expect(common.personas.every((p) => !p.rare)).toBe(true);
  });
});
