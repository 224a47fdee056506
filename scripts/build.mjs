#!/usr/bin/env node
/**
 * Builds the shipping extension for the given browsers (`chrome`, `firefox`; default chrome) with
 * `wxt build`, skipping a build whose output is newer than all of its sources (like make) unless
 * `--force`. Holds the same lock directory as the e2e global setup (.output/.e2e-build.lock), so it
 * never runs at the same time as another build in this checkout (they share `.wxt/`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
/** What the extension is built from (relative to the project root). */
export const SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'assets',
  'public',
  'wxt.config.ts',
  'package.json',
  'tsconfig.json',
];
const SKIP = new Set(['node_modules', 'dist', '.output', '.wxt', '.git']);

/** Newest modification time of the files under a path (0 when it does not exist). */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path))
    if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether a browser's build is missing or older than one of its sources. */
export function isStale(browser) {
  const manifest = join(ROOT, OUTPUT[browser], 'manifest.json');
  if (!existsSync(manifest)) return true;
  const sources = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
  return statSync(manifest).mtimeMs < sources;
}

/**
 * Runs `fn` while holding a lock directory, so two builds in this checkout (an e2e run, a bench,
 * `npm test`) never write the same output at once; a lock older than 5 minutes is taken over.
 */
export function withBuildLock(fn) {
  const lock = join(ROOT, '.output', '.e2e-build.lock');
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds each browser that is stale (or all with `force`); returns the output directories. */
export function buildExtension(browsers = ['chrome'], { force = false } = {}) {
  const todo = browsers.filter((b) => force || isStale(b));
  if (todo.length > 0)
    withBuildLock(() => {
      for (const browser of todo) {
        const args = ['wxt', 'build', ...(browser === 'chrome' ? [] : ['-b', browser])];
        // Production libraries whatever NODE_ENV the caller has (vitest sets 'test'; WXT keeps a set one).
        execFileSync('npx', args, {
          cwd: ROOT,
          env: { ...process.env, NODE_ENV: 'production' },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
      }
    });
  return browsers.map((b) => join(ROOT, OUTPUT[b]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const browsers = args.filter((a) => a in OUTPUT);
  buildExtension(browsers.length > 0 ? browsers : ['chrome'], { force: args.includes('--force') });
}
