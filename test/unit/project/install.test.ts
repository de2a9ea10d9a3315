import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (name: string) => JSON.parse(readFileSync(`${root}${name}`, 'utf8'));

describe('npm install configuration', () => {
  it('gives npm no config it does not know (npm warns such keys will stop working)', () => {
    const run = spawnSync('npm', ['config', 'get', 'fund'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/Unknown (project|user|env) config/);
  });

  it("skips onnxruntime-node's install script, which downloads CUDA binaries from outside the registry", () => {
    const { allowScripts } = readJson('package.json');
    expect(allowScripts?.['onnxruntime-node']).toBe(false);
  });

  it('reviews every install script in the lock file, so npm ci prints no unreviewed-script notice', () => {
    const { allowScripts = {} } = readJson('package.json');
    const lock = readJson('package-lock.json') as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const unreviewed = [...new Set(withScripts)].filter((name) => typeof allowScripts[name] !== 'boolean');
    expect(unreviewed).toEqual([]);
  });
});
