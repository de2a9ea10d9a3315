/**
 * The text-generation plumbing with a tiny random-weights model the test writes itself, loaded from
 * a folder's files with no network: it streams, stops when cancelled, and its gibberish is reduced
 * to nothing by the fact-checker.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/pipeline/narrative/check';
import { factSheet } from '../../../src/pipeline/narrative/facts';
import { loadGenerator } from '../../../src/pipeline/narrative/generator';
import { buildPrompt } from '../../../src/pipeline/narrative/prompt';
import { asha, context } from './persona';
import { tinyFolder } from './tiny-model';

describe('text generation from a model folder', () => {
  it('loads, streams and its gibberish does not survive the checker', async () => {
    const generator = await loadGenerator({ source: 'folder', name: 'tiny test model', files: tinyFolder() });
    expect(generator.info).toMatchObject({
      modelId: 'local/tiny-test-model',
      source: 'folder',
      dtype: 'fp32',
    });
    const pieces: string[] = [];
    const prompt = buildPrompt(asha, context, { kind: 'narrative' }, 500);
    const result = await generator.generate(prompt, { maxNewTokens: 40, onText: (p) => pieces.push(p) });
    expect(result.tokens).toBeGreaterThan(0);
    expect(result.tokens).toBeLessThanOrEqual(40);
    expect(pieces.join('').trim()).toBe(result.text);
    expect(result.firstTokenMs).toBeLessThanOrEqual(result.totalMs);
    const checked = checkText(result.text, factSheet(asha, context, 500));
    expect(checked.text).toBe('');
    await generator.dispose();
  }, 60_000);

  it('stops between steps when cancelled', async () => {
    const generator = await loadGenerator({ source: 'folder', name: 'tiny', files: tinyFolder() });
    const controller = new AbortController();
    let tokens = 0;
    const run = generator.generate([{ role: 'user', content: 'Hello there' }], {
      maxNewTokens: 100_000,
      signal: controller.signal,
      onText: () => {
        if (++tokens === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await generator.dispose();
  }, 60_000);

  it('says plainly when a folder holds no ONNX model', async () => {
    const files = tinyFolder();
    delete files['onnx/model.onnx'];
    await expect(loadGenerator({ source: 'folder', name: 'empty', files })).rejects.toThrow(
      /holds no ONNX model.*config.json and tokenizer.json/,
    );
  });
});
