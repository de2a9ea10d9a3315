/**
 * `npm run eval:intents`: scores goal understanding on the held-out dev set
 * (src/pipeline/intents/data/dev.jsonl) for the model (bundled embedder + committed weights) and
 * for the keyword baseline side by side: per-category precision/recall/F1, micro-F1, exact-slot
 * accuracy, no-intent accuracy, the paraphrase subset separately, calibration of the scores, and
 * latency per goal.
 * `-- --errors` also lists the dev goals the model gets wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEmbedder } from '../src/pipeline/embed/embedder';
import { parseGoals } from '../src/pipeline/intents/dataset';
import { classifyGoal } from '../src/pipeline/intents/classify';
import { keywordBaseline } from '../src/pipeline/intents/baseline';
import { compareSystems, slotsMatch, type Report } from '../src/pipeline/intents/metrics';
import { percentile } from '../src/pipeline/stats';
import type { IntentModel } from '../src/pipeline/intents/model';
import { prepareIntents } from '../src/pipeline/intents/resources';
import { slotKey } from '../src/pipeline/intents/slots';
import { INTENT_CATEGORIES, type IntentResult } from '../src/pipeline/intents/types';
import { brierScore, expectedCalibrationError } from '../src/pipeline/intents/calibration';
import { EVAL_DATE } from '../src/pipeline/intents/data/eval-date';

const DATA = resolve(import.meta.dirname, '../src/pipeline/intents/data');
const read = (file: string) => readFileSync(resolve(DATA, file), 'utf8');

const embedder = await loadEmbedder();
const training = parseGoals(read('train.jsonl'));
const dev = parseGoals(read('dev.jsonl'));
const resources = await prepareIntents(embedder, JSON.parse(read('weights.json')) as IntentModel, training);
await classifyGoal('warm-up goal', embedder, resources, { today: EVAL_DATE });

const results: IntentResult[] = [];
for (const goal of dev)
  results.push(await classifyGoal(goal.text, embedder, resources, { today: EVAL_DATE }));
const comparison = compareSystems(
  dev,
  results,
  dev.map((g) => keywordBaseline(g.text)),
);
await embedder.dispose();

const pct = (v: number) => (Number.isNaN(v) ? '–' : (100 * v).toFixed(1));
function summary(name: string, report: { model: Report; baseline: Report }) {
  console.log(`\n## ${name} (${report.model.goals} goals)\n`);
  console.table(
    report.model.perCategory.map((m, i) => {
      const b = report.baseline.perCategory[i];
      return {
        category: m.category,
        support: m.support,
        'model P': pct(m.precision),
        'model R': pct(m.recall),
        'model F1': pct(m.f1),
        'keyword P': pct(b.precision),
        'keyword R': pct(b.recall),
        'keyword F1': pct(b.f1),
      };
    }),
  );
  console.table(
    (['microF1', 'exactSlotAccuracy', 'noIntentAccuracy'] as const).map((key) => ({
      measure: key,
      model: pct(report.model[key]),
      keyword: pct(report.baseline[key]),
    })),
  );
}

console.log(
  `Dev set: ${dev.length} goals; model ${resources.model.modelId} (${resources.model.dim}-d), trained on ${resources.model.examples} goals; ages as of ${EVAL_DATE.toISOString().slice(0, 10)}`,
);
summary('All dev goals', comparison.all);
summary('Paraphrase subset', comparison.paraphrase);
const probabilities = INTENT_CATEGORIES.flatMap((c) => results.map((r) => r.scores[c]));
const truth = INTENT_CATEGORIES.flatMap((c) => dev.map((g) => (g.categories.includes(c) ? 1 : 0)));
const { calibration } = resources.model;
console.log(
  `\nCalibration of the category scores: dev ECE ${expectedCalibrationError(probabilities, truth).toFixed(3)}, Brier ${brierScore(probabilities, truth).toFixed(3)}` +
    ` (training, out of fold: ECE ${calibration.ece.toFixed(3)}, Brier ${calibration.brier.toFixed(3)})`,
);
const ms = results.map((r) => r.ms);
console.log(
  `\nLatency per goal (Node, after warm-up, embedding cache cold): p50 ${percentile(ms, 0.5).toFixed(1)} ms, p95 ${percentile(ms, 0.95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`,
);

if (process.argv.includes('--errors')) {
  console.log('\n## Dev goals with wrong slots or a wrong no-intent verdict\n');
  dev.forEach((goal, i) => {
    const noIntentRight = (goal.categories.length === 0) === results[i].noIntent;
    if (slotsMatch(goal, results[i]) && noIntentRight) return;
    console.log(
      `${JSON.stringify(goal.text)}\n  want ${goal.slots.map(slotKey).join(' ; ')}\n  got  ${results[i].slots.map(slotKey).join(' ; ')}  [${results[i].intents.join(', ')}]`,
    );
  });
}
