import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../src/pipeline/data';
import { COLUMNS, sampleCsv } from '../../../scripts/make-sample';
import { load } from './helpers';

const SAMPLE = resolve(import.meta.dirname, '../../../public/sample/customers.csv');

describe('bundled sample', async () => {
  const committed = readFileSync(SAMPLE, 'utf8');
  const { db, dataset } = await load(new File([committed], 'customers.csv'));
  const one = (sql: string) => Number(queryRows(db, sql).rows[0][0]);

  it('is exactly what the seeded script writes', () => {
    expect(sampleCsv()).toBe(committed);
  });

  it('has 5,000 users and the canonical columns, typed as the pipeline reads them', () => {
    expect(dataset.rowCount).toBe(5000);
    expect(dataset.columns.map((c) => c.sqlName)).toEqual([...COLUMNS]);
    const types = Object.fromEntries(dataset.columns.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({
      user_id: 'text',
      age: 'integer',
      gender: 'category',
      city_tier: 'category',
      has_children: 'boolean',
      emi_flag: 'boolean',
      monthly_income: 'integer',
      price_sensitivity: 'number',
      interest_tech: 'number',
    });
    const tiers = dataset.columns.find((c) => c.name === 'city_tier')?.profile.topValues.map((v) => v.value);
    expect(tiers?.sort()).toEqual(['Tier-1', 'Tier-2', 'Tier-3']);
  });

  it('keeps 0–1 scores in range and leaves some cells empty', () => {
    for (const column of ['privacy_pref', 'price_sensitivity', 'brand_awareness_bose', 'interest_health']) {
      const profile = dataset.columns.find((c) => c.name === column)!.profile;
      expect(profile.min).toBeGreaterThanOrEqual(0);
      expect(profile.max).toBeLessThanOrEqual(1);
    }
    const income = dataset.columns.find((c) => c.name === 'monthly_income')!.profile;
    expect(income.missingShare).toBeGreaterThan(0.03);
    expect(income.missingShare).toBeLessThan(0.08);
  });

  it('holds a few hundred Gen Z moms that split into distinct groups', () => {
    const genZMoms = "gender = 'Female' AND age BETWEEN 18 AND 29 AND has_children = 1";
    const count = one(`SELECT COUNT(*) FROM data WHERE ${genZMoms}`);
    expect(count).toBeGreaterThanOrEqual(300);
    expect(count).toBeLessThanOrEqual(1000);
    const devices = (tier: string) =>
      one(`SELECT AVG(device_count) FROM data WHERE ${genZMoms} AND city_tier = '${tier}'`);
    expect(devices('Tier-1') - devices('Tier-3')).toBeGreaterThan(2);
    const emi = (tier: string) =>
      one(`SELECT AVG(emi_flag) FROM data WHERE ${genZMoms} AND city_tier = '${tier}'`);
    expect(emi('Tier-3') - emi('Tier-1')).toBeGreaterThan(0.3);
  });

  it('ties EMI to price sensitivity and income to education', () => {
    const priceGap =
      one('SELECT AVG(price_sensitivity) FROM data WHERE emi_flag = 1') -
      one('SELECT AVG(price_sensitivity) FROM data WHERE emi_flag = 0');
    expect(priceGap).toBeGreaterThan(0.1);
    const postgrad = one("SELECT AVG(monthly_income) FROM data WHERE education_level = 'Postgraduate'");
    const school = one(
      "SELECT AVG(monthly_income) FROM data WHERE education_level IN ('10th pass', '12th pass')",
    );
    expect(postgrad).toBeGreaterThan(2 * school);
  });

  it('has parenting stages consistent with has_children', () => {
    expect(
      one("SELECT COUNT(*) FROM data WHERE has_children = 1 AND parenting_stage IN ('None', 'Expecting')"),
    ).toBe(0);
    expect(
      one(
        "SELECT COUNT(*) FROM data WHERE has_children = 0 AND parenting_stage NOT IN ('None', 'Expecting')",
      ),
    ).toBe(0);
    expect(one("SELECT COUNT(*) FROM data WHERE occupation = 'Student' AND age > 25")).toBe(0);
  });
});
