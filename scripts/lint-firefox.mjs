#!/usr/bin/env node
/**
 * `web-ext lint` on the Firefox build (.output/firefox-mv2, made by `npm run build:firefox`):
 * prints one line per error and warning and exits non-zero when there is any error.
 * The known warnings are React DOM's own `innerHTML` code paths (dangerouslySetInnerHTML support,
 * which Rapport never uses: Biome's noDangerouslySetInnerHtml and test/e2e/security.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const dir = resolve(ROOT, process.argv[2] ?? '.output/firefox-mv2');
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`No Firefox build at ${dir}; run \`npm run build:firefox\` first.`);
  process.exit(1);
}
const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`web-ext lint produced no report:\n${result.stdout}${result.stderr}`);
  process.exit(1);
}
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind]) {
    const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '';
    console.log(`${kind === 'errors' ? '✗ error' : '  warning'} ${m.code}: ${m.message}${where}`);
  }
}
const { errors, warnings, notices } = report.summary;
console.log(
  `web-ext lint ${dir.replace(`${ROOT}/`, '')}: ${errors} errors, ${warnings} warnings, ${notices} notices`,
);
process.exit(errors === 0 ? 0 : 1);
