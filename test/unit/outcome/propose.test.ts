/** The proposal finds the outcome of every shared file that has one, and reads its event value. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../src/pipeline/data/types';
import { proposeOutcomes } from '../../../src/pipeline/outcome/propose';
import { datasetPath } from '../../support/datasets';
import { load } from '../data/helpers';

/** File, outcome headers it must propose, and each one's event value. */
const FILES: [string, Record<string, string>][] = [
  ['WA_Fn-UseC_-Telco-Customer-Churn.csv', { Churn: '1' }],
  [
    'marketing_campaign.csv',
    {
      Response: '1',
      AcceptedCmp1: '1',
      AcceptedCmp2: '1',
      AcceptedCmp3: '1',
      AcceptedCmp4: '1',
      AcceptedCmp5: '1',
    },
  ],
  ['bank.csv', { y: '1', default: '1' }],
  ['titanic_train.csv', { Survived: '1' }],
  ['adult.csv', { income: '>50K' }],
];

/** Columns that describe people, not outcomes: never proposed. */
const NOT_OUTCOMES: Record<string, string[]> = {
  'WA_Fn-UseC_-Telco-Customer-Churn.csv': ['gender', 'Partner', 'Dependents', 'SeniorCitizen', 'Contract'],
  'marketing_campaign.csv': ['Education', 'Marital_Status', 'Kidhome'],
  'titanic_train.csv': ['Sex', 'Pclass', 'Embarked'],
  'adult.csv': ['sex', 'race', 'marital.status'],
  'bank.csv': ['marital', 'housing', 'loan'],
};

describe.each(FILES)('%s', (file, outcomes) => {
  it.skipIf(!existsSync(datasetPath(file)))(
    'proposes its outcomes with their event values, and not its descriptive columns',
    async () => {
      const { dataset } = await load(new File([readFileSync(datasetPath(file))], file));
      const proposed = proposeOutcomes(dataset.columns);
      const byName = new Map(proposed.map((c) => [c.name, c]));
      for (const [name, positive] of Object.entries(outcomes)) {
        expect(byName.get(name), name).toMatchObject({ positive });
        expect(byName.get(name)!.reason).not.toBe('');
      }
      for (const name of NOT_OUTCOMES[file]) expect(byName.has(name), name).toBe(false);
      // The file's main outcome (listed first) is proposed first.
      expect(proposed[0].name).toBe(Object.keys(outcomes)[0]);
    },
  );
});

function column(name: string, values: [string, number][]): ColumnInfo {
  const topValues = values.map(([value, count]) => ({ value, count }));
  return {
    index: 0,
    name,
    sqlName: name.toLowerCase(),
    type: 'category',
    profile: {
      missing: 0,
      missingShare: 0,
      distinct: values.length,
      distinctCapped: false,
      invalid: 0,
      topValues,
    },
  };
}

describe('proposeOutcomes rules', () => {
  it('reads the event value by name, then threshold side, then rarity', () => {
    const [status] = proposeOutcomes([
      column('Attrition_Flag', [
        ['Existing Customer', 8500],
        ['Attrited Customer', 1627],
      ]),
    ]);
    expect(status.positive).toBe('Attrited Customer');
    const [loan] = proposeOutcomes([
      column('loan_status', [
        ['Fully Paid', 800],
        ['Charged Off', 200],
        ['Current', 50],
      ]),
    ]);
    expect(loan.positive).toBe('Charged Off');
  });

  it('leaves out columns with too many values and personal status', () => {
    const many = column(
      'status',
      Array.from({ length: 12 }, (_, i): [string, number] => [`s${i}`, 10]),
    );
    expect(
      proposeOutcomes([
        many,
        column('Marital_Status', [
          ['Single', 5],
          ['Married', 5],
        ]),
      ]),
    ).toEqual([]);
  });
});

/** Shared files without an outcome column: nothing proposed (survey questions and ratings are not outcomes). */
const WITHOUT = [
  'Mall_Customers.csv',
  'insurance.csv',
  'starbucks_satisfactory_survey.csv',
  'onlinedeliverydata_bangalore.csv',
  'young_people_survey_responses.csv',
];

describe.each(WITHOUT)('%s', (file) => {
  it.skipIf(!existsSync(datasetPath(file)))('proposes no outcome', async () => {
    const { dataset } = await load(new File([readFileSync(datasetPath(file))], file));
    expect(proposeOutcomes(dataset.columns).map((c) => c.name)).toEqual([]);
  });
});
