/**
 * `npm run eval:grounding`: row-set Jaccard of the app's segment against each dev case's
 * independent truth (test/grounding/cases.ts), beside the baseline (the intents' slots alone, as
 * before grounding), then the mean and the pass rate (Jaccard ≥ 0.9) of each, overall and per kind.
 * `-- --fails` prints only the cases under 0.9, with their conditions; `-- --file NAME` one file.
 */
import { evaluateGrounding, summarise, type CaseScore } from '../test/grounding/evaluate';

const args = process.argv.slice(2);
const fileArg = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const onlyFails = args.includes('--fails');
const { scores, skippedFiles } = await evaluateGrounding(fileArg ? (c) => c.file === fileArg : undefined);

const f2 = (v: number) => v.toFixed(2);
const shown = onlyFails ? scores.filter((s) => s.jaccard < 0.9) : scores;
for (const s of shown) {
  const mark = s.jaccard >= 0.9 ? ' ' : '✗';
  console.log(
    `${mark} ${f2(s.jaccard)} (base ${f2(s.baseline)}) ${s.case.file.padEnd(38)} ${s.case.id.padEnd(34)} truth ${s.truth} app ${s.app}  “${s.case.goal}”`,
  );
  if (onlyFails) {
    for (const c of s.query.conditions) console.log(`      + ${c.plain}   [${c.why}]`);
    for (const d of s.query.dropped) console.log(`      - ${d.condition.plain}   [${d.reason}]`);
    for (const k of s.query.skipped) console.log(`      ~ ${k.words}: ${k.reason}`);
    if (s.query.unused.length) console.log(`      not used: ${s.query.unused.join(', ')}`);
    for (const a of s.query.ambiguous) console.log(`      ? ${a.words}: ${a.reason}`);
  }
}

const table = (group: readonly CaseScore[]) => {
  const app = summarise(group, (s) => s.jaccard);
  const base = summarise(group, (s) => s.baseline);
  return {
    cases: group.length,
    'mean Jaccard': f2(app.mean),
    'pass rate': f2(app.passRate),
    'baseline mean': f2(base.mean),
    'baseline pass': f2(base.passRate),
  };
};
const kinds = [...new Set(scores.map((s) => s.case.kind))].sort();
console.log('\n## Grounding on the dev set (pass: row-set Jaccard ≥ 0.9)\n');
console.table({
  all: table(scores),
  ...Object.fromEntries(kinds.map((k) => [k, table(scores.filter((s) => s.case.kind === k))])),
});
if (skippedFiles.length) console.log(`Skipped (file absent): ${skippedFiles.join(', ')}`);
