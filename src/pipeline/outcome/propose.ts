/**
 * Which columns of a file read like an outcome — something that happened to each row (churned,
 * responded, subscribed, survived, defaulted) rather than something it is. Proposed, never applied:
 * the person picks one, several or none. A column qualifies when it has few values
 * (`config.outcome.maxValues`) and its name or its values read like an outcome.
 */
import { config } from '../../config';
import type { ColumnInfo } from '../data/types';
import type { OutcomeCandidate } from './types';

/** Words in a header that name an outcome (matched on whole words of the header, any case). */
const OUTCOME_NAME =
  /^(churn(ed)?|attrit(ed|ion)?|respon(se|ses|ded|d)|accept(ed)?|subscri(be|bed|ption)|convert(ed)?|conversion|survived|default(ed)?|status|outcome|target|label|class|y|purchased|exited|retained|cancell?ed|won|approved|clicked)$/;

/** Values that read as the event of an outcome (the rate is reported for them). */
const EVENT_VALUE =
  /^(1|yes|y|true|t|churn(ed)?|attrited( customer)?|respond(ed)?|accepted|subscribed|converted|survived|default(ed)?|success|charged off|won|approved|left|exited|cancell?ed|purchased)$/i;

/** Values that read as an outcome's result, event or not (a column holding them is an outcome column). */
const OUTCOME_VALUE =
  /^(churn(ed)?|attrited( customer)?|existing customer|respond(ed)?|accepted|rejected|subscribed|converted|survived|died|default(ed)?|success|failure|charged off|fully paid|won|lost|approved|denied|left|stayed|exited|retained|cancell?ed|active|inactive)$/i;

/** Two labels that split a number at a threshold ("<=50K" / ">50K"): a class label someone derived. */
const THRESHOLD_VALUE = /^\s*(<=?|>=?|≤|≥)\s*\S+/;

/** The header's words: "AcceptedCmp3" → accepted, cmp, 3; "Attrition_Flag" → attrition, flag. */
function headerWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every value with its count, most frequent first. */
function valuesOf(column: ColumnInfo): { value: string; count: number }[] {
  return column.profile.valueCounts ?? column.profile.topValues;
}

/** The value counted as the event: one that reads so, else the "above" side of a threshold, else the rarer value. */
function eventValue(values: { value: string; count: number }[]): string {
  const named = values.find((v) => EVENT_VALUE.test(v.value.trim()));
  if (named) return named.value;
  const above = values.find((v) => /^\s*(>|≥)/.test(v.value));
  if (above) return above.value;
  return values.reduce((rare, v) => (v.count < rare.count ? v : rare)).value;
}

/** The column as an outcome candidate, or null when it does not read like one. */
function candidate(column: ColumnInfo): OutcomeCandidate | null {
  const values = valuesOf(column);
  const { distinct, distinctCapped } = column.profile;
  if (distinctCapped || distinct < 2 || distinct > config.outcome.maxValues || values.length !== distinct)
    return null;
  // A number with more than two values is a scale or a count (a 1–5 rating), not a result.
  if ((column.type === 'integer' || column.type === 'number') && distinct > 2) return null;
  const words = headerWords(column.name);
  // "Marital_Status" describes a person, whatever "status" says elsewhere.
  const nameWord =
    words.includes('marital') || words.length > config.outcome.maxNameWords
      ? undefined
      : words.find((word) => OUTCOME_NAME.test(word));
  const valueWords = values.filter((v) => OUTCOME_VALUE.test(v.value.trim())).map((v) => v.value);
  const threshold = distinct === 2 && values.every((v) => THRESHOLD_VALUE.test(v.value));
  if (!nameWord && valueWords.length === 0 && !threshold) return null;
  const reasons = [
    ...(nameWord ? [`its name says "${nameWord}"`] : []),
    ...(valueWords.length ? [`its values read as results (${valueWords.slice(0, 3).join(', ')})`] : []),
    ...(threshold
      ? [`its two values split a number at a threshold (${values.map((v) => v.value).join(' / ')})`]
      : []),
  ];
  const score = (nameWord ? 2 : 0) + (valueWords.length || threshold ? 1 : 0) + (distinct === 2 ? 0.5 : 0);
  return {
    column: column.sqlName,
    name: column.name,
    values,
    positive: eventValue(values),
    reason: reasons.join('; '),
    score,
  };
}

/**
 * The columns that read like outcomes, most outcome-like first; among equals the later column first,
 * since a file's label is by convention its last column (bank's `y` after `default`, Response after
 * the AcceptedCmp flags).
 */
export function proposeOutcomes(columns: readonly ColumnInfo[]): OutcomeCandidate[] {
  return columns
    .map(candidate)
    .filter((c): c is OutcomeCandidate => c !== null)
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.score - a.c.score || b.order - a.order)
    .map(({ c }) => c);
}

/** How an outcome reads in a sentence: "Churn" for a 0/1 flag, else "income = >50K". */
export function outcomeLabel(outcome: { name: string; positive: string }): string {
  return outcome.positive === '1' ? outcome.name : `${outcome.name} = ${outcome.positive}`;
}
