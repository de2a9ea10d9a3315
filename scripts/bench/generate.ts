/**
 * Text generation, in Node: time to first token and tokens per second of the tiny random-weights
 * test model (scripts/lib/tiny-lm.ts) loaded from its files as a picked folder is, answering the
 * grounded prompt of a hand-written persona. It measures the plumbing (tokenising the prompt,
 * stepping generation in config.narrative.generation.stepTokens, streaming) with next to no model
 * cost, so its numbers bound what the app adds around a real model. A second table lists the real
 * models' download sizes; their speeds are not measured here.
 */
import { loadavg } from 'node:os';
import { config } from '../../src/config';
import { loadGenerator } from '../../src/pipeline/narrative/generator';
import { buildPrompt } from '../../src/pipeline/narrative/prompt';
import { percentile } from '../../src/pipeline/stats';
import { asha, context } from '../../test/unit/narrative/persona';
import { tinyFolder } from '../../test/unit/narrative/tiny-model';
import type { BenchModule } from '../bench';

const RUNS = 10;
const NEW_TOKENS = 64;

const bench: BenchModule = {
  title: 'Text generation (tiny random-weights model, Node, onnxruntime-node)',
  async run() {
    const started = performance.now();
    const generator = await loadGenerator({ source: 'folder', name: 'tiny', files: tinyFolder() });
    const loadMs = performance.now() - started;
    const prompt = buildPrompt(asha, context, { kind: 'narrative' }, 500);
    const first: number[] = [];
    const rates: number[] = [];
    let tokens = 0;
    for (let i = 0; i < RUNS; i++) {
      const result = await generator.generate(prompt, { maxNewTokens: NEW_TOKENS });
      first.push(result.firstTokenMs);
      tokens += result.tokens;
      if (result.tokens > 1)
        rates.push(((result.tokens - 1) * 1000) / (result.totalMs - result.firstTokenMs));
    }
    await generator.dispose();
    return [
      {
        env: 'node',
        load_ms: Math.round(loadMs),
        prompt_chars: prompt.reduce((n, m) => n + m.content.length, 0),
        tokens_per_run: +(tokens / RUNS).toFixed(1),
        first_token_p50_ms: +percentile(first, 0.5).toFixed(1),
        tokens_per_s_p50: Math.round(percentile(rates, 0.5)),
        step_tokens: config.narrative.generation.stepTokens,
        load_1min: loadavg()[0].toFixed(1),
      },
    ];
  },
  async *tables() {
    yield {
      title: 'Listed text models (publishers’ file sizes; speed not measured here)',
      rows: config.narrative.models.map((m) => ({
        model: m.id,
        licence: m.licence,
        webgpu: `${m.dtype.webgpu}, ${m.megabytes.webgpu} MB`,
        wasm: `${m.dtype.wasm}, ${m.megabytes.wasm} MB`,
        tokens_per_s: 'not measured here',
      })),
    };
  },
};

export default bench;
