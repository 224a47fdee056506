/**
 * Dev-only checks of suggestions, shared by `npm run eval:rewrites` and the property test: the
 * engine's own guard, plus harper.js (grammar and spelling) compared with the original. harper.js
 * is a devDependency and never part of the shipped engine.
 */
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import {
  type DefectKind,
  diffWords,
  findDefects,
  pressureSpans,
  voiceNames,
} from '../analysis/rewrite/index';
import type { BrandVoice, Platform, Review, Suggestion } from '../analysis/types';

export type QualityDefectKind = DefectKind | 'harper';

export interface QualityDefect {
  kind: QualityDefectKind;
  detail: string;
  suggestion: string;
  preview: string;
}

export interface Linter {
  lint(text: string): Promise<
    {
      lint_kind(): string;
      get_problem_text(): string;
      message(): string;
      span(): { start: number; end: number };
    }[]
  >;
}

/** A ready harper.js linter (loads its WebAssembly once; a few seconds). */
export async function harperLinter(): Promise<Linter> {
  const linter = new LocalLinter({ binary });
  await linter.setup();
  return linter;
}

interface LintRecord {
  key: string;
  kind: string;
  problem: string;
  start: number;
  end: number;
}

const lintCache = new Map<string, LintRecord[]>();

async function lints(linter: Linter, text: string): Promise<LintRecord[]> {
  const hit = lintCache.get(text);
  if (hit !== undefined) return hit;
  const out = (await linter.lint(text)).map((l) => {
    const span = l.span();
    return {
      key: `${l.lint_kind()}: ${l.get_problem_text()} (${l.message()})`,
      kind: l.lint_kind(),
      problem: l.get_problem_text(),
      start: span.start,
      end: span.end,
    };
  });
  lintCache.set(text, out);
  return out;
}

function countKind(list: readonly LintRecord[], kind: string): number {
  return list.filter((l) => l.kind === kind).length;
}

/** The regions of `after` that a suggestion wrote (not counting a change of case only). */
function writtenRegions(before: string, after: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  let removed = '';
  for (const c of diffWords(before, after)) {
    if (c.type === 'removed') removed = c.text;
    else if (c.type === 'added') {
      // Word by word: a word the removed text had (in any case) was not written by the suggestion.
      const had = new Set(removed.toLowerCase().match(/[\p{L}\p{N}'’]+|[^\s\p{L}\p{N}'’]+/gu) ?? []);
      for (const m of c.text.matchAll(/[\p{L}\p{N}'’]+|[^\s\p{L}\p{N}'’]+/gu)) {
        if (!had.has(m[0].toLowerCase())) out.push([at + m.index, at + m.index + m[0].length]);
      }
      at += c.text.length;
      removed = '';
    } else {
      at += c.text.length;
      removed = '';
    }
  }
  return out;
}

/**
 * Lints harper.js finds in `after` that `before` did not have: lints that touch text the suggestion
 * wrote and are not among the original's (harper skips text in capitals, so a lint on words that
 * only changed case was in the original too, just hidden).
 */
export async function newLints(linter: Linter, before: string, after: string): Promise<string[]> {
  const had = new Map<string, number>();
  for (const l of await lints(linter, before)) had.set(l.key, (had.get(l.key) ?? 0) + 1);
  const regions = writtenRegions(before, after);
  const words = new Set(before.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []);
  const out: string[] = [];
  for (const l of await lints(linter, after)) {
    const n = had.get(l.key) ?? 0;
    if (n > 0) {
      had.set(l.key, n - 1);
      continue;
    }
    if (!regions.some(([a, b]) => l.start <= b && l.end >= a)) continue;
    // A long sentence stays one long sentence when a question follows it: count those, not their text.
    if (
      l.kind === 'Readability' &&
      countKind(await lints(linter, after), l.kind) <= countKind(await lints(linter, before), l.kind)
    )
      continue;
    // A word the original already had (a name repeated in the question) is not a new misspelling.
    if (
      (l.kind === 'Spelling' || l.kind === 'Typo') &&
      (l.problem.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []).every((w) => words.has(w))
    )
      continue;
    out.push(l.key);
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
  voice: Partial<BrandVoice> = {},
): Promise<QualityDefect[]> {
  const out: QualityDefect[] = [];
  for (const s of r.suggestions) {
    for (const { label, preview } of previewsOf(s)) {
      const removes = s.removes;
      const guard = {
        platform,
        removes,
        numbers: s.scope === 'post',
        names: voiceNames(voice),
        pressure: pressureSpans(r.findings, text),
      };
      for (const d of findDefects(text, preview, guard))
        out.push({ kind: d.kind, detail: d.detail, suggestion: label, preview });
      if (linter !== undefined)
        for (const lint of await newLints(linter, text, preview))
          out.push({ kind: 'harper', detail: lint, suggestion: label, preview });
    }
  }
  return out;
}

/**
 * What still presses in a version: urgency, bait, hype and strong calls to buy (warning or strong).
 * A kept offer (price, code, small print, link) is not pressure: issue 17's contract keeps the
 * reader's way to act in a conversational version.
 */
export function pressureLeft(r: Pick<Review, 'findings'>): string[] {
  return r.findings
    .filter(
      (f) =>
        f.severity !== 'info' &&
        (f.category === 'urgency' ||
          f.category === 'engagement-bait' ||
          f.rule === 'hard-sell/hype' ||
          (f.rule === 'hard-sell/cta' && f.severity === 'strong')),
    )
    .map((f) => f.rule);
}

/** The reader's ways to act in a post: links, promo codes, prices and percentages, phone numbers. */
export function waysToAct(text: string): string[] {
  const out = [
    ...(text.match(/(?:https?:\/\/|www\.)\S+?(?=[.,!?)]?(?:\s|$))/g) ?? []),
    ...[...text.matchAll(/(?<![\p{L}])code\s+([A-Z0-9]{3,})/giu)].map((m) => m[1]),
    ...(text.match(/[$£€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?%/g) ?? []),
    ...(text.match(/\+?\d[\d ()-]{7,}\d/g) ?? []),
  ];
  return [...new Set(out)];
}
