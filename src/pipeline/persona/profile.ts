/**
 * Who a cluster is, from its own rows: its majority gender, whether it is mostly parents, and the
 * noun its label ends with. Nothing is taken from the goal alone — if the file has no gender
 * column, no persona is called a Mom — so a label never claims what the data cannot show.
 */
import { config } from '../../config';
import type { Domain } from '../features/types';
import { textCounts, type FieldFrame } from './frame';

/** Occupation values that name a persona when most of a cluster shares them. */
const OCCUPATION_NOUNS: [RegExp, string][] = [
  [/student/i, 'Student'],
  [/retired/i, 'Retiree'],
  [/house ?wife|home ?maker/i, 'Homemaker'],
  [/self|business|entrepreneur/i, 'Entrepreneur'],
  [/salaried|employ|professional|management|manager|technician|admin/i, 'Professional'],
];

/** The cluster's majority gender, or null when no gender holds `majorityShare` (or the file has none). */
export function majorityGender(frame: FieldFrame, cluster: Int32Array): 'female' | 'male' | null {
  if (!frame.has('gender')) return null;
  const counts = textCounts(frame.text('gender')!, cluster);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const [value, count] = counts[0] ?? ['', 0];
  if (total === 0 || count / total < config.persona.majorityShare) return null;
  return value === 'female' || value === 'male' ? value : null;
}

/** True when at least `majorityShare` of the cluster's known rows have children. */
export function mostlyParents(frame: FieldFrame, cluster: Int32Array): boolean {
  if (!frame.has('has_children')) return false;
  const values = frame.values('has_children')!;
  let yes = 0;
  let known = 0;
  for (const i of cluster) {
    if (Number.isNaN(values[i])) continue;
    known++;
    if (values[i] === 1) yes++;
  }
  return known > 0 && yes / known >= config.persona.majorityShare;
}

/** The occupation noun most of the cluster shares ("Student"), if any. */
function occupationNoun(frame: FieldFrame, cluster: Int32Array): string | null {
  if (!frame.has('occupation')) return null;
  const counts = textCounts(frame.text('occupation')!, cluster);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  for (const [pattern, noun] of OCCUPATION_NOUNS) {
    const matching = counts.filter(([value]) => pattern.test(value)).reduce((sum, [, n]) => sum + n, 0);
    if (total > 0 && matching / total >= config.persona.majorityShare) return noun;
  }
  return null;
}

/**
 * The noun a persona's label ends with: Mom/Dad/Parent for a cluster of parents, an occupation
 * most of the cluster shares, the tech-adoption reading in a tech goal ("Early Adopter"), or
 * "Customer".
 */
export function nounFor(
  frame: FieldFrame,
  cluster: Int32Array,
  domain: Domain,
  gender: 'female' | 'male' | null,
  parent: boolean,
  techReading?: string,
): string {
  if (parent) return gender === 'female' ? 'Mom' : gender === 'male' ? 'Dad' : 'Parent';
  const occupation = occupationNoun(frame, cluster);
  if (occupation) return occupation;
  if (domain === 'tech_adoption' && techReading) {
    return techReading === 'high' ? 'Early Adopter' : techReading === 'low' ? 'Late Adopter' : 'Tech Buyer';
  }
  return 'Customer';
}
