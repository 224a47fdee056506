/**
 * `npm run eval -- [FILES…]`: precision, recall, F1 and false-alarm rate of "promo when
 * score < 50" against labelled JSONL (`{"text","label"}`, labels promo/conversational).
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { review } from '../analysis/index';
import { type Confusion, metrics } from './eval-metrics';
import { parseArgs, parsePlatform, readInput, runCli, UsageError } from './io';

const DEFAULT_DIR = resolve(import.meta.dirname, '../../../shared/data/dev');
export const PROMO_THRESHOLD = 50;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

runCli(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['errors']);
  const platform = parsePlatform(flags.get('platform'));
  const files =
    positional.length > 0
      ? positional
      : readdirSync(DEFAULT_DIR)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(DEFAULT_DIR, f));
  if (files.length === 0) throw new UsageError('no labelled files given');
  const total: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const rows: string[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
    readInput(file)
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        let row: { text?: unknown; label?: unknown };
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
        const r = review(row.text, { platform });
        const predicted = r.score < PROMO_THRESHOLD;
        const actual = row.label === 'promo';
        if (predicted && actual) c.tp++;
        else if (predicted) c.fp++;
        else if (actual) c.fn++;
        else c.tn++;
        if (flags.has('errors') && predicted !== actual) {
          errors.push(
            `${actual ? 'FN' : 'FP'} ${r.score} ${r.findings.map((f) => f.rule).join(',')} | ${row.text.slice(0, 160).replace(/\n/g, ' ')}`,
          );
        }
      });
    for (const k of ['tp', 'fp', 'tn', 'fn'] as const) total[k] += c[k];
    rows.push(row(basename(file), c));
  }
  console.log(
    `${'file'.padEnd(26)} ${'n'.padStart(5)} precision  recall      F1  false-alarm   TP   FP   TN   FN`,
  );
  for (const r of rows) console.log(r);
  if (files.length > 1) console.log(row('overall', total));
  console.log(`\nPrediction: promo when score < ${PROMO_THRESHOLD}. FP = conversational flagged as promo.`);
  if (errors.length > 0) console.log(`\n${errors.join('\n')}`);
});

function row(name: string, c: Confusion): string {
  const m = metrics(c);
  const n = c.tp + c.fp + c.tn + c.fn;
  const cells = [c.tp, c.fp, c.tn, c.fn].map((x) => String(x).padStart(4)).join(' ');
  return `${name.padEnd(26)} ${String(n).padStart(5)}   ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}      ${pct(m.falseAlarm)} ${cells}`;
}
