/**
 * Every shared dataset (skipped when absent), with a goal that fits it, through the real chain:
 * a persona set comes out, and no trait refers to a field the file does not have.
 */
import { describe, expect, it } from 'vitest';
import type { Domain } from '../../../src/pipeline/features/types';
import type { Slot } from '../../../src/pipeline/intents/types';
import Papa from 'papaparse';
import { hasDataset, readDataset, runChain, slot } from './chain';

const age = (min: number, max: number, words: string) =>
  slot('generation', 'age range', words, { constraint: { field: 'age', min, max } });

const CASES: { file: string; goal: string; slots: Slot[]; domain: Domain }[] = [
  {
    file: 'marketing_campaign.csv',
    goal: 'parents in their 30s and 40s',
    slots: [slot('parenting', 'parent', 'parents'), age(30, 49, 'in their 30s and 40s')],
    domain: 'parenting',
  },
  {
    file: 'Mall_Customers.csv',
    goal: 'women aged 30-45',
    slots: [slot('gender', 'female', 'women'), age(30, 45, 'aged 30-45')],
    domain: 'general',
  },
  {
    file: 'WA_Fn-UseC_-Telco-Customer-Churn.csv',
    goal: 'women',
    slots: [slot('gender', 'female', 'women')],
    domain: 'general',
  },
  {
    file: 'bank.csv',
    goal: 'budget-conscious customers',
    slots: [slot('budget', 'budget', 'budget-conscious')],
    domain: 'budget',
  },
  {
    file: 'young_people_survey_responses.csv',
    goal: 'young women into tech',
    slots: [slot('gender', 'female', 'women'), slot('interests', 'tech', 'tech')],
    domain: 'tech_adoption',
  },
  {
    file: 'starbucks_satisfactory_survey.csv',
    goal: 'students',
    slots: [slot('lifestyle', 'student', 'students')],
    domain: 'general',
  },
  {
    file: 'onlinedeliverydata_bangalore.csv',
    goal: 'students on a budget',
    slots: [slot('lifestyle', 'student', 'students'), slot('budget', 'budget', 'on a budget')],
    domain: 'budget',
  },
];

/** Words a persona may only use when the file has the field behind them. */
const FIELD_WORDS: [string, RegExp][] = [
  ['emi_flag', /\bEMI\b/],
  ['device_count', /\bdevices\b/],
  ['city_tier', /\bTier-\d|city tier/i],
  ['privacy_pref', /privacy/i],
];

describe.each(CASES)('$file with “$goal”', ({ file, goal, slots, domain }) => {
  it.skipIf(!hasDataset(file))('gives personas whose traits rest only on fields the file has', async () => {
    const { set, mapping, segment, clustering } = await runChain(
      readDataset(file),
      file,
      goal,
      slots,
      domain,
    );
    expect(set.personas.length).toBe(clustering.k);
    expect(set.personas.reduce((n, p) => n + p.rowCount, 0)).toBe(segment.rowIds.length);
    const mapped = new Set(Object.keys(mapping.fields));
    for (const p of set.personas) {
      expect(p.traits.length).toBeGreaterThan(0);
      for (const e of p.traits.flatMap((t) => t.evidence)) expect(mapped).toContain(e.field);
      const words = [
        p.label,
        ...p.traits.map((t) => t.text),
        ...p.goals,
        ...p.frustrations,
        ...p.buyingBehaviour,
        ...p.quotes,
      ].join('\n');
      for (const [field, pattern] of FIELD_WORDS) if (!mapped.has(field)) expect(words).not.toMatch(pattern);
    }
    expect(new Set(set.personas.map((p) => p.label)).size).toBe(set.personas.length);
    expect(new Set(set.personas.map((p) => p.name)).size).toBe(set.personas.length);
  });
});

describe.skipIf(!hasDataset('Mall_Customers.csv'))(
  'a measure the file is about (Mall spending score)',
  () => {
    it('describes each persona by its spending score, with numbers recomputed from the CSV', async () => {
      const file = 'Mall_Customers.csv';
      const { set, segment, clustering } = await runChain(
        readDataset(file),
        file,
        'women',
        [slot('gender', 'female', 'women')],
        'general',
      );
      const [header, ...rows] = Papa.parse<string[]>(readDataset(file), { skipEmptyLines: true }).data;
      const score = header.indexOf('Spending Score (1-100)');
      // rowid n is the n-th data row of the file.
      const scoreOf = (rowId: number) => Number(rows[rowId - 1][score]);
      const mean = (ids: number[]) => ids.reduce((sum, id) => sum + scoreOf(id), 0) / ids.length;
      const segmentMean = mean([...segment.rowIds]);
      let described = 0;
      for (const p of set.personas) {
        const trait = p.traits.find((t) => t.key === 'measure:measure_spending_score_1_100');
        if (!trait) continue;
        described++;
        const ids = [...segment.rowIds].filter((_, i) => clustering.assignments[i] === p.clusterIndex);
        const evidence = trait.evidence[0];
        expect(evidence.clusterValue).toBeCloseTo(mean(ids), 9);
        expect(evidence.segmentValue).toBeCloseTo(segmentMean, 9);
        expect(trait.text).toMatch(
          evidence.clusterValue > segmentMean ? /^Higher spending score/ : /^Lower spending score/,
        );
      }
      // Spending score is one of the two axes Mall customers split on: most personas stand out on it.
      expect(described).toBeGreaterThanOrEqual(Math.ceil(set.personas.length / 2));
    });
  },
);
