/**
 * A `fetch` for transformers.js's same-origin requests during one load: each file is downloaded once,
 * read to the end (with progress), and every request for it is answered from that copy.
 *
 * Why: transformers.js sizes a local file with a GET whose body it never reads, then downloads the file
 * again. In Chromium the unread response holds the HTTP cache entry, and the second download of the
 * 28 MB model then fails with "network error" most of the time (measured: 3 of 4 fresh contexts).
 * Reading each file exactly once avoids that and keeps ordinary HTTP caching for repeat visits.
 * Cross-origin requests (hub models) and non-GET requests pass straight through.
 */

interface DownloadedFile {
  body: ArrayBuffer;
  status: number;
  contentType: string;
}

/** Bytes received so far for one URL; `total` when the server sent a length. */
export type DownloadProgress = (url: string, loaded: number, total: number | undefined) => void;

export class FetchOnce {
  private readonly files = new Map<string, Promise<DownloadedFile>>();

  constructor(private readonly onDownload?: DownloadProgress) {}

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const here = globalThis.location?.href;
    const url = new URL(input instanceof Request ? input.url : String(input), here);
    if (!here || url.origin !== new URL(here).origin || (init?.method ?? 'GET') !== 'GET')
      return fetch(input, init);
    let file = this.files.get(url.href);
    if (!file) {
      file = this.download(url.href);
      this.files.set(url.href, file);
    }
    const { body, status, contentType } = await file;
    const headers = { 'content-type': contentType, 'content-length': String(body.byteLength) };
    return new Response(status === 204 || status === 304 ? null : body, { status, headers });
  };

  /** Forgets the downloaded copies (call when the load is over). */
  clear(): void {
    this.files.clear();
  }

  private async download(url: string): Promise<DownloadedFile> {
    const response = await fetch(url);
    const contentType = response.headers.get('content-type') ?? '';
    const total = Number(response.headers.get('content-length')) || undefined;
    if (!response.body) return { body: await response.arrayBuffer(), status: response.status, contentType };
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      this.onDownload?.(url, loaded, total);
    }
    const body = new Uint8Array(loaded);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { body: body.buffer, status: response.status, contentType };
  }
}
