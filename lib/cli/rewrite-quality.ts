/**
 * Dev-only checks of suggestions, shared by `npm run eval:rewrites` and the property test: the
 * engine's own guard, plus harper.js (grammar and spelling) compared with the original. harper.js
 * is a devDependency and never part of the shipped engine.
 */
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { type DefectKind, findDefects } from '../analysis/rewrite/index';
import type { Platform, Review, Suggestion } from '../analysis/types';

export type QualityDefectKind = DefectKind | 'harper';

export interface QualityDefect {
  kind: QualityDefectKind;
  detail: string;
  suggestion: string;
  preview: string;
}

export interface Linter {
  lint(text: string): Promise<{ lint_kind(): string; get_problem_text(): string; message(): string }[]>;
}

/** A ready harper.js linter (loads its WebAssembly once; a few seconds). */
export async function harperLinter(): Promise<Linter> {
  const linter = new LocalLinter({ binary });
  await linter.setup();
  return linter;
}

const lintCache = new Map<string, string[]>();

async function lintKeys(linter: Linter, text: string): Promise<string[]> {
  const hit = lintCache.get(text);
  if (hit !== undefined) return hit;
  const keys = (await linter.lint(text)).map(
    (l) => `${l.lint_kind()}: ${l.get_problem_text()} (${l.message()})`,
  );
  lintCache.set(text, keys);
  return keys;
}

/** Lints harper.js finds in `after` that `before` did not have (as a multiset of kind + problem text). */
export async function newLints(linter: Linter, before: string, after: string): Promise<string[]> {
  const had = new Map<string, number>();
  for (const k of await lintKeys(linter, before)) had.set(k, (had.get(k) ?? 0) + 1);
  const out: string[] = [];
  const spelled = new Set(
    [...had.keys()].filter((k) => k.startsWith('Spelling:')).map((k) => k.split(' (')[0]),
  );
  for (const k of await lintKeys(linter, after)) {
    // A name the original already spells that way is not a new misspelling when repeated.
    if (k.startsWith('Spelling:') && spelled.has(k.split(' (')[0])) continue;
    const n = had.get(k) ?? 0;
    if (n > 0) had.set(k, n - 1);
    else out.push(k);
  }
  return out;
}

/** Every preview a suggestion offers: its own and its alternatives'. */
export function previewsOf(s: Suggestion): { label: string; preview: string }[] {
  return [
    { label: s.label, preview: s.preview },
    ...(s.alternatives ?? []).map((a) => ({ label: `${s.label} / ${a.label}`, preview: a.preview })),
  ];
}

/** The defects of every suggestion of a review (guard kinds, and harper lints when a linter is given). */
export async function reviewDefects(
  text: string,
  r: Review,
  platform: Platform,
  linter?: Linter,
): Promise<QualityDefect[]> {
  const out: QualityDefect[] = [];
  for (const s of r.suggestions) {
    for (const { label, preview } of previewsOf(s)) {
      const removes = s.removes;
      for (const d of findDefects(text, preview, { platform, removes, numbers: s.scope === 'post' }))
        out.push({ kind: d.kind, detail: d.detail, suggestion: label, preview });
      if (linter !== undefined)
        for (const lint of await newLints(linter, text, preview))
          out.push({ kind: 'harper', detail: lint, suggestion: label, preview });
    }
  }
  return out;
}
