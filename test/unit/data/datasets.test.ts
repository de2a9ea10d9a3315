import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { queryRows, type Dataset } from '../../../src/pipeline/data';
import { load } from './helpers';
import { DATASETS, datasetPath } from '../../support/datasets';

/** Record counts and delimiters as ../shared/datasets/SOURCES.md states them. */
const EXPECTED = [
  ['marketing_campaign.csv', 2240, 29, '\t'],
  ['Mall_Customers.csv', 200, 5, ','],
  ['WA_Fn-UseC_-Telco-Customer-Churn.csv', 7043, 21, ','],
  ['bank.csv', 4521, 17, ';'],
  ['young_people_survey_responses.csv', 1010, 150, ','],
  ['young_people_survey_columns.csv', 150, 2, ','],
  ['starbucks_satisfactory_survey.csv', 122, 21, ','],
  ['onlinedeliverydata_bangalore.csv', 388, 55, ','],
] as const;

async function loadShared(file: string) {
  return load(new File([readFileSync(datasetPath(file))], file));
}

function column(dataset: Dataset, name: string) {
  const found = dataset.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

describe.skipIf(!existsSync(DATASETS))('shared datasets', () => {
  it.each(EXPECTED)('%s loads %i rows × %i columns', async (file, rows, columns, delimiter) => {
    const { db, dataset } = await loadShared(file);
    expect(dataset.rowCount).toBe(rows);
    expect(dataset.columns).toHaveLength(columns);
    expect(dataset.delimiter).toBe(delimiter);
    expect(dataset.report).toMatchObject({ shortRows: 0, longRows: 0 });
    expect(Number(queryRows(db, 'SELECT COUNT(*) FROM data').rows[0][0])).toBe(rows);
  });

  it('marketing_campaign: tab-separated, 24 empty incomes, day-first dates, 0/1 flags', async () => {
    const { db, dataset } = await loadShared('marketing_campaign.csv');
    expect(column(dataset, 'Income')).toMatchObject({
      type: 'integer',
      profile: { missing: 24, invalid: 0 },
    });
    expect(column(dataset, 'Dt_Customer').type).toBe('date');
    expect(column(dataset, 'AcceptedCmp1').type).toBe('boolean');
    expect(column(dataset, 'Kidhome').type).toBe('integer');
    expect(column(dataset, 'Marital_Status').profile.topValues.map((v) => v.value)).toEqual(
      expect.arrayContaining(['Married', 'Together', 'Single', 'YOLO', 'Absurd', 'Alone']),
    );
    // First data row: ID 5524, born 1957, customer since 04-09-2012 (dd-mm-yyyy).
    expect(queryRows(db, 'SELECT id, year_birth, dt_customer FROM data WHERE rowid = 1').rows).toEqual([
      [5524, 1957, '2012-09-04'],
    ]);
    expect(column(dataset, 'Year_Birth').profile.min).toBe(1893);
  });

  it('bank: semicolon-separated with a quoted header, yes/no as booleans', async () => {
    const { db, dataset } = await loadShared('bank.csv');
    expect(dataset.columns.slice(0, 3).map((c) => c.name)).toEqual(['age', 'job', 'marital']);
    expect(column(dataset, 'default').sqlName).toBe('default_');
    expect(column(dataset, 'y').type).toBe('boolean');
    expect(column(dataset, 'job').type).toBe('category');
    expect(queryRows(db, 'SELECT SUM(y) FROM data').rows[0][0]).toBe(521);
  });

  it('Telco: blank TotalCharges read as missing, not as junk', async () => {
    const { dataset } = await loadShared('WA_Fn-UseC_-Telco-Customer-Churn.csv');
    expect(column(dataset, 'TotalCharges')).toMatchObject({
      type: 'number',
      profile: { missing: 11, invalid: 0 },
    });
    expect(column(dataset, 'customerID').type).toBe('text');
    expect(column(dataset, 'SeniorCitizen').type).toBe('boolean');
  });

  it('online delivery: multi-line review cells and trailing-space headers', async () => {
    const { dataset } = await loadShared('onlinedeliverydata_bangalore.csv');
    expect(column(dataset, 'Freshness ').sqlName).toBe('freshness');
    expect(column(dataset, 'Monthly Income').type).toBe('category');
    expect(column(dataset, 'latitude').type).toBe('number');
  });
});
