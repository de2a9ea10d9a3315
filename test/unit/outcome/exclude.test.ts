/**
 * A chosen outcome never enters the features: on Telco, `Churn` is a 0/1 column the mapping reads as
 * a measure (so the general feature set clusters on it) until it is chosen; titanic's `Survived` too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../../src/pipeline/features/build';
import { withoutOutcomes } from '../../../src/pipeline/outcome/exclude';
import { readFieldColumns } from '../../../src/pipeline/query/field-columns';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { datasetPath, TODAY } from '../../support/datasets';
import { load } from '../data/helpers';

const FILES: [string, string[]][] = [
  ['WA_Fn-UseC_-Telco-Customer-Churn.csv', ['churn', 'partner']],
  ['titanic_train.csv', ['survived']],
];

describe.each(FILES)('%s: outcomes stay out of the features', (file, chosen) => {
  it.skipIf(!existsSync(datasetPath(file)))(
    'drops every field that reads a chosen outcome column, and only those',
    async () => {
      const { db, dataset } = await load(new File([readFileSync(datasetPath(file))], file));
      const { mapping } = await mapSchema(db, dataset, { today: TODAY });
      const columns = await readFieldColumns(db, mapping);
      const reads = (column: string) =>
        Object.values(mapping.fields)
          .filter((f) => f!.columns.includes(column))
          .map((f) => f!.field);
      // The premise: without a choice, the outcome is a field and a general feature.
      expect(reads(chosen[0]).length).toBeGreaterThan(0);
      expect(buildFeatures(columns, 'general').names).toEqual(expect.arrayContaining(reads(chosen[0])));

      const { columns: kept, excluded } = withoutOutcomes(columns, mapping, chosen);
      const readByChosen = chosen.flatMap(reads);
      expect(excluded.map((e) => e.field).sort()).toEqual([...readByChosen].sort());
      const features = buildFeatures(kept, 'general');
      for (const field of readByChosen) {
        expect(features.names).not.toContain(field);
        expect(features.recipes.flatMap((r) => r.inputs.map((i) => i.field))).not.toContain(field);
      }
      // Everything else is still there.
      const others = Object.keys(columns.numeric).filter((f) => !readByChosen.includes(f as never));
      expect(Object.keys(kept.numeric).sort()).toEqual(others.sort());
    },
  );
});
