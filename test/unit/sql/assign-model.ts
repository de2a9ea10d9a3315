/**
 * A persona model written by hand for the export's text tests: a segment condition, mapped fields
 * of every shape the readers emit (a plain number, a number × 1000, a flag from a comparison, a
 * sum, an age from a date of birth, a CASE of words), their scales, three features and three
 * centres. Headers, persona names and the goal's value can be swapped for hostile ones.
 */
import type { AssignmentModel } from '../../../src/pipeline/sql/assign-export';
import type { FieldMapping } from '../../../src/pipeline/query/types';
import type { CanonicalField } from '../../../src/pipeline/types';

export interface ModelText {
  headers: [string, string, string, string, string, string];
  /** The segment's value (the goal's gender). */
  value: string;
  names: [string, string, string];
  labels: [string, string, string];
}

export const PLAIN: ModelText = {
  headers: ['Gender', 'Age', 'Income (k$)', 'Kidhome', 'Teenhome', 'City'],
  value: 'Female',
  names: ['Asha', 'Meera', 'Kavya'],
  labels: ['Budget Mom', 'Premium Parent', 'Young Saver'],
};

const field = (name: CanonicalField, expr: string, columns: string[]): FieldMapping => ({
  field: name,
  kind: 'derived',
  expr,
  columns,
  confidence: 1,
  reason: 'test',
});

export function handModel(text: ModelText = PLAIN): AssignmentModel {
  const [gender, age, income, kid, teen, city] = text.headers;
  return {
    segment: {
      conditions: [
        {
          id: 'c1',
          key: 'gender',
          sql: '"c_gender" IN (?)',
          params: [text.value],
          source: 'intent',
          words: 'women',
          plain: `${gender} is ${text.value}`,
          why: 'test',
          strength: 1,
        },
      ],
    },
    columns: [
      { sqlName: 'c_gender', name: gender, type: 'category' },
      { sqlName: 'c_age', name: age, type: 'integer' },
      { sqlName: 'c_income', name: income, type: 'integer' },
      { sqlName: 'c_kid', name: kid, type: 'integer' },
      { sqlName: 'c_teen', name: teen, type: 'integer' },
      { sqlName: 'c_city', name: city, type: 'category' },
    ],
    mapping: {
      fields: {
        age: field('age', '"c_age"', ['c_age']),
        income: field('income', '"c_income" * 1000', ['c_income']),
        has_children: field('has_children', '("c_kid" + "c_teen") > 0', ['c_kid', 'c_teen']),
        children_count: field('children_count', '"c_kid" + "c_teen"', ['c_kid', 'c_teen']),
        city_tier: field(
          'city_tier',
          "CASE lower(trim(\"c_city\")) WHEN 'mumbai' THEN 1 WHEN 'pune' THEN 2 WHEN 'nashik' THEN 3 ELSE NULL END",
          ['c_city'],
        ),
      },
    },
    features: {
      names: ['family_spend_pressure', 'premium_affinity', 'age'],
      scaling: {
        fields: {
          age: { offset: 19.49, span: 41.02, fill: 0.4510002437835203 },
          income: { offset: 15000, span: 122000, fill: 0.36475409836065575 },
          has_children: { offset: 0, span: 1, fill: 1 },
          children_count: { constant: 0.5, fill: 0.5 },
          city_tier: { offset: 1, span: 2, fill: 0.5 },
        },
        features: [
          {
            inputs: [
              { field: 'has_children', share: 0.625, inverted: false },
              { field: 'children_count', share: 0.375, inverted: false },
            ],
            mean: 0.5123,
            std: 0.2871,
            weight: 0.8,
          },
          {
            inputs: [
              { field: 'income', share: 0.75, inverted: false },
              { field: 'city_tier', share: 0.25, inverted: true },
            ],
            mean: 0.4412,
            std: 0.1934,
            weight: 1.2,
          },
          {
            inputs: [{ field: 'age', share: 1, inverted: false }],
            mean: 0.47,
            std: 0.31,
            weight: 1,
          },
        ],
      },
    },
    clustering: {
      algorithm: 'gmm',
      k: 3,
      centroids: [
        [0.61, -0.42, 1.1],
        [-0.83, 1.27, -0.2],
        [0.05, -0.91, -1.3],
      ],
      assignments: new Int32Array(400),
      nearestCentroidRows: 391,
    },
    personas: [0, 1, 2].map((c) => ({ clusterIndex: c, name: text.names[c], label: text.labels[c] })),
  };
}
