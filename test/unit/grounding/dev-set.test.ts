/**
 * Goal grounding on the dev set (test/grounding/cases.ts): the app's segment against each case's
 * independent truth, row-set Jaccard. The whole set needs ../shared/datasets; without it only the
 * bundled sample's cases run, and only their count is checked.
 */
import { describe, expect, it } from 'vitest';
import { CASES } from '../../grounding/cases';
import { evaluateGrounding, summarise } from '../../grounding/evaluate';
import { hasFile } from '../../grounding/rows';
import { MODEL_BUILT } from '../query/helpers';

const allPresent = CASES.every((c) => hasFile(c.file));

describe.skipIf(!MODEL_BUILT || !allPresent)('grounding dev set', () => {
  it('selects the right rows for at least 90 % of the goals (mean Jaccard ≥ 0.95), far above the slots-only baseline', async () => {
    const { scores } = await evaluateGrounding();
    expect(scores.length).toBeGreaterThanOrEqual(150);
    const app = summarise(scores, (s) => s.jaccard);
    const baseline = summarise(scores, (s) => s.baseline);
    expect(app.passRate).toBeGreaterThanOrEqual(0.9);
    expect(app.mean).toBeGreaterThanOrEqual(0.95);
    expect(app.mean).toBeGreaterThan(baseline.mean + 0.3);
    // No condition is better than a wrong one: goals naming nothing in the file keep every row.
    for (const s of scores.filter((x) => x.case.kind === 'nothing')) expect(s.jaccard).toBe(1);
  }, 600_000);
});
