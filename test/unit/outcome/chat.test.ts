/** "Would you leave?" is answered from the persona's outcome rate and its test, honestly. */
import { describe, expect, it } from 'vitest';
import { outcomeAnswer } from '../../../src/pipeline/outcome/chat';
import { outcomeReport } from '../../../src/pipeline/outcome/rates';

const churn = { column: 'churn', name: 'Churn', positive: '1' };
const report = outcomeReport(
  churn,
  [
    { personaId: 'a', name: 'A', events: 60, n: 100 },
    { personaId: 'b', name: 'B', events: 20, n: 100 },
    { personaId: 'c', name: 'C', events: 9, n: 20 },
  ],
  { events: 300, n: 1000 },
);

// The segment: 89 of 220 (40 %); A's lift 0.60 / 0.405 = 1.5×.
describe('outcomeAnswer', () => {
  it('answers an outcome question with the rate, the lift and the verdict', () => {
    const a = outcomeAnswer('a', 'Would you leave us?', [report])!;
    expect(a.text).toMatch(
      /^Churn: 60 % \[50–69 %\] of people like me, against 40 % across the segment \(1\.5×\)\. So yes, more likely than most/,
    );
    expect(outcomeAnswer('b', 'Are you going to churn?', [report])!.text).toContain(
      'So less likely than most',
    );
  });

  it('says when the difference is not significant and the group is small', () => {
    const c = outcomeAnswer('c', 'would you cancel?', [report])!;
    expect(c.text).toContain('no real difference');
    expect(c.text).toContain('only 20 of us');
  });

  it('leaves other questions, and questions with no outcome chosen, to the traits', () => {
    expect(outcomeAnswer('a', 'How do you shop?', [report])).toBeUndefined();
    expect(outcomeAnswer('a', 'Would you leave?', [])).toBeUndefined();
  });
});
