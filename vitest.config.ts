import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { eldNgramsVite } from './lib/build/eld-ngrams.ts';

export default defineConfig({
  test: {
    projects: [
      {
        // WXT's plugin resolves `#imports` and stubs `browser`/`chrome` with an in-memory fake, so the
        // stores (storage.defineItem) and the popup/options components run in Node and happy-dom.
        // eld goes through Vite (inlined) so its n-gram table is the compact one the extension ships.
        plugins: [WxtVitest(), eldNgramsVite()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          server: { deps: { inline: ['eld'] } },
          // The CLI tests start real Node processes (tsx): slow on a busy shared machine, never hung.
          testTimeout: 30_000,
        },
        oxc: { jsx: { runtime: 'automatic' } },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
