/**
 * `npm run train:intents`: trains the intent classifier on src/pipeline/intents/data/train.jsonl
 * with the bundled embedding model (the ONNX port of USE-lite, run through the same Embedder the
 * worker uses) and writes the weights the app ships: src/pipeline/intents/data/weights.json.
 * Prints the out-of-fold calibration per category. Deterministic: the same data and model give
 * the same weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEmbedder } from '../src/pipeline/embed/embedder';
import { parseGoals } from '../src/pipeline/intents/dataset';
import { buildLexicon } from '../src/pipeline/intents/lexicon';
import { trainForEmbedder } from '../src/pipeline/intents/training';
import { buildSlotIndex, collectExemplars } from '../src/pipeline/intents/embedding-slots';
import type { Progress } from '../src/pipeline/types';

const DATA = resolve(import.meta.dirname, '../src/pipeline/intents/data');

const started = performance.now();
const embedder = await loadEmbedder();
const training = parseGoals(readFileSync(resolve(DATA, 'train.jsonl'), 'utf8'));
let lastMessage = '';
const onProgress = (p: Progress) => {
  if (p.message !== lastMessage) console.log(`… ${p.message}`);
  lastMessage = p.message ?? '';
};
const index = await buildSlotIndex(embedder, collectExemplars(training), { onProgress });
const model = await trainForEmbedder(training, embedder, buildLexicon(), index, { onProgress });
writeFileSync(resolve(DATA, 'weights.json'), `${JSON.stringify(model)}\n`);
await embedder.dispose();

console.log(
  `\nTrained on ${model.examples} goals with ${model.modelId} (${model.dim}-d) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `Out-of-fold calibration: ECE ${model.calibration.ece.toFixed(3)}, Brier ${model.calibration.brier.toFixed(3)}; embedding-found slots need similarity ≥ ${model.slotSimilarity}\n`,
);
console.table(
  Object.entries(model.calibration.perCategory).map(([category, c]) => ({
    category,
    threshold: c.threshold,
    ece: Number(c.ece.toFixed(3)),
    brier: Number(c.brier.toFixed(3)),
  })),
);
