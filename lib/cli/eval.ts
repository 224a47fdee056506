/**
 * `npm run eval -- [--split tune|holdout] [--platform P] [--kind K] [--errors] [FILES…]`: precision,
 * recall, F1 and false-alarm rate of "promo when score < 50" against labelled JSONL
 * (`{"text","label"}`, labels promo/conversational; optional `platform`, `kind` and `group`), per
 * file, per group within a file, and overall. Default files: `../shared/data/dev/*.jsonl` and
 * `test/data/*.jsonl`. `--split` keeps only one part of each file (a hash of the text decides), so
 * rules are tuned on one part and measured on the other.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { review } from '../analysis/index';
import type { Platform, PostKind } from '../analysis/types';
import { type Confusion, metrics, type Split, splitOf } from './eval-metrics';
import { isLabelled, KINDS, parseArgs, parseKind, parsePlatform, readInput, runCli, UsageError } from './io';

const DEFAULT_DIRS = [
  resolve(import.meta.dirname, '../../../shared/data/dev'),
  resolve(import.meta.dirname, '../../test/data'),
];
export const PROMO_THRESHOLD = 50;
const PLATFORM_NAMES: readonly string[] = ['x', 'linkedin', 'facebook', 'generic'];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

runCli(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['errors']);
  const platformFlag = flags.has('platform') ? parsePlatform(flags.get('platform')) : undefined;
  const kindFlag = parseKind(flags.get('kind'));
  const splitFlag = flags.get('split');
  if (splitFlag !== undefined && splitFlag !== 'tune' && splitFlag !== 'holdout' && splitFlag !== 'all')
    throw new UsageError('--split must be one of tune, holdout, all');
  const split = splitFlag === 'tune' || splitFlag === 'holdout' ? (splitFlag as Split) : undefined;
  const files =
    positional.length > 0
      ? positional
      : DEFAULT_DIRS.filter((d) => existsSync(d)).flatMap((d) =>
          readdirSync(d)
            .filter((f) => f.endsWith('.jsonl'))
            .sort()
            .map((f) => join(d, f))
            .filter(isLabelled),
        );
  if (files.length === 0) throw new UsageError('no labelled files given');
  const total: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const rows: string[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
    const groups = new Map<string, Confusion>();
    readInput(file)
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        let row: { text?: unknown; label?: unknown; platform?: unknown; kind?: unknown; group?: unknown };
        try {
          row = JSON.parse(line);
        } catch {
          throw new UsageError(`${file}:${i + 1}: invalid JSON`);
        }
        if (typeof row.text !== 'string' || (row.label !== 'promo' && row.label !== 'conversational')) {
          throw new UsageError(
            `${file}:${i + 1}: expected {"text": string, "label": "promo"|"conversational"}`,
          );
        }
        if (split !== undefined && splitOf(row.text) !== split) return;
        const platform =
          platformFlag ??
          (PLATFORM_NAMES.includes(row.platform as string) ? (row.platform as Platform) : 'generic');
        const kind = kindFlag ?? (KINDS.includes(row.kind as PostKind) ? (row.kind as PostKind) : undefined);
        const r = review(row.text, { platform, kind });
        const predicted = r.score < PROMO_THRESHOLD;
        const actual = row.label === 'promo';
        const cells = [c];
        if (typeof row.group === 'string') {
          if (!groups.has(row.group)) groups.set(row.group, { tp: 0, fp: 0, tn: 0, fn: 0 });
          cells.push(groups.get(row.group) as Confusion);
        }
        for (const x of cells) {
          if (predicted && actual) x.tp++;
          else if (predicted) x.fp++;
          else if (actual) x.fn++;
          else x.tn++;
        }
        if (flags.has('errors') && predicted !== actual) {
          errors.push(
            `${actual ? 'FN' : 'FP'} ${r.score} ${basename(file).slice(0, 5)} ${r.kind} ${r.findings.map((f) => f.rule).join(',')} | ${row.text.slice(0, 160).replace(/\n/g, ' ')}`,
          );
        }
      });
    for (const k of ['tp', 'fp', 'tn', 'fn'] as const) total[k] += c[k];
    rows.push(formatRow(basename(file), c));
    for (const [name, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1)))
      rows.push(formatRow(`  ${name}`, g));
  }
  console.log(`split: ${split ?? 'all'}${split === undefined ? '' : ' (a hash of each text decides)'}`);
  console.log(
    `${'file'.padEnd(26)} ${'n'.padStart(5)} precision  recall      F1  false-alarm   TP   FP   TN   FN`,
  );
  for (const r of rows) console.log(r);
  if (files.length > 1) console.log(formatRow('overall', total));
  console.log(`\nPrediction: promo when score < ${PROMO_THRESHOLD}. FP = conversational flagged as promo.`);
  if (errors.length > 0) console.log(`\n${errors.join('\n')}`);
});

function formatRow(name: string, c: Confusion): string {
  const m = metrics(c);
  const n = c.tp + c.fp + c.tn + c.fn;
  const cells = [c.tp, c.fp, c.tn, c.fn].map((x) => String(x).padStart(4)).join(' ');
  return `${name.padEnd(26)} ${String(n).padStart(5)}   ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}      ${pct(m.falseAlarm)} ${cells}`;
}
