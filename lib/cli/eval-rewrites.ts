/**
 * `npm run eval:rewrites -- [--verbose] [--no-harper] [FILES…]`: how good the suggestions are on
 * labelled posts (`{"text","label","platform"}` per line; default: the dev brand posts).
 *
 * Prints the suggestions offered, defects by kind (the engine's guard plus new harper.js lints), the
 * share of salesy posts with a suggestion whose preview re-reviews at ≥ 70 on the same platform
 * while keeping ≥ 60% of the post's content words; the share "softened" as issue 17 asks (the
 * version keeps the reader's way to act — so a kept offer may keep it below 70 — and nothing in it
 * presses any more); and suggestions per conversational post.
 */
import { resolve } from 'node:path';
import { review } from '../analysis/index';
import {
  contentRetention,
  DEFECT_KINDS,
  MIN_RETENTION,
  pressureSpans,
  REWRITE_BELOW,
} from '../analysis/rewrite/index';
import type { Platform } from '../analysis/types';
import { parseArgs, parsePlatform, readInput, runCli, UsageError } from './io';
import {
  harperLinter,
  type Linter,
  pressureLeft,
  type QualityDefect,
  reviewDefects,
  waysToAct,
} from './rewrite-quality';

const DEFAULT_FILE = resolve(import.meta.dirname, '../../../shared/data/dev/brand-posts.jsonl');

interface Row {
  text: string;
  label: 'promo' | 'conversational';
  platform: Platform;
}

function readRows(file: string): Row[] {
  const rows: Row[] = [];
  readInput(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let row: { text?: unknown; label?: unknown; platform?: unknown };
      try {
        row = JSON.parse(line);
      } catch {
        throw new UsageError(`${file}:${i + 1}: invalid JSON`);
      }
      if (typeof row.text !== 'string' || (row.label !== 'promo' && row.label !== 'conversational'))
        throw new UsageError(
          `${file}:${i + 1}: expected {"text": string, "label": "promo"|"conversational"}`,
        );
      const platform = parsePlatform(typeof row.platform === 'string' ? row.platform : undefined);
      rows.push({ text: row.text, label: row.label, platform });
    });
  return rows;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}%`);

async function evaluate(file: string, linter: Linter | undefined, verbose: boolean): Promise<void> {
  const rows = readRows(file);
  let offered = 0;
  let salesy = 0;
  let converted = 0;
  let convertedStrict = 0;
  let softened = 0;
  let conversational = 0;
  let conversationalSuggestions = 0;
  const defects: QualityDefect[] = [];
  const misses: string[] = [];
  for (const row of rows) {
    const r = review(row.text, { platform: row.platform });
    offered += r.suggestions.length;
    defects.push(...(await reviewDefects(row.text, r, row.platform, linter)));
    if (row.label === 'conversational') {
      conversational++;
      conversationalSuggestions += r.suggestions.length;
      continue;
    }
    salesy++;
    const pressure = pressureSpans(r.findings, row.text);
    let best = { score: -1, retention: 0, preview: '' };
    let hit = false;
    let hitStrict = false;
    let hitSoft = false;
    const acts = waysToAct(row.text);
    for (const s of r.suggestions) {
      const again = review(s.preview, { platform: row.platform });
      const score = again.score;
      if (
        score > r.score &&
        pressureLeft(again).length === 0 &&
        acts.every((a) => s.preview.includes(a)) &&
        contentRetention(row.text, s.preview, pressure) >= MIN_RETENTION
      )
        hitSoft = true;
      const retention = contentRetention(row.text, s.preview, pressure);
      if (score >= REWRITE_BELOW && retention >= MIN_RETENTION) hit = true;
      if (score >= REWRITE_BELOW && contentRetention(row.text, s.preview) >= MIN_RETENTION) hitStrict = true;
      if (s.scope === 'post' || score > best.score) best = { score, retention, preview: s.preview };
    }
    if (hit) converted++;
    if (hitStrict) convertedStrict++;
    if (hitSoft) softened++;
    if (!hit || verbose)
      misses.push(
        `${hit ? 'OK  ' : 'MISS'} ${r.score} → ${best.score} (keeps ${(best.retention * 100).toFixed(0)}%)\n  before: ${JSON.stringify(row.text)}\n  after:  ${JSON.stringify(best.preview)}`,
      );
  }
  console.log(`\n${file}`);
  console.log(`  posts: ${rows.length} (${salesy} salesy, ${conversational} conversational)`);
  console.log(`  suggestions offered: ${offered}`);
  const byKind = new Map<string, number>();
  for (const d of defects) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
  console.log(`  defects: ${defects.length}`);
  for (const k of [...DEFECT_KINDS, ...(linter === undefined ? [] : ['harper'])])
    console.log(`    ${k.padEnd(26)} ${byKind.get(k) ?? 0}`);
  console.log(
    `  salesy posts converted (a preview re-reviews ≥ ${REWRITE_BELOW} and keeps ≥ ${MIN_RETENTION * 100}% of the content words): ${converted}/${salesy} = ${pct(converted, salesy)}`,
  );
  console.log(
    `    counting the flagged pressure words as content too: ${convertedStrict}/${salesy} = ${pct(convertedStrict, salesy)}`,
  );
  console.log(
    `  salesy posts softened (a preview scores higher, keeps every link, code, price and phone number and ≥ ${MIN_RETENTION * 100}% of the content words, and nothing presses: no urgency, bait, hype or strong call to buy): ${softened}/${salesy} = ${pct(softened, salesy)}`,
  );
  console.log(
    `  suggestions per conversational post: ${conversational === 0 ? '–' : (conversationalSuggestions / conversational).toFixed(2)} (${conversationalSuggestions}/${conversational})`,
  );
  if (defects.length > 0) {
    console.log('\n  defects:');
    for (const d of defects)
      console.log(`    [${d.kind}] ${d.detail} — ${d.suggestion}\n      ${JSON.stringify(d.preview)}`);
  }
  if (misses.length > 0)
    console.log(
      `\n  ${verbose ? 'salesy posts' : 'not converted'}:\n${misses.map((m) => `  ${m}`).join('\n')}`,
    );
}

runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['verbose', 'no-harper']);
  const files = positional.length > 0 ? positional : [DEFAULT_FILE];
  const linter = flags.has('no-harper') ? undefined : await harperLinter();
  for (const file of files) await evaluate(file, linter, flags.has('verbose'));
});
