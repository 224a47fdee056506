/**
 * Builds what the end-to-end tests load, once per run: the extension in `e2e` mode (its content
 * script also matches 127.0.0.1, see wxt.config.ts) and the three composer fixtures.
 * Each build is skipped when its output is newer than every one of its sources (like make), so a
 * second run starts at once. RAPPORT_E2E_SKIP_BUILD=1 reuses whatever exists; RAPPORT_E2E_FORCE_BUILD=1
 * rebuilds both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, FIXTURES_DIST, ROOT } from './paths';

const SKIP_DIRS = new Set(['node_modules', 'dist', '.output', '.wxt', '.git']);

/** Newest modification time of the files under the given paths (0 when none exist). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) if (!SKIP_DIRS.has(entry)) visit(join(path, entry));
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Whether `output` is missing or older than one of `sources`. */
function stale(output: string, sources: string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newestMtime(sources);
}

/**
 * Runs `build` while holding a lock directory, so two test runs started side by side never write
 * the same output at once (a stale lock, older than 5 minutes, is taken over).
 */
function withBuildLock(build: () => void): void {
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
      if (Date.now() > deadline) throw new Error(`e2e build lock ${lock} held for too long`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export default function setup(): void {
  if (process.env.RAPPORT_E2E_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR) && existsSync(FIXTURES_DIST))
    return;
  withBuildLock(buildStale);
}

function buildStale(): void {
  const force = process.env.RAPPORT_E2E_FORCE_BUILD === '1';
  const env = { ...process.env, NODE_ENV: 'production' };
  const npx = (args: string[]) =>
    execFileSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const extensionSources = [
    'entrypoints',
    'components',
    'lib',
    'assets',
    'public',
    'wxt.config.ts',
    'package.json',
    'tsconfig.json',
  ].map((p) => join(ROOT, p));
  if (force || stale(join(EXTENSION_DIR, 'manifest.json'), extensionSources))
    npx(['wxt', 'build', '--mode', 'e2e']);
  const fixtureSources = [join(ROOT, 'test/fixtures/sites'), join(ROOT, 'package.json')];
  if (force || stale(join(FIXTURES_DIST, 'x/index.html'), fixtureSources))
    npx(['vite', 'build', '--config', 'test/fixtures/sites/vite.config.ts']);
}
