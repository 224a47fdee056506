#!/usr/bin/env node
// The project's one test command (`npm test`): lint, type-check, the shipping checks on the
// production builds (content-script size budget, `web-ext lint` of the Firefox build), then every
// vitest project (unit + e2e: the in-page, integrity and popup/options suites run in Debian's Chromium
// and in Firefox ESR, see test/e2e/driver.ts; RAPPORT_BROWSERS=chromium or =firefox runs one). Ends
// with one plain line `N passed, N failed`, counting each vitest test and each static check, and exits
// non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { stdio: 'inherit', shell: false }).status === 0;

let passed = 0;
let failed = 0;
const check = (name, ok) => {
  if (ok) passed++;
  else {
    failed++;
    console.error(`✗ ${name} failed`);
  }
};

check('biome check', run('npx', ['biome', 'check', '.']));
check('tsc --noEmit', run('npx', ['tsc', '--noEmit']));
// The budget and the lint apply to what ships, so they read the production builds (the e2e build
// also matches 127.0.0.1 and is made by the e2e global setup).
const built = run('node', ['scripts/build.mjs', 'chrome', 'firefox']);
check('wxt build (chrome, firefox)', built);
check('size budget (content script ≤ 35 kB gzip)', built && run('node', ['scripts/size.mjs', '--check']));
check('web-ext lint (firefox)', built && run('node', ['scripts/lint-firefox.mjs']));

const dir = join(tmpdir(), `rapport-vitest-${process.pid}`);
mkdirSync(dir, { recursive: true });
const out = join(dir, 'report.json');
const vitestOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
  ...args,
]);
try {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that failed to load has no tests but must still count as a failure.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  );
  failed += brokenSuites.length;
  if (!vitestOk && report.numFailedTests === 0 && brokenSuites.length === 0) failed++;
} catch (error) {
  console.error(`✗ vitest produced no report: ${error.message}`);
  failed++;
}
rmSync(dir, { recursive: true, force: true });

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
