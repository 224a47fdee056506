/**
 * Builds what the end-to-end tests load, once per run: the extension in `e2e` mode for Chromium
 * (MV3) and for Firefox (MV2) — their content scripts also match 127.0.0.1, see wxt.config.ts — and
 * the composer fixtures.
 * Each build is skipped when its output is newer than every one of its sources (like make), so a
 * second run starts at once. RAPPORT_E2E_SKIP_BUILD=1 reuses whatever exists; RAPPORT_E2E_FORCE_BUILD=1
 * rebuilds both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestMtime, SOURCES, withBuildLock } from '../../scripts/build.mjs';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR, FIXTURES_DIST, ROOT } from './paths';

/** Whether `output` is missing or older than one of `sources`. */
function stale(output: string, sources: string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources.map(newestMtime));
}

export default function setup(): void {
  if (
    process.env.RAPPORT_E2E_SKIP_BUILD === '1' &&
    [EXTENSION_DIR, FIREFOX_EXTENSION_DIR, FIXTURES_DIST].every((dir) => existsSync(dir))
  )
    return;
  withBuildLock(buildStale);
}

function buildStale(): void {
  const force = process.env.RAPPORT_E2E_FORCE_BUILD === '1';
  const env = { ...process.env, NODE_ENV: 'production' };
  const npx = (args: string[]) =>
    execFileSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const extensionSources = SOURCES.map((p) => join(ROOT, p));
  if (force || stale(join(EXTENSION_DIR, 'manifest.json'), extensionSources))
    npx(['wxt', 'build', '--mode', 'e2e']);
  if (force || stale(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), extensionSources))
    npx(['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']);
  const fixtureSources = [join(ROOT, 'test/fixtures/sites'), join(ROOT, 'package.json')];
  if (force || stale(join(FIXTURES_DIST, 'x/index.html'), fixtureSources))
    npx(['vite', 'build', '--config', 'test/fixtures/sites/vite.config.ts']);
}
