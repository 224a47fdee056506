/**
 * Property: no suggestion of any dev text breaks it. Every suggestion (and alternative) of every
 * text in every file of ../shared/data/dev passes the engine's guard (no doubled spaces or
 * punctuation, no space before punctuation, no edge whitespace, no doubled article, no lower-case
 * or empty sentence, protected tokens kept unless declared removed, within the platform's limit)
 * and adds no grammar or spelling lint from harper.js to the text it wrote. Unlabelled files
 * (real-brand-posts.jsonl: 13,687 real posts) are `npm run eval:real`'s, which checks them the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import type { Platform } from '../../lib/analysis/types';
import { isLabelled } from '../../lib/cli/io';
import { harperLinter, type QualityDefect, reviewDefects } from '../../lib/cli/rewrite-quality';

const DEV = resolve(import.meta.dirname, '../../../shared/data/dev');
const files = existsSync(DEV)
  ? readdirSync(DEV)
      .filter((f) => f.endsWith('.jsonl') && isLabelled(join(DEV, f)))
      .sort()
  : [];

describe.skipIf(files.length === 0)('every suggestion of every dev text', () => {
  it('passes the guard and adds no harper.js lint', { timeout: 900_000 }, async () => {
    const linter = await harperLinter();
    const defects: (QualityDefect & { file: string })[] = [];
    let suggestions = 0;
    for (const file of files) {
      for (const line of readFileSync(join(DEV, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const row = JSON.parse(line) as { text: string; platform?: Platform };
        const platform = row.platform ?? 'generic';
        const r = review(row.text, { platform });
        suggestions += r.suggestions.length;
        for (const d of await reviewDefects(row.text, r, platform, linter)) defects.push({ ...d, file });
      }
    }
    expect(suggestions).toBeGreaterThan(500);
    expect(defects.map((d) => `${d.file} [${d.kind}] ${d.detail}: ${JSON.stringify(d.preview)}`)).toEqual([]);
  });
});
