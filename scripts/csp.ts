/**
 * The Content-Security-Policy the build ships: one policy, written into the built index.html as a
 * meta tag and into `_headers` for static hosts that send headers from a file (Netlify, Cloudflare
 * Pages). The dev server gets neither: Vite's dev client injects inline scripts and styles for
 * hot reload, which this policy would block.
 */
import type { Plugin } from 'vite';

/**
 * Hosts of the opt-in hub model: transformers.js asks huggingface.co, which redirects each weight
 * file to its CDN (cdn-lfs*.huggingface.co, cdn-lfs*.hf.co or cas-bridge.xethub.hf.co). Nothing
 * else the app fetches leaves its own origin.
 */
const HUB_HOSTS = ['https://huggingface.co', 'https://*.huggingface.co', 'https://*.hf.co'];

/**
 * Each directive and why. `wasm-unsafe-eval` lets sql.js and the ONNX runtime compile their
 * WebAssembly (and nothing evaluates JavaScript strings); `worker-src blob:` is kept for the ONNX
 * runtime, which may start its threads or proxy from a blob URL; `style-src 'unsafe-inline'` covers Svelte's `style:` bindings
 * and the style attributes html-to-image writes into its copy of the cards; `img-src data: blob:`
 * is the PNG export's image of the cards.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", ...HUB_HOSTS],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Directives only a header can carry (a meta tag's are ignored, with a console warning). */
const HEADER_ONLY_DIRECTIVES: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy as the meta tag carries it. */
export const CONTENT_SECURITY_POLICY = serialise(CSP_DIRECTIVES);

/** The policy as a header carries it: the same, plus the header-only directives. */
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** The `_headers` file: every path gets the policy (workers too, which a meta tag does not reach). */
export const HEADERS_FILE = [
  '/*',
  `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`,
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: no-referrer',
  '',
].join('\n');

/** Build-only plugin: the CSP meta tag right after the charset, and `_headers` beside index.html. */
export function contentSecurityPolicy(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'personalens:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
      if (!charset) throw new Error('index.html has no <meta charset>: the CSP meta tag goes after it');
      const end = charset.index + charset[0].length;
      return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS_FILE });
    },
  };
}
