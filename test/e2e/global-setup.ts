/**
 * Builds what the end-to-end tests load, once per run: the extension in `e2e` mode (its content
 * script also matches 127.0.0.1, see wxt.config.ts) and the three composer fixtures.
 * Set RAPPORT_E2E_SKIP_BUILD=1 to reuse existing builds while iterating.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, FIXTURES_DIST, ROOT } from './paths';

export default function setup(): void {
  const skip =
    process.env.RAPPORT_E2E_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR) && existsSync(FIXTURES_DIST);
  if (skip) return;
  const env = { ...process.env, NODE_ENV: 'production' };
  const npx = (args: string[]) =>
    execFileSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  npx(['wxt', 'build', '--mode', 'e2e']);
  npx(['vite', 'build', '--config', 'test/fixtures/sites/vite.config.ts']);
}
