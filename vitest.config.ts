import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs pure pipeline code in Node; `e2e` drives the built app in Chromium
// (Debian's when installed, else the one @sparticuz/chromium ships) through playwright-core
// (see test/e2e/browser.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
          testTimeout: 60_000,
          // npm test runs this project alone (then e2e), so it may use every core, not vitest's cores − 1.
          maxWorkers: '100%',
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
