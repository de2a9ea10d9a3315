import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { config } from './src/config.ts';
import { contentSecurityPolicy } from './scripts/csp.ts';

const MODEL = resolve(
  import.meta.dirname,
  'public',
  config.model.localModelPath,
  config.model.bundledId,
  'onnx/model.onnx',
);

/** A build without the bundled model would load in the browser and then fail on the first goal: stop it here. */
function requireBundledModel(): Plugin {
  return {
    name: 'personalens:require-bundled-model',
    apply: 'build',
    buildStart() {
      if (!existsSync(MODEL))
        this.error(`${MODEL} is missing: run \`npm run build-model\` (npm install runs it) before building.`);
    },
  };
}

// Relative base: the built folder works from any path on any static host.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    requireBundledModel(),
    contentSecurityPolicy(),
    // A service worker that precaches the whole app — code, both wasm runtimes, the bundled model and
    // the sample — so a second visit works offline. It has no runtime routes: hub models (another
    // origin) go straight to the network and transformers.js keeps them in its own cache.
    VitePWA({
      registerType: 'autoUpdate',
      manifest: {
        name: 'PersonaLens',
        short_name: 'PersonaLens',
        description: 'Data-driven personas from your own customer data, computed entirely in your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f7f9',
        theme_color: '#3b5bdb',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,wasm,mjs,onnx,json,csv,svg}'],
        globIgnores: ['**/build-info.json'],
        // The bundled model is 28 MB and the ONNX runtime's wasm 13 MB.
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        // A shared link (index.html?goal=…) opens offline too.
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  // onnxruntime-web without its wasm glue inlined: the app serves the runtime from public/ort/
  // (scripts/build-model.ts), so the bundled build's 27 MB asyncify wasm would be dead weight.
  resolve: { conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions] },
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
