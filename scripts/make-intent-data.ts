/**
 * `npx tsx scripts/make-intent-data.ts`: writes src/pipeline/intents/data/{train,dev}.jsonl.
 * Goals are composed from labelled fragments (scripts/intent-data/fragments.ts) with a seeded
 * generator, then the hand-written goals are appended (scripts/intent-data/hand.ts). Each split
 * has its own phrasings, sentence wrappers and misspellings, so dev measures generalisation, not
 * recall of training sentences. See src/pipeline/intents/data/README.md.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { faker } from '@faker-js/faker';
import type { IntentCategory, NumericConstraint } from '../src/pipeline/intents/types';
import type { LabelledGoal, LabelSlot } from '../src/pipeline/intents/dataset';
import { HEADS, POST, PRE, TYPOS, WRAPPERS, type Fragment } from './intent-data/fragments';
import { DEV_HAND, NO_INTENT, TRAIN_HAND, type HandGoal } from './intent-data/hand';

type Split = 'train' | 'dev';

const OUT = resolve(import.meta.dirname, '../src/pipeline/intents/data');
const TEMPLATED: Record<Split, number> = { train: 640, dev: 150 };
const SEEDS: Record<Split, number> = { train: 20261125, dev: 7 };

/** Ages reached in 2026 (the evaluation date) by each Pew generation; Gen Z starts at 18 unless teens are asked for. */
const GENERATION_AGES: Record<string, [number, number]> = {
  'gen z': [18, 29],
  millennial: [30, 45],
  'gen x': [46, 61],
  boomer: [62, 80],
};
const TEEN_GEN_Z_MIN = 14;
const FIELDS: Record<string, NumericConstraint['field']> = {
  generation: 'age',
  'children count': 'children_count',
  'family size': 'family_size',
  'income range': 'income',
  geography: 'city_tier',
};
const SPECIFIC_PARENTING = ['expecting', 'new parent', 'parent of young kids', 'parent of teens'];
/** Pairs of values that make no sense in one person. */
const CLASHES: [string, string][] = [
  ...[
    'parenting:',
    'lifestyle:professional',
    'lifestyle:retired',
    'lifestyle:entrepreneur',
    'lifestyle:homemaker',
    'budget:income',
    'generation:',
    'education:',
  ].map((other): [string, string] => ['generation:teen', other]),
  ['lifestyle:retired', 'generation:gen z'],
  ['lifestyle:retired', 'generation:age range'],
  ['lifestyle:retired', 'lifestyle:student'],
  ['lifestyle:retired', 'parenting:new'],
  ['lifestyle:retired', 'parenting:expecting'],
  ['lifestyle:student', 'generation:boomer'],
  ['lifestyle:student', 'generation:gen x'],
  ['lifestyle:student', 'budget:income'],
  ['lifestyle:student', 'parenting:'],
  ['lifestyle:student', 'education:'],
  ['generation:boomer', 'parenting:'],
];

/** Parses a slot code: `[!]category:value[@min-max][#words]` (words default to the fragment's text). */
function parseCode(code: string, text: string): LabelSlot {
  const [body, ownWords] = code.split('#');
  const words = ownWords ?? text;
  const negated = body.startsWith('!');
  const [head, range] = body.replace(/^!/, '').split('@');
  const [category, value] = head.split(':') as [IntentCategory, string];
  const slot: LabelSlot = { category, value, negated, words };
  if (range !== undefined) {
    const [min, max] = range.split('-').map((n) => (n === '' ? undefined : Number(n)));
    const field = FIELDS[value] ?? FIELDS[category];
    slot.constraint = { field, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  return slot;
}

/** Adds generation age ranges, drops "parent" beside a more specific stage, removes duplicates. */
function normalise(slots: LabelSlot[]): LabelSlot[] {
  const teens = slots.some(
    (s) => s.value === 'teen' || (s.constraint?.field === 'age' && (s.constraint.min ?? 18) < 18),
  );
  const withAges = slots.map((s) => {
    const ages = GENERATION_AGES[s.value];
    if (!ages) return s;
    const min = s.value === 'gen z' && teens ? TEEN_GEN_Z_MIN : ages[0];
    return { ...s, constraint: { field: 'age' as const, min, max: ages[1] } };
  });
  const specific = withAges.some(
    (s) => s.category === 'parenting' && !s.negated && SPECIFIC_PARENTING.includes(s.value),
  );
  const kept = withAges.filter(
    (s) => !(specific && s.category === 'parenting' && s.value === 'parent' && !s.negated),
  );
  const seen = new Set<string>();
  return kept.filter((s) => {
    const key = JSON.stringify([s.category, s.value, s.negated, s.constraint]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function toGoal(id: string, text: string, slots: LabelSlot[], tags: string[]): LabelledGoal {
  const normalised = normalise(slots);
  const categories = [...new Set(normalised.map((s) => s.category))];
  const auto = [
    categories.length > 1 ? 'multi' : '',
    normalised.some((s) => s.negated) ? 'negation' : '',
    normalised.some((s) => s.constraint && s.category !== 'geography' && /\d/.test(s.words)) ? 'numeric' : '',
    categories.length === 0 ? 'no-intent' : '',
  ].filter(Boolean);
  return { id, text, categories, slots: normalised, tags: [...new Set([...tags, ...auto])] };
}

const tag = (s: LabelSlot) => `${s.category}:${s.value}`;
/** True when two different slots form one of the CLASHES. */
const clashes = (slots: LabelSlot[]) =>
  CLASHES.some(([a, b]) =>
    slots.some((s, i) => tag(s).startsWith(a) && slots.some((t, j) => j !== i && tag(t).startsWith(b))),
  );

/** Whether a modifier may join the phrase: a new category, or a parenting detail on a plain parent. */
function fits(fragment: Fragment, slots: LabelSlot[]): boolean {
  const adding = fragment.slots.map((code) => parseCode(code, fragment.text));
  const parentOnly = slots
    .filter((s) => s.category === 'parenting')
    .every((s) => s.value === 'parent' && !s.negated);
  const ok = adding.every(
    (s) =>
      !slots.some((t) => t.category === s.category) ||
      (s.category === 'parenting' && !s.negated && parentOnly),
  );
  return ok && !clashes([...slots, ...adding]);
}

function pickModifiers(pool: Fragment[], slots: LabelSlot[], count: number): Fragment[] {
  const chosen: Fragment[] = [];
  for (let attempt = 0; chosen.length < count && attempt < 20; attempt++) {
    const fragment = faker.helpers.arrayElement(pool);
    const current = [...slots, ...chosen.flatMap((c) => c.slots.map((code) => parseCode(code, c.text)))];
    if (fits(fragment, current)) chosen.push(fragment);
  }
  return chosen;
}

/** One person phrase: head with modifiers before and after. */
function composePhrase(split: Split): { text: string; slots: LabelSlot[] } {
  const head = faker.helpers.arrayElement(HEADS[split]);
  const slots = head.slots.map((code) => parseCode(code, head.text));
  const pre = pickModifiers(
    PRE[split].filter((f) => f.slots.length > 0),
    slots,
    faker.helpers.weightedArrayElement([
      { value: 0, weight: 35 },
      { value: 1, weight: 45 },
      { value: 2, weight: 20 },
    ]),
  );
  const withPre = [...slots, ...pre.flatMap((p) => p.slots.map((code) => parseCode(code, p.text)))];
  const post = pickModifiers(
    POST[split],
    withPre,
    faker.helpers.weightedArrayElement([
      { value: 0, weight: 35 },
      { value: 1, weight: 45 },
      { value: 2, weight: 20 },
    ]),
  );
  const all = [...withPre, ...post.flatMap((p) => p.slots.map((code) => parseCode(code, p.text)))];
  return { text: [...pre.map((p) => p.text), head.text, ...post.map((p) => p.text)].join(' '), slots: all };
}

function misspell(text: string, split: Split): string | undefined {
  const candidates = TYPOS[split].filter(([word]) => new RegExp(`\\b${word}`, 'i').test(text));
  if (candidates.length === 0) return undefined;
  const [word, typo] = faker.helpers.arrayElement(candidates);
  return text.replace(new RegExp(`\\b${word}`, 'i'), typo);
}

function restyle(text: string): string {
  const style = faker.number.float();
  if (style < 0.12) return text.toLowerCase();
  if (style < 0.16) return text.toUpperCase();
  if (style < 0.22) return `${text}!`;
  return text;
}

function templated(split: Split, count: number, seen: Set<string>): LabelledGoal[] {
  const goals: LabelledGoal[] = [];
  while (goals.length < count) {
    const first = composePhrase(split);
    const pair = faker.number.float() < 0.06 ? composePhrase(split) : undefined;
    const negated = [...first.slots, ...(pair?.slots ?? [])].some((s) => s.negated);
    const usePair = pair && !negated && pair.slots.length > 0;
    let text = usePair
      ? `${first.text} ${faker.helpers.arrayElement(['and', 'or', '&'])} ${pair.text}`
      : first.text;
    const slots = usePair ? [...first.slots, ...pair.slots] : first.slots;
    // "young families" reads as parents of young kids, not as young adults.
    if (slots.length === 0 || /young famil/i.test(text)) continue;
    text = faker.helpers.arrayElement(WRAPPERS[split]).replace('{x}', text);
    const tags = ['template'];
    const typo = faker.number.float() < 0.2 ? misspell(text, split) : undefined;
    if (typo) tags.push('misspelling');
    text = restyle(typo ?? text);
    const key = text.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    goals.push(toGoal('', text, slots, tags));
  }
  return goals;
}

function handGoals(hand: HandGoal[], noIntent: string[]): LabelledGoal[] {
  const labelled = hand.map(([text, codes, tags = []]) =>
    toGoal(
      '',
      text,
      codes.map((code) => parseCode(code, text)),
      ['hand', ...tags],
    ),
  );
  return [...labelled, ...noIntent.map((text) => toGoal('', text, [], ['hand']))];
}

function write(split: Split, goals: LabelledGoal[]): void {
  const prefix = split === 'train' ? 't' : 'd';
  const lines = goals.map((g, i) =>
    JSON.stringify({ ...g, id: `${prefix}${String(i + 1).padStart(4, '0')}` }),
  );
  writeFileSync(resolve(OUT, `${split}.jsonl`), `${lines.join('\n')}\n`);
  console.log(`${split}: ${goals.length} goals`);
}

const seen = new Set<string>();
faker.seed(SEEDS.train);
write('train', [...templated('train', TEMPLATED.train, seen), ...handGoals(TRAIN_HAND, NO_INTENT.train)]);
faker.seed(SEEDS.dev);
write('dev', [...templated('dev', TEMPLATED.dev, seen), ...handGoals(DEV_HAND, NO_INTENT.dev)]);
