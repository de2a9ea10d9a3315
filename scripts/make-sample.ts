/**
 * `npm run make-sample`: writes public/sample/customers.csv, the bundled sample — 5,000 users of a
 * consumer-electronics brand in India, drawn from latent groups (public/sample/README.md documents
 * the model). Seeded (d3-random's LCG), so every run writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBernoulli, randomBeta, randomLcg, randomNormal } from 'd3';
import Papa from 'papaparse';
import { GROUPS, CITIES, INCOME_SOURCES, type Group, type Weighted } from './sample-groups';

export const SEED = 20261125;
export const USERS = 5000;
/** Share of cells left empty in the columns that real CRM exports often lack. */
const MISSING: Record<string, number> = {
  age: 0.01,
  education_level: 0.04,
  monthly_income: 0.05,
  income_source: 0.03,
  family_size: 0.02,
  device_count: 0.02,
  privacy_pref: 0.04,
  brand_awareness_bose: 0.06,
  interest_tech: 0.02,
  interest_fashion: 0.02,
  interest_health: 0.02,
  interest_education: 0.02,
  interest_entertainment: 0.02,
};

export const COLUMNS = [
  'user_id',
  'age',
  'gender',
  'city',
  'city_tier',
  'occupation',
  'education_level',
  'monthly_income',
  'income_source',
  'has_children',
  'parenting_stage',
  'family_size',
  'device_count',
  'privacy_pref',
  'price_sensitivity',
  'brand_awareness_bose',
  'emi_flag',
  'interest_tech',
  'interest_fashion',
  'interest_health',
  'interest_education',
  'interest_entertainment',
] as const;

type Row = Record<(typeof COLUMNS)[number], string | number>;

/** Seeded draws: uniform, normal, beta (for 0–1 scores) and weighted choice. */
function sampler(seed: number) {
  const uniform = randomLcg(seed);
  const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  return {
    uniform,
    chance: (p: number) => randomBernoulli.source(uniform)(p)() === 1,
    normal: (mean: number, sd: number, lo = -Infinity, hi = Infinity) =>
      clamp(randomNormal.source(uniform)(mean, sd)(), lo, hi),
    /** A 0–1 score with the given mean; `k` is the concentration (higher = tighter). */
    score: (mean: number, k = 12) => randomBeta.source(uniform)(mean * k, (1 - mean) * k)(),
    pick: <T>(options: Weighted<T>): T => {
      const total = options.reduce((sum, [, w]) => sum + w, 0);
      let r = uniform() * total;
      for (const [value, weight] of options) if ((r -= weight) < 0) return value;
      return options[options.length - 1][0];
    },
  };
}

type Sampler = ReturnType<typeof sampler>;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** One user drawn from a latent group. */
function drawUser(index: number, group: Group, s: Sampler): Row {
  const age = Math.round(s.normal(group.age[0], group.age[1], group.age[2], group.age[3]));
  const gender = s.pick<string>([
    ['Female', group.female],
    ['Male', 0.99 - group.female],
    ['Other', 0.01],
  ]);
  const tier = s.pick<1 | 2 | 3>([
    [1, group.tiers[0]],
    [2, group.tiers[1]],
    [3, group.tiers[2]],
  ]);
  const occupation = s.pick(group.occupations);
  const stage = s.chance(group.parents)
    ? s.pick(group.stages)
    : s.chance(group.expecting ?? 0)
      ? 'Expecting'
      : 'None';
  const hasChildren = stage !== 'None' && stage !== 'Expecting';
  // Income is log-normal around the group's median, lifted in bigger cities.
  const tierLift = [1.25, 1, 0.8][tier - 1];
  const income =
    occupation === 'Homemaker' ? 0 : group.income[0] * tierLift * Math.exp(s.normal(0, group.income[1]));
  const budget = s.normal(group.price, 0.08, 0.02, 0.98);
  return {
    user_id: `U${String(index + 1).padStart(5, '0')}`,
    age,
    gender,
    city: s.pick(CITIES[tier].map((city) => [city, 1] as const)),
    city_tier: `Tier-${tier}`,
    occupation,
    education_level: s.pick(group.education),
    monthly_income: Math.round(income / 500) * 500,
    income_source: s.pick(INCOME_SOURCES[occupation]),
    has_children: hasChildren ? 1 : 0,
    parenting_stage: stage,
    family_size: Math.round(s.normal(group.family + (hasChildren ? 1 : 0), 1, 1, 9)),
    device_count: Math.round(s.normal(group.devices + (tier === 1 ? 0.5 : 0), 1.1, 1, 10)),
    privacy_pref: round2(s.score(group.privacy)),
    price_sensitivity: round2(s.score(budget, 20)),
    // EMI is likelier the more price-sensitive the person is (both go with the group's budget).
    emi_flag: s.chance(Math.min(0.95, group.emi * (0.6 + budget))) ? 1 : 0,
    brand_awareness_bose: round2(s.score(group.bose)),
    interest_tech: round2(s.score(group.interests.tech)),
    interest_fashion: round2(s.score(group.interests.fashion)),
    interest_health: round2(s.score(group.interests.health)),
    interest_education: round2(s.score(group.interests.education)),
    interest_entertainment: round2(s.score(group.interests.entertainment)),
  };
}

/** Blanks some cells, as real exports have them. */
function withMissing(row: Row, s: Sampler): Row {
  const copy = { ...row };
  for (const [column, share] of Object.entries(MISSING)) if (s.chance(share)) copy[column as keyof Row] = '';
  return copy;
}

/** The sample's rows: group sizes follow the shares exactly, then rows are shuffled. */
export function makeSample(seed = SEED, users = USERS): Row[] {
  const s = sampler(seed);
  const groups = GROUPS.flatMap((group) => new Array<Group>(Math.round(group.share * users)).fill(group));
  if (groups.length !== users) throw new Error(`group shares give ${groups.length} users, not ${users}`);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(s.uniform() * (i + 1));
    [groups[i], groups[j]] = [groups[j], groups[i]];
  }
  return groups.map((group, index) => withMissing(drawUser(index, group, s), s));
}

/** The sample as CSV text (CRLF-free, header first). */
export function sampleCsv(seed = SEED, users = USERS): string {
  return Papa.unparse(makeSample(seed, users), { columns: [...COLUMNS], newline: '\n' }) + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = resolve(import.meta.dirname, '../public/sample/customers.csv');
  writeFileSync(target, sampleCsv());
  console.log(`wrote ${USERS} users to ${target}`);
}
