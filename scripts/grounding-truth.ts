/**
 * Prints, for every grounding dev-set case (test/grounding/cases.ts), how many rows its hand-written
 * truth selects out of the rows in its file, and checks the set itself:
 * - every non-`nothing` case selects at least 1 row and fewer than all rows;
 * - every `nothing` case keeps every row;
 * - ids are unique, no (file, goal) pair appears twice, and no two cases on a file select the very
 *   same rows unless both are listed in SAME_ROWS_OK (different wordings of one meaning on purpose);
 * - at least 160 cases, at least 8 per file.
 * Exits 1 when a check fails.
 *
 *   node --import tsx scripts/grounding-truth.ts
 */
import { CASES, type GroundingCase } from '../test/grounding/cases';
import { hasFile, readRows } from '../test/grounding/rows';

/** Case pairs that select the same rows on purpose: two wordings of one condition. */
const SAME_ROWS_OK = new Set<string>(['telco-tenure-under-year|telco-first-year']);

const problems: string[] = [];
const selections = new Map<string, { id: string; key: string }[]>();

const pad = (s: string | number, w: number) => String(s).padEnd(w);
console.log(`${pad('id', 38)} ${pad('kind', 9)} ${pad('matched', 8)} rows  file`);

for (const c of CASES) {
  if (!hasFile(c.file)) {
    problems.push(`${c.id}: file ${c.file} not found`);
    continue;
  }
  const rows = readRows(c.file);
  let matched = 0;
  const bits: string[] = [];
  try {
    rows.forEach((row, i) => {
      if (c.truth(row)) {
        matched++;
        bits.push(String(i));
      }
    });
  } catch (e) {
    problems.push(`${c.id}: truth threw: ${(e as Error).message}`);
    continue;
  }
  console.log(`${pad(c.id, 38)} ${pad(c.kind, 9)} ${pad(matched, 8)} ${pad(rows.length, 5)} ${c.file}`);
  if (c.kind === 'nothing') {
    if (matched !== rows.length)
      problems.push(`${c.id}: a 'nothing' case must keep all ${rows.length} rows, kept ${matched}`);
  } else if (matched === 0) {
    problems.push(`${c.id}: selects no rows`);
  } else if (matched === rows.length) {
    problems.push(`${c.id}: selects every row`);
  }
  if (c.kind !== 'nothing') {
    const list = selections.get(c.file) ?? [];
    list.push({ id: c.id, key: bits.join(',') });
    selections.set(c.file, list);
  }
}

// Duplicates.
const ids = new Map<string, number>();
const goals = new Map<string, string>();
for (const c of CASES) {
  ids.set(c.id, (ids.get(c.id) ?? 0) + 1);
  const g = `${c.file}|${c.goal.trim().toLowerCase().replace(/\s+/g, ' ')}`;
  const prior = goals.get(g);
  if (prior) problems.push(`${c.id}: same file and goal as ${prior}`);
  else goals.set(g, c.id);
}
for (const [id, k] of ids) if (k > 1) problems.push(`id ${id} is used ${k} times`);
for (const list of selections.values()) {
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (list[i].key !== list[j].key) continue;
      const pair = `${list[i].id}|${list[j].id}`;
      if (!SAME_ROWS_OK.has(pair) && !SAME_ROWS_OK.has(`${list[j].id}|${list[i].id}`)) {
        problems.push(`${list[i].id} and ${list[j].id} select the same rows`);
      }
    }
  }
}

// Counts.
const count = <K extends string>(key: (c: GroundingCase) => K) => {
  const m = new Map<K, number>();
  for (const c of CASES) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
  return m;
};
const perFile = count((c) => c.file);
const perKind = count((c) => c.kind);
console.log(`\n${CASES.length} cases`);
console.log('per file:', Object.fromEntries(perFile));
console.log('per kind:', Object.fromEntries(perKind));
if (CASES.length < 160) problems.push(`only ${CASES.length} cases, want at least 160`);
for (const [file, k] of perFile) if (k < 8) problems.push(`${file}: only ${k} cases, want at least 8`);

if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log('\nall checks pass');
