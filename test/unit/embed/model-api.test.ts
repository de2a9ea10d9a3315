/**
 * The worker's model API, run in Node against the bundled model in public/models/: load, embed with a
 * transferred buffer, info, failure and cancel keeping what was loaded.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cancelJob } from '../../../src/worker/jobs';
import { currentEmbedder, modelApi } from '../../../src/worker/model-api';

const APP_URL = pathToFileURL(resolve(import.meta.dirname, '../../../public/')).href + '/';

describe('model api (worker side, in Node)', () => {
  it('says so when asked for the model before any load', async () => {
    await expect(currentEmbedder()).rejects.toThrow('not been loaded');
    expect(await modelApi.modelInfo()).toBeNull();
  });

  it('loads the bundled model and embeds into one buffer', async () => {
    const reports: string[] = [];
    const info = await modelApi.loadModel({ source: 'bundled' }, APP_URL, 1, (p) =>
      reports.push(p.message ?? ''),
    );
    expect(info).toMatchObject({ modelId: 'personalens/use-lite', source: 'bundled', dim: 512 });
    expect(reports.some((m) => m.includes('onnx/model.onnx'))).toBe(true);
    expect(await modelApi.modelInfo()).toEqual(info);
    const { dim, data } = await modelApi.embed(['Gen Z moms', 'mothers', 'Gen Z moms']);
    expect(dim).toBe(512);
    expect(data).toHaveLength(3 * 512);
    const row = (r: number) => data.subarray(r * dim, (r + 1) * dim);
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);
    expect(dot(row(0), row(0))).toBeCloseTo(1, 5);
    expect(dot(row(0), row(2))).toBeCloseTo(1, 6);
    expect(dot(row(0), row(1))).toBeLessThan(0.99);
  }, 120_000);

  it('keeps the model in use when a load is cancelled', async () => {
    const before = await modelApi.modelInfo();
    const loading = modelApi.loadModel({ source: 'bundled' }, APP_URL, 2);
    cancelJob(2);
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(await modelApi.modelInfo()).toEqual(before);
    expect((await currentEmbedder()).info).toEqual(before);
  });
});
