/**
 * A load from an app folder without the model fails with the fix in the message and loads nothing.
 * (Its own file: transformers.js remembers missing files per process, see environment.ts.)
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentEmbedder, modelApi } from '../../../src/worker/model-api';

const BROKEN_URL = pathToFileURL(resolve(import.meta.dirname, 'no-such-app')).href + '/';

describe('model api without model files', () => {
  it('reports missing model files with the fix, and loads nothing', async () => {
    await expect(modelApi.loadModel({ source: 'bundled' }, BROKEN_URL)).rejects.toThrow(
      /^Loading the embedding model: Could not load the bundled model .*npm run build-model/,
    );
    expect(await modelApi.modelInfo()).toBeNull();
    await expect(currentEmbedder()).rejects.toThrow('not been loaded');
  });
});
