#!/usr/bin/env node
/**
 * `npm run size`: the raw and gzip size of each entry point of a build (default .output/chrome-mv3):
 * the content script (JS + CSS), the background, and each HTML page with the chunks it loads.
 * `--check` also enforces the budget (the content script's JavaScript ≤ 35 kB gzip, kB = 1,000
 * bytes) and exits non-zero when it is exceeded; `npm test` runs it on the production build.
 * Usage: node scripts/size.mjs [--check] [OUTPUT_DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
/** Budgets in bytes of gzip, by entry-point name. */
export const BUDGETS = { 'content script (JS)': 35_000 };

const args = process.argv.slice(2);
const dir = resolve(ROOT, args.find((a) => !a.startsWith('--')) ?? '.output/chrome-mv3');

/** Files a JS chunk imports statically (relative or root-absolute specifiers), recursively. */
function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(dir, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)) {
    const spec = m[1];
    const next = spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
    withImports(next, seen);
  }
  return seen;
}

/** The files each entry point loads, read from the manifest and the HTML pages. */
function entryPoints(manifest) {
  const entries = [];
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background) entries.push({ name: 'background', files: [...withImports(background)] });
  const scripts = (manifest.content_scripts ?? []).flatMap((s) => s.js ?? []);
  const styles = (manifest.content_scripts ?? []).flatMap((s) => s.css ?? []);
  const css = scripts.map((s) => s.replace(/\.js$/, '.css')).filter((c) => existsSync(join(dir, c)));
  entries.push({
    name: 'content script (JS)',
    files: [...new Set(scripts.flatMap((s) => [...withImports(s)]))],
  });
  if (styles.length + css.length > 0)
    entries.push({ name: 'content script (CSS)', files: [...styles, ...css] });
  const pages = [
    manifest.action?.default_popup ?? manifest.browser_action?.default_popup,
    manifest.options_ui?.page ?? manifest.options_page,
  ].filter(Boolean);
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    const files = new Set([page]);
    for (const m of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
      const file = m[1].startsWith('/') ? m[1].slice(1) : posix.join(posix.dirname(page), m[1]);
      for (const f of file.endsWith('.js') ? withImports(file) : [file]) files.add(f);
    }
    entries.push({ name: page.replace(/\.html$/, ''), files: [...files] });
  }
  return entries;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function main() {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`No build at ${dir}; run \`npm run build\` first.`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  console.log(`Entry points of ${dir.replace(`${ROOT}/`, '')} (gzip level 6, kB = 1,000 bytes)`);
  console.log(
    `${'entry point'.padEnd(22)} ${'files'.padStart(5)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  budget`,
  );
  let over = 0;
  for (const { name, files } of entryPoints(manifest)) {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    const budget = BUDGETS[name];
    const verdict = budget === undefined ? '' : `≤ ${kB(budget)} ${gzip <= budget ? 'ok' : 'OVER'}`;
    if (budget !== undefined && gzip > budget) over++;
    console.log(
      `${name.padEnd(22)} ${String(files.length).padStart(5)} ${kB(raw).padStart(10)} ${kB(gzip).padStart(10)}  ${verdict}`,
    );
  }
  if (args.includes('--check') && over > 0) {
    console.error(`✗ ${over} entry point(s) over budget`);
    process.exit(1);
  }
}

main();
