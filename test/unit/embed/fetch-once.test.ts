/** Same-origin files are downloaded once per load; everything else passes through. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchOnce } from '../../../src/pipeline/embed/fetch-once';

const APP = 'http://app.test/sub/';

function stubNetwork(): string[] {
  const calls: string[] = [];
  vi.stubGlobal('location', new URL(APP));
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
    const body = new TextEncoder().encode('0123456789');
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'application/octet-stream', 'content-length': '10' },
    });
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('FetchOnce', () => {
  it('downloads a same-origin file once and answers every request with a full copy', async () => {
    const calls = stubNetwork();
    const progress: number[] = [];
    const once = new FetchOnce((_, loaded) => progress.push(loaded));
    const probe = await once.fetch('/sub/models/m/onnx/model.onnx');
    const load = await once.fetch(`${APP}models/m/onnx/model.onnx`);
    expect(calls).toEqual(['GET http://app.test/sub/models/m/onnx/model.onnx']);
    expect(probe.headers.get('content-length')).toBe('10');
    expect(await load.text()).toBe('0123456789');
    expect(await (await once.fetch('/sub/models/m/onnx/model.onnx')).text()).toBe('0123456789');
    expect(progress.at(-1)).toBe(10);
  });

  it('passes cross-origin and non-GET requests straight through', async () => {
    const calls = stubNetwork();
    const once = new FetchOnce();
    await once.fetch('https://hub.test/model/config.json');
    await once.fetch('https://hub.test/model/config.json');
    await once.fetch('/sub/x', { method: 'HEAD' });
    expect(calls).toEqual([
      'GET https://hub.test/model/config.json',
      'GET https://hub.test/model/config.json',
      'HEAD /sub/x',
    ]);
  });

  it('downloads again after clear()', async () => {
    const calls = stubNetwork();
    const once = new FetchOnce();
    await once.fetch('/sub/a.json');
    once.clear();
    await once.fetch('/sub/a.json');
    expect(calls).toHaveLength(2);
  });
});
