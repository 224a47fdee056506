/**
 * The guard every suggestion passes before it is offered: a rewrite must not leave artefacts the
 * original did not have (doubled spaces or punctuation, a space before punctuation, whitespace at
 * the edges, a doubled article, a lower-case or empty sentence), must keep every protected token
 * verbatim unless it says it removes it, must invent none, and must fit the platform's limit.
 * Counted as "new compared with the original", so a post that already had a quirk is not blamed on
 * the suggestion.
 */
import { PLATFORMS, platformLength } from '../platform';
import { segmentSentences } from '../text';
import type { Platform } from '../types';
import { type ProtectedSpan, protectedSpans } from './protect';

export type DefectKind =
  | 'double-space'
  | 'double-punctuation'
  | 'space-before-punctuation'
  | 'edge-whitespace'
  | 'double-article'
  | 'lowercase-start'
  | 'empty-sentence'
  | 'protected-changed'
  | 'invented-token'
  | 'over-limit';

export const DEFECT_KINDS: readonly DefectKind[] = [
  'double-space',
  'double-punctuation',
  'space-before-punctuation',
  'edge-whitespace',
  'double-article',
  'lowercase-start',
  'empty-sentence',
  'protected-changed',
  'invented-token',
  'over-limit',
];

export interface Defect {
  kind: DefectKind;
  detail: string;
}

const PATTERNS: [DefectKind, RegExp][] = [
  ['double-space', /[^\S\n]{2,}|[^\S\n]+\n|\n{3,}/g],
  [
    'double-punctuation',
    /[,;:][^\S\n]*[,;:.!?](?![\p{L}\p{N}/])|[.!?][^\S\n]*[,;:]|(?<!\.)\.\.(?!\.)|[!?]\.|(?<![.\p{L}\p{N}])\.[!?]/gu,
  ],
  ['space-before-punctuation', /[^\S\n][,.;:!?](?=\s|$)/g],
  ['double-article', /(?<![\p{L}])(?:a|an|the)\s+(?:a|an|the)(?![\p{L}])/giu],
];

/** How often a pattern occurs. */
function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

function sentenceStarts(text: string, spans: readonly ProtectedSpan[]): { lower: number; empty: number } {
  let lower = 0;
  let empty = 0;
  for (const s of segmentSentences(text)) {
    if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(s.text)) empty++;
    const first = /[\p{L}\p{N}]/u.exec(s.text);
    if (first === null) continue;
    const at = s.start + first.index;
    // Brand spellings ("iPhone", "eBay") and tokens (links, handles) start lower-case by design.
    if (spans.some((p) => at >= p.start && at < p.end)) continue;
    if (/^\p{Ll}[\p{L}]*\p{Lu}/u.test(s.text.slice(first.index))) continue;
    // Only a letter that opens the sentence counts ("🚀 launch day" and "“yes”" open with a mark).
    if (/^\p{Ll}/u.test(s.text.slice(first.index)) && first.index === 0) lower++;
  }
  return { lower, empty };
}

function multiset(spans: readonly ProtectedSpan[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of spans) m.set(s.text, (m.get(s.text) ?? 0) + 1);
  return m;
}

/**
 * The defects a preview has that `original` did not. `removes` lists the protected tokens the
 * suggestion says it removes; `numbers` also checks that no number was altered or invented.
 */
export function findDefects(
  original: string,
  preview: string,
  options: { platform: Platform; removes?: readonly string[]; numbers?: boolean },
): Defect[] {
  const defects: Defect[] = [];
  for (const [kind, re] of PATTERNS) {
    const before = count(re, original);
    const after = count(re, preview);
    if (after > before) defects.push({ kind, detail: (preview.match(re) ?? [])[0] ?? '' });
  }
  if (/^\s|\s$/.test(preview) && !(/^\s/.test(original) || /\s$/.test(original)))
    defects.push({ kind: 'edge-whitespace', detail: 'leading or trailing whitespace' });
  const spansBefore = protectedSpans(original);
  const spansAfter = protectedSpans(preview);
  const startsBefore = sentenceStarts(original, spansBefore);
  const startsAfter = sentenceStarts(preview, spansAfter);
  if (startsAfter.lower > startsBefore.lower)
    defects.push({ kind: 'lowercase-start', detail: 'a sentence starts in lower case' });
  if (startsAfter.empty > startsBefore.empty || (preview.trim() === '' && original.trim() !== ''))
    defects.push({ kind: 'empty-sentence', detail: 'an empty sentence' });

  const checked = (s: ProtectedSpan) => options.numbers === true || s.kind !== 'number';
  const before = multiset(spansBefore.filter(checked));
  const after = multiset(spansAfter.filter(checked));
  const removes = multiset(
    (options.removes ?? []).map((text) => ({ kind: 'code' as const, start: 0, end: 0, text })),
  );
  for (const [token, n] of before) {
    const missing = n - (after.get(token) ?? 0) - (removes.get(token) ?? 0);
    if (missing > 0) defects.push({ kind: 'protected-changed', detail: token });
  }
  // A token the original never had is invented; repeating one it has (a product's name) is not.
  for (const token of after.keys()) {
    if (!before.has(token)) defects.push({ kind: 'invented-token', detail: token });
  }
  const limit = PLATFORMS[options.platform].limit;
  const length = platformLength(preview, options.platform);
  if (length > limit && length > platformLength(original, options.platform))
    defects.push({ kind: 'over-limit', detail: `${length} / ${limit}` });
  return defects;
}

/** Protected tokens of `text` that lie wholly inside `[start, end)`: what an edit there removes whole. */
export function tokensRemovedBy(text: string, start: number, end: number, preview: string): string[] {
  const kept = multiset(protectedSpans(preview));
  const out: string[] = [];
  for (const p of protectedSpans(text)) {
    if (p.start >= start && p.end <= end) {
      const left = kept.get(p.text) ?? 0;
      if (left > 0) kept.set(p.text, left - 1);
      else out.push(p.text);
    }
  }
  return out;
}
