/**
 * `npm run bench`: latency (p50/p95/p99) and throughput of review() on short and long real posts,
 * side by side in the same run with write-good, alex and harper.js on the same texts, as ratios:
 * the review that runs on every pause in typing (findings and score, `suggestions: false`) and the
 * full one with its suggestions (built lazily in the extension); the incremental re-review of a
 * long post after one sentence changed; the engine's start-up (a fresh process loading the bundled
 * engine, then its first review); the engine's heap; and the gzip size of the built content script.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { text as alexText } from 'alex';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import writeGood from 'write-good';
import { clearCaches, review, suggest } from '../analysis/index';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = resolve(ROOT, '../shared/data/dev');
const QUICK = process.argv.includes('--quick');

/** Real texts from the labelled dev data: short posts as they are, long posts as ~3,000-character runs of them. */
function corpus(): { short: string[]; long: string[] } {
  const texts = existsSync(DATA)
    ? readdirSync(DATA)
        .filter((f) => f.endsWith('.jsonl'))
        .flatMap((f) => readFileSync(join(DATA, f), 'utf8').split('\n'))
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : [];
  if (texts.length === 0) throw new Error(`no texts in ${DATA}`);
  const short = texts.filter((t) => t.length >= 60 && t.length <= 280).slice(0, 300);
  const long: string[] = [];
  let current = '';
  for (const t of texts) {
    current += (current ? ' ' : '') + t.replace(/\s+$/, '');
    if (current.length >= 3000) {
      long.push(current.slice(0, 3000));
      current = '';
      if (long.length === 30) break;
    }
  }
  return { short, long };
}

interface Result {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

/** Times `fn` on every text; `prepare` (untimed) runs before each call and returns the text to time. */
async function measure(
  name: string,
  texts: string[],
  fn: (t: string) => unknown,
  rounds: number,
  prepare: (t: string) => string = (t) => t,
): Promise<Result> {
  for (let i = 0; i < Math.min(20, texts.length); i++) await fn(prepare(texts[i]));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const input = prepare(t);
      const t0 = performance.now();
      await fn(input);
      times.push(performance.now() - t0);
    }
  }
  const total = times.reduce((x, y) => x + y, 0);
  times.sort((a, b) => a - b);
  return {
    name,
    p50: times[Math.floor(times.length * 0.5)],
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
    p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))],
    perSecond: (times.length / total) * 1000,
  };
}

function table(title: string, rows: Result[], baseline: string): void {
  const base = rows.find((r) => r.name === baseline);
  console.log(`\n${title}`);
  console.log(
    `${'tool'.padEnd(44)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'texts/s'.padStart(9)}  ${base === undefined ? '' : 'p50 vs rapport'}`,
  );
  for (const r of rows) {
    const ratio =
      base === undefined ? '' : r.name === baseline ? '1.00×' : `${(r.p50 / base.p50).toFixed(2)}×`;
    console.log(
      `${r.name.padEnd(44)} ${r.p50.toFixed(3).padStart(9)} ${r.p95.toFixed(3).padStart(9)} ${r.p99.toFixed(3).padStart(9)} ${r.perSecond.toFixed(0).padStart(9)}  ${ratio}`,
    );
  }
}

async function main(): Promise<void> {
  const { short, long } = corpus();
  const harper = new LocalLinter({ binary });
  await harper.setup();
  const rounds = QUICK ? 1 : 3;
  const options = { platform: 'linkedin' } as const;
  // What runs on every pause in typing: findings, score and stats, every cache empty.
  const cold = (t: string) => {
    clearCaches();
    return review(t, { ...options, suggestions: false });
  };
  // The full review with its suggestions (the conversational version re-reviews its candidates):
  // built lazily in the extension (the panel opens, the badge is hovered, idle time), not per pause.
  const coldFull = (t: string) => {
    clearCaches();
    return review(t, options);
  };
  // Run one after another (thunks), never interleaved.
  const peers = (texts: string[], r: number) => [
    () => measure('write-good (regex only)', texts, (t) => writeGood(t), r),
    () => measure('alex (retext)', texts, (t) => alexText(t), r),
    () => measure('harper.js (wasm)', texts, (t) => harper.lint(t), r),
  ];
  const BASE = 'rapport review(), findings (cold cache)';

  console.log(
    `Rapport bench — ${short.length} short posts (60–280 chars), ${long.length} long posts (3,000 chars), Node ${process.version}`,
  );
  startUp();
  const shortRows = [await measure(BASE, short, cold, rounds)];
  for (const p of peers(short, rounds)) shortRows.push(await p());
  shortRows.push(await measure('rapport review() with suggestions (cold)', short, coldFull, rounds));
  table('Short posts (≤ 280 characters)', shortRows, BASE);

  const longRows = [await measure(BASE, long, cold, rounds)];
  for (const p of peers(long, rounds)) longRows.push(await p());
  longRows.push(await measure('rapport review() with suggestions (cold)', long, coldFull, rounds));
  table('Long posts (3,000 characters)', longRows, BASE);

  // Incremental: a long post reviewed once (untimed), then re-reviewed after one sentence changed.
  let n = 0;
  const editOnce = (t: string) => {
    review(t, { ...options, suggestions: false });
    n++;
    const cut = t.indexOf('. ', 1500);
    return `${t.slice(0, cut)} and edit number ${n}${t.slice(cut)}`;
  };
  const reReview = (t: string) => review(t, { ...options, suggestions: false });
  table(
    'Re-review of a long post (3,000 characters), findings (what runs on every pause)',
    [
      await measure('rapport, unchanged', long, reReview, rounds * 3),
      await measure('rapport, one sentence edited', long, reReview, rounds * 3, editOnce),
      // The lazy part after that edit: the suggestions of the edited text, its findings cached.
      await measure(
        'rapport, then its suggestions (lazy)',
        long,
        (t) => suggest(t, options),
        rounds,
        (t) => {
          const edited = editOnce(t);
          review(edited, { ...options, suggestions: false });
          return edited;
        },
      ),
    ],
    '',
  );

  // The engine's memory as the background holds it for every tab: the same module in one V8
  // isolate, its caches shared and bounded. 500 reviews of different posts on the three platforms
  // (as several tabs would send them), heap after a forced GC (node --expose-gc, else as is).
  const gc = (globalThis as { gc?: () => void }).gc;
  const heapMb = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 1e6;
  };
  clearCaches();
  const platforms = ['x', 'linkedin', 'facebook'] as const;
  const texts = [...short, ...long];
  review(texts[0], { platform: 'x' });
  const heapStart = heapMb();
  for (let i = 0; i < 500; i++) review(`${texts[i % texts.length]} (${i})`, { platform: platforms[i % 3] });
  const heap500 = heapMb();
  for (let i = 500; i < 1000; i++)
    review(`${texts[i % texts.length]} (${i})`, { platform: platforms[i % 3] });
  const heap1000 = heapMb();
  console.log(
    `\nEngine heap (one engine for every tab): ${heapStart.toFixed(1)} MB after the first review, ${heap500.toFixed(1)} MB after 500 reviews of different posts on 3 platforms, ${heap1000.toFixed(1)} MB after 1,000 (caches bounded)${gc === undefined ? '; run with --expose-gc for exact figures' : ''}`,
  );

  const content = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(content) && !QUICK) execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  if (existsSync(content)) {
    const bytes = readFileSync(content);
    console.log(
      `\nContent script: ${(bytes.length / 1000).toFixed(1)} kB, ${(gzipSync(bytes, { level: 6 }).length / 1000).toFixed(1)} kB gzip (kB = 1,000 bytes, as npm run size; .output/chrome-mv3)`,
    );
  }
}

/**
 * Start-up as the background pays it after the browser stopped the worker: a fresh Node process
 * evaluates the bundled engine (esbuild, as the extension ships it: lexicons, compromise and its
 * plugins, twitter-text's counter), then reviews a short post once, then a long one. Median of runs.
 */
function startUp(): void {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const bundle = join(dir, 'engine.mjs');
  execFileSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      join(ROOT, 'lib/analysis/index.ts'),
      '--bundle',
      '--format=esm',
      '--platform=neutral',
      '--main-fields=module,main',
      `--outfile=${bundle}`,
      '--log-level=error',
    ],
    { cwd: ROOT },
  );
  const probe = join(dir, 'probe.mjs');
  writeFileSync(
    probe,
    `const t0 = performance.now();
const { review } = await import(${JSON.stringify(bundle)});
const t1 = performance.now();
review(${JSON.stringify('Buy now and save big. We love our customers, today only!!!')}, { platform: 'x', suggestions: false });
const t2 = performance.now();
review(${JSON.stringify('Thanks to everyone who came yesterday. '.repeat(20))}, { platform: 'linkedin', suggestions: false });
const t3 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));`,
  );
  const runs: number[][] = [];
  for (let i = 0; i < (QUICK ? 3 : 7); i++)
    runs.push(JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as number[]);
  const median = (k: number) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  console.log(
    `\nStart-up (fresh process, bundled engine; median of ${runs.length}): module evaluation ${median(0).toFixed(1)} ms, first review (short post) ${median(1).toFixed(1)} ms, then a 780-character post ${median(2).toFixed(1)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
