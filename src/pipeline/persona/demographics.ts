/**
 * The card's demographics block: for each descriptive field the file has, what the cluster looks
 * like (averages against the segment, or the most common values with their shares).
 */
import type { CanonicalField } from '../types';
import { formatNumber, percent } from './format';
import { summarise, textCounts, type FieldFrame } from './frame';
import type { LocaleChoice } from './types';

const AVERAGES: [CanonicalField, string][] = [
  ['age', 'Age'],
  ['income', 'Income'],
  ['children_count', 'Children'],
  ['family_size', 'Family size'],
];

const TOP_VALUES: [CanonicalField, string][] = [
  ['gender', 'Gender'],
  ['parenting_stage', 'Parenting stage'],
  ['marital_status', 'Marital status'],
  ['city', 'City'],
  ['region', 'Region'],
  ['occupation', 'Occupation'],
  ['education_level', 'Education'],
  ['income_source', 'Income source'],
];

/** "42% Mumbai, 18% Pune" — the cluster's most common values of a text field. */
function topValues(frame: FieldFrame, field: CanonicalField, cluster: Int32Array, count: number): string {
  const counts = textCounts(frame.text(field)!, cluster);
  const known = counts.reduce((sum, [, n]) => sum + n, 0);
  return counts
    .slice(0, count)
    .map(([value, n]) => `${percent(n / known)} ${value}`)
    .join(', ');
}

function tiers(values: Float64Array, cluster: Int32Array): string {
  const counts = [0, 0, 0];
  let known = 0;
  for (const i of cluster) {
    const tier = values[i];
    if (tier >= 1 && tier <= 3) {
      counts[tier - 1]++;
      known++;
    }
  }
  return counts.map((n, t) => `Tier-${t + 1} ${percent(n / known)}`).join(', ');
}

/** Demographics of the rows at `cluster`, keyed by a display name. Fields the file lacks are left out. */
export function demographics(
  frame: FieldFrame,
  cluster: Int32Array,
  locale: LocaleChoice,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, name] of AVERAGES) {
    if (!frame.has(field)) continue;
    const own = summarise(frame.values(field)!, cluster).mean;
    const whole = frame.reference === 'whole';
    const base = frame.baseline(field).mean;
    out[name] =
      `${formatNumber(own, field, locale)} on average (${whole ? 'whole file' : 'segment'} ${formatNumber(base, field, locale)})`;
  }
  if (frame.has('has_children')) {
    const share = summarise(frame.values('has_children')!, cluster).mean;
    out['With children'] = percent(share);
  }
  if (frame.has('city_tier')) out['City tier'] = tiers(frame.values('city_tier')!, cluster);
  for (const [field, name] of TOP_VALUES) {
    if (frame.has(field)) out[name] = topValues(frame, field, cluster, field === 'gender' ? 2 : 3);
  }
  return out;
}
