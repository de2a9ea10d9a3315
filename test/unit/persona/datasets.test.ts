/**
 * Every shared dataset (skipped when absent), with a goal that fits it, through the real chain:
 * a persona set comes out, and no trait refers to a field the file does not have.
 */
import { describe, expect, it } from 'vitest';
import type { Domain } from '../../../src/pipeline/features/types';
import type { Slot } from '../../../src/pipeline/intents/types';
import { hasDataset, readDataset, runChain, slot, type ClusterBy } from './chain';

const age = (min: number, max: number, words: string) => slot('generation', 'age range', words, { constraint: { field: 'age', min, max } });

/**
 * Telco's mapped fields are only gender and dependents, too few to cluster on; its customers are
 * grouped here by tenure (new, settled, long-standing) so the persona stage still gets a clustering.
 */
const byTenure: ClusterBy = (db, rowIds) => {
  const tenure = new Map(db.exec('SELECT rowid, "tenure" FROM "data"')[0].values.map(([id, t]) => [Number(id), Number(t)]));
  return { k: 3, assignments: Int32Array.from(rowIds, (id) => (tenure.get(id)! <= 12 ? 0 : tenure.get(id)! <= 48 ? 1 : 2)) };
};

const CASES: { file: string; goal: string; slots: Slot[]; domain: Domain; clusterBy?: ClusterBy }[] = [
  { file: 'marketing_campaign.csv', goal: 'parents in their 30s and 40s', slots: [slot('parenting', 'parent', 'parents'), age(30, 49, 'in their 30s and 40s')], domain: 'parenting' },
  { file: 'Mall_Customers.csv', goal: 'women aged 30-45', slots: [slot('gender', 'female', 'women'), age(30, 45, 'aged 30-45')], domain: 'general' },
  { file: 'WA_Fn-UseC_-Telco-Customer-Churn.csv', goal: 'women', slots: [slot('gender', 'female', 'women')], domain: 'general', clusterBy: byTenure },
  { file: 'bank.csv', goal: 'budget-conscious customers', slots: [slot('budget', 'budget', 'budget-conscious')], domain: 'budget' },
  { file: 'young_people_survey_responses.csv', goal: 'young women into tech', slots: [slot('gender', 'female', 'women'), slot('interests', 'tech', 'tech')], domain: 'tech_adoption' },
  { file: 'starbucks_satisfactory_survey.csv', goal: 'students', slots: [slot('lifestyle', 'student', 'students')], domain: 'general' },
  { file: 'onlinedeliverydata_bangalore.csv', goal: 'students on a budget', slots: [slot('lifestyle', 'student', 'students'), slot('budget', 'budget', 'on a budget')], domain: 'budget' },
];

/** Words a persona may only use when the file has the field behind them. */
const FIELD_WORDS: [string, RegExp][] = [
  ['emi_flag', /\bEMI\b/],
  ['device_count', /\bdevices\b/],
  ['city_tier', /\bTier-\d|city tier/i],
  ['privacy_pref', /privacy/i],
];

describe.each(CASES)('$file with “$goal”', ({ file, goal, slots, domain, clusterBy }) => {
  it.skipIf(!hasDataset(file))('gives personas whose traits rest only on fields the file has', async () => {
    const { set, mapping, segment, clustering } = await runChain(readDataset(file), file, goal, slots, domain, clusterBy);
    expect(set.personas.length).toBe(clustering.k);
    expect(set.personas.reduce((n, p) => n + p.rowCount, 0)).toBe(segment.rowIds.length);
    const mapped = new Set(Object.keys(mapping.fields));
    for (const p of set.personas) {
      expect(p.traits.length).toBeGreaterThan(0);
      for (const e of p.traits.flatMap((t) => t.evidence)) expect(mapped).toContain(e.field);
      const words = [p.label, ...p.traits.map((t) => t.text), ...p.goals, ...p.frustrations, ...p.buyingBehaviour, ...p.quotes].join('\n');
      for (const [field, pattern] of FIELD_WORDS) if (!mapped.has(field)) expect(words).not.toMatch(pattern);
    }
    expect(new Set(set.personas.map((p) => p.label)).size).toBe(set.personas.length);
    expect(new Set(set.personas.map((p) => p.name)).size).toBe(set.personas.length);
  });
});
