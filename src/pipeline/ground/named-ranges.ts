/**
 * Words that stand for a range of a measure with a published definition: "obese" is a body-mass
 * index of 30 or more (WHO). Read only over a number column that is that measure, with the source
 * in the reason; the table is the one place such definitions live.
 */
import { config } from '../../config';
import { knownAndNot, quoteIdent, rangeCondition, type RangeBounds } from '../sql/engine';
import { type Candidate, type Word, candidate, negatorBefore } from './goal-words';
import type { FileVocabulary, VocabColumn } from './types';

interface NamedRange {
  /** Goal words (lower case, any one of them) and the range they mean. */
  words: readonly string[];
  range: RangeBounds;
  /** Where the definition comes from, shown in the reason. */
  source: string;
}

interface Measure {
  /** Header word lists, any one of which (all its words) makes a column this measure. */
  headers: readonly (readonly string[])[];
  ranges: readonly NamedRange[];
}

/** World Health Organization, "A healthy lifestyle — WHO recommendations" (BMI classification for adults). */
const WHO_BMI = 'the WHO adult BMI classification';

const MEASURES: readonly Measure[] = [
  {
    headers: [['bmi'], ['body', 'mass', 'index']],
    ranges: [
      { words: ['obese', 'obesity'], range: { low: 30 }, source: WHO_BMI },
      { words: ['overweight'], range: { low: 25, high: 30, highOpen: true }, source: WHO_BMI },
      { words: ['underweight'], range: { high: 18.5, highOpen: true }, source: WHO_BMI },
    ],
  },
];

function measureOf(column: VocabColumn): Measure | undefined {
  if (column.role !== 'number' && column.role !== 'ordinal') return undefined;
  return MEASURES.find((m) => m.headers.some((header) => header.every((w) => column.words.includes(w))));
}

export function namedRangeCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (const column of vocab.columns) {
    const measure = measureOf(column);
    if (!measure) continue;
    for (const named of measure.ranges) {
      const at = words.findIndex((w) => named.words.includes(w.norm));
      if (at < 0) continue;
      const col = quoteIdent(column.sqlName);
      const range = rangeCondition(col, named.range);
      if (!range) continue;
      const negator = negatorBefore(goal, words, at);
      const negated = negator >= 0;
      out.push(
        candidate(goal, words, negated ? [negator, at] : [at], column, {
          kind: 'number',
          sql: negated ? knownAndNot(col, range.sql) : range.sql,
          params: range.params,
          plain: `${column.name} ${negated ? 'not ' : ''}${range.words}`,
          why: `"${words[at].text}" by ${named.source}${negated ? ', negated' : ''}`,
          score: config.grounding.scores.number,
          negated,
          named: false,
        }),
      );
    }
  }
  return out;
}
