/**
 * "Customers in the Midwest", "New England smokers": a US Census region or division named over a
 * column of US states becomes the list of that area's states the column holds.
 */
import { config } from '../../config';
import { US_AREAS } from '../places/us-states';
import { type Candidate, type Word, candidate, cover } from './goal-words';
import type { FileVocabulary } from './types';
import { inCondition } from './values';
import { splitWords, stem } from './words';

/** Other names people give an area ("Mid-Atlantic" for the Middle Atlantic division). */
const ALSO_CALLED: Record<string, string[]> = { 'Middle Atlantic': ['Mid Atlantic'] };

/**
 * Area names that are everyday words ("south", "west", "mountain", "pacific"): an area only with
 * "the" before them ("in the South") or "states"/"region" after them ("Mountain states").
 */
const EVERYDAY = new Set(['south', 'west', 'mountain', 'pacific']);

function framed(words: Word[], used: number[]): boolean {
  const first = Math.min(...used);
  const last = Math.max(...used);
  return words[first - 1]?.norm === 'the' || /^(states?|region|division)$/.test(words[last + 1]?.norm ?? '');
}

export function areaCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (const column of vocab.columns) {
    if (column.role !== 'category' || !column.values.some((v) => v.usState)) continue;
    for (const area of US_AREAS) {
      for (const name of [area.name, ...(ALSO_CALLED[area.name] ?? [])]) {
        const nameWords = splitWords(name);
        const found = cover(goal, words, nameWords, nameWords.map(stem));
        if (!found || found.score < 1) continue;
        if (nameWords.length === 1 && EVERYDAY.has(nameWords[0]) && !framed(words, found.used)) continue;
        const codes = new Set(area.states.map((s) => s.code));
        const values = column.values.filter((v) => v.usState && codes.has(v.usState.code));
        if (values.length === 0) continue;
        out.push(
          candidate(goal, words, found.used, column, {
            kind: 'value',
            ...inCondition(column, values, false),
            why: `the US Census Bureau's ${area.name} ${area.kind} (${area.states.length} states, ${values.length} of them in this file)`,
            score: config.grounding.scores.area,
            negated: false,
            named: false,
          }),
        );
        break;
      }
    }
  }
  return out;
}
