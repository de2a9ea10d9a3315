/**
 * The hub download path in Node against a local server standing in for the hub, serving the tiny
 * test model as the listed model's files: a whole download loads; one that breaks off half-way
 * fails with a message a person can act on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env } from '@huggingface/transformers';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { config } from '../../../src/config';
import { loadGenerator } from '../../../src/pipeline/narrative/generator';
import { tinyFolder } from './tiny-model';

const files = tinyFolder();
const listed = config.narrative.models[0];
let server: Server;
let host: string;
const requested: string[] = [];
/**
 * transformers.js keeps Node downloads in a file cache keyed by model and file, not host: each test
 * gets a fresh folder of its own, so each really downloads.
 */
const cacheRoot = mkdtempSync(join(tmpdir(), 'pl-hub-cache-'));
const defaultCacheDir = env.cacheDir;
let caches = 0;
beforeEach(() => {
  env.cacheDir = join(cacheRoot, String(++caches));
});

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const match = /^\/(ok|broken)\/(.+?)\/resolve\/main\/(.+)$/.exec(request.url ?? '');
    const path = match && /^onnx\/model_\w+\.onnx$/.test(match[3]) ? 'onnx/model.onnx' : match?.[3];
    const bytes = match?.[2] === listed.id && path ? files[path] : undefined;
    if (!match || !bytes) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Length': bytes.length });
    if (match[1] === 'broken' && path!.endsWith('.onnx')) {
      response.write(bytes.subarray(0, bytes.length >> 1));
      setTimeout(() => response.socket?.destroy(), 20);
      return;
    }
    response.end(bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  env.cacheDir = defaultCacheDir;
  rmSync(cacheRoot, { recursive: true, force: true });
  await new Promise((done) => server.close(done));
});

describe('hub download', () => {
  it('loads a listed model from the host, asking for its wasm-friendly file', async () => {
    const generator = await loadGenerator({ source: 'hub', modelId: listed.id, host: `${host}ok/` });
    expect(generator.info).toMatchObject({ modelId: listed.id, dtype: listed.dtype.wasm, source: 'hub' });
    expect(requested).toContain(`/ok/${listed.id}/resolve/main/onnx/model_${listed.dtype.wasm}.onnx`);
    await generator.dispose();
  }, 60_000);

  it('says the download stopped part-way when the server breaks off', async () => {
    await expect(
      loadGenerator({ source: 'hub', modelId: listed.id, host: `${host}broken/` }),
    ).rejects.toThrow(
      /Could not download .*: the download stopped part-way .*Nothing was kept; the template text stays/,
    );
  }, 60_000);
});
