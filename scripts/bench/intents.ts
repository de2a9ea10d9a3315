/**
 * Goal understanding benchmark (Node, bundled model, committed weights): `classifyGoal` latency on
 * the dev goals after warm-up with the embedding cache cold (every goal new) and warm (a repeated
 * goal), the lexical part alone, preparing the exemplar index, and training a classifier from
 * scratch as the worker does for a non-bundled model (embedding the training goals, then the
 * fit). Target: p50 under 30 ms per goal after warm-up. The 1-minute load average is printed
 * beside each row: on a shared machine it explains outliers.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { config } from '../../src/config';
import { loadEmbedder } from '../../src/pipeline/embed/embedder';
import { classifyGoal } from '../../src/pipeline/intents/classify';
import { labelMatrix, parseGoals } from '../../src/pipeline/intents/dataset';
import { correctedNorms } from '../../src/pipeline/intents/lexicon';
import { percentile } from '../../src/pipeline/stats';
import { trainIntentModel, type IntentModel } from '../../src/pipeline/intents/model';
import { prepareIntents } from '../../src/pipeline/intents/resources';
import { lexicalCandidates, resolveSlots } from '../../src/pipeline/intents/slots';
import { tokenize } from '../../src/pipeline/intents/text';
import { goalFeatures } from '../../src/pipeline/intents/training';
import type { BenchModule } from '../bench';

const DATA = resolve(import.meta.dirname, '../../src/pipeline/intents/data');
const read = (file: string) => readFileSync(resolve(DATA, file), 'utf8');
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timeEach(
  items: string[],
  run: (item: string) => Promise<unknown> | unknown,
): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    times.push(performance.now() - started);
  }
  return times;
}

function row(measure: string, times: number[], target = ''): Record<string, string | number> {
  return {
    measure,
    runs: times.length,
    p50_ms: round(percentile(times, 0.5)),
    p95_ms: round(percentile(times, 0.95)),
    target,
    load_1min: loadavg()[0].toFixed(1),
  };
}

const bench: BenchModule = {
  title: 'Goal → intents (bundled USE-lite, committed weights)',
  async run() {
    const embedder = await loadEmbedder();
    const training = parseGoals(read('train.jsonl'));
    const dev = parseGoals(read('dev.jsonl')).map((g) => g.text);
    let started = performance.now();
    const resources = await prepareIntents(
      embedder,
      JSON.parse(read('weights.json')) as IntentModel,
      training,
    );
    const prepareMs = performance.now() - started;
    for (const goal of ['warm-up', 'Gen Z moms', 'folks with little ones'])
      await classifyGoal(goal, embedder, resources);
    const cold = await timeEach(dev, (goal) => classifyGoal(goal, embedder, resources));
    const warm = await timeEach(new Array(50).fill('affluent millennial professionals in metros'), (goal) =>
      classifyGoal(goal, embedder, resources),
    );
    const lexical = await timeEach(dev, (goal) => {
      const tokens = tokenize(goal);
      return resolveSlots(
        goal,
        tokens,
        lexicalCandidates(goal, tokens, correctedNorms(tokens, resources.lexicon), resources.lexicon),
        new Date(),
      );
    });
    started = performance.now();
    const features = await goalFeatures(
      training.map((g) => g.text.concat(' ')),
      embedder,
      resources.lexicon,
    );
    const embedMs = performance.now() - started;
    started = performance.now();
    const { l2, iterations, folds, components } = config.intents;
    await trainIntentModel(features, labelMatrix(training), {
      modelId: 'bench',
      l2,
      iterations,
      folds,
      components,
    });
    const fitMs = performance.now() - started;
    await embedder.dispose();
    return [
      row('classifyGoal, dev goals, cache cold', cold, 'p50 < 30 ms'),
      row('classifyGoal, repeated goal, cache warm', warm),
      row('lexicon, numbers, negation only', lexical),
      row('prepare: embed exemplar phrases', [prepareMs]),
      row(`train for a new model: embed ${training.length} goals`, [embedMs]),
      row(`train for a new model: ${folds}-fold + final fit`, [fitMs]),
    ];
  },
};

export default bench;
