/** The LRU cache and the caching/batching wrapper around a model run. */
import { describe, expect, it } from 'vitest';
import { config } from '../../../src/config';
import { cachedEmbedder } from '../../../src/pipeline/embed/embedder';
import { LruCache } from '../../../src/pipeline/embed/lru';
import type { ModelInfo } from '../../../src/pipeline/embed/types';

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([1, 3, 2]);
  });

  it('stores nothing at capacity 0 and rejects a negative capacity', () => {
    const cache = new LruCache<string, number>(0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
    expect(() => new LruCache(-1)).toThrow(/capacity/);
  });
});

const info: ModelInfo = { modelId: 'fake', source: 'bundled', dim: 3, label: 'fake', loadMs: 0 };

/** A fake model run: the vector is [length, first char code, 1], and every batch is recorded. */
function fakeRun() {
  const batches: string[][] = [];
  const run = async (texts: string[]) => {
    batches.push(texts);
    return texts.map((t) => Float32Array.from([t.length, t.charCodeAt(0) || 0, 1]));
  };
  return { batches, run };
}

describe('cachedEmbedder', () => {
  it('returns vectors in input order and runs each distinct text once', async () => {
    const { batches, run } = fakeRun();
    const embedder = cachedEmbedder(info, run, async () => {});
    const out = await embedder.embed(['bb', 'a', 'bb', 'ccc']);
    expect(out.map((v) => v[0])).toEqual([2, 1, 2, 3]);
    expect(batches.flat().sort()).toEqual(['a', 'bb', 'ccc']);
    await embedder.embed(['a', 'ccc']);
    expect(batches.flat()).toHaveLength(3);
  });

  it('hands out copies, so a caller changing or transferring one does not touch the cache', async () => {
    const { run } = fakeRun();
    const embedder = cachedEmbedder(info, run, async () => {});
    const [first] = await embedder.embed(['x']);
    first.fill(0);
    const [again] = await embedder.embed(['x']);
    expect(Array.from(again)).toEqual([1, 120, 1]);
  });

  it('batches misses by length, reports progress and stops when cancelled', async () => {
    const { batches, run } = fakeRun();
    const embedder = cachedEmbedder(info, run, async () => {});
    const texts = Array.from({ length: config.model.embedBatchSize * 2 + 1 }, (_, i) =>
      'x'.repeat(i + 1),
    ).reverse();
    const reports: number[] = [];
    await embedder.embed(texts, { onProgress: (p) => reports.push(p.done) });
    expect(batches.map((b) => b.length)).toEqual([
      config.model.embedBatchSize,
      config.model.embedBatchSize,
      1,
    ]);
    expect(batches[0][0]).toBe('x');
    expect(reports.at(-1)).toBe(texts.length);

    const controller = new AbortController();
    controller.abort();
    await expect(embedder.embed(['new text'], { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('evicts beyond its capacity', async () => {
    const { batches, run } = fakeRun();
    const embedder = cachedEmbedder(info, run, async () => {}, 1);
    await embedder.embed(['a']);
    await embedder.embed(['b']);
    await embedder.embed(['a']);
    expect(batches.flat()).toEqual(['a', 'b', 'a']);
  });
});
