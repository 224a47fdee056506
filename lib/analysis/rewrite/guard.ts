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
import { ACT_WORDS, contentWords } from './content';
import { type ProtectedSpan, protectedNames, protectedSpans } from './protect';

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
  | 'over-limit'
  | 'case-changed'
  | 'continuation-capital'
  | 'content-dropped'
  | 'added-claim';

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
  'case-changed',
  'continuation-capital',
  'content-dropped',
  'added-claim',
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
export interface GuardOptions {
  platform: Platform;
  /** Protected tokens the suggestion says it removes. */
  removes?: readonly string[];
  /** Also check that no number was altered or invented. */
  numbers?: boolean;
  /** The brand's names (the voice's name and names): their case never changes. */
  names?: readonly string[];
  /** Spans of the original that are pressure or bait, which a suggestion may drop; given, the content is checked too. */
  pressure?: readonly { start: number; end: number }[];
}

export function findDefects(original: string, preview: string, options: GuardOptions): Defect[] {
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
  defects.push(...caseDefects(original, preview, options.names ?? []));
  if (options.pressure !== undefined)
    defects.push(
      ...contentDefects(
        original,
        preview,
        options.pressure,
        // A single edit that says what it replaces ("3/4/2025" → "4 March 2025") drops nothing.
        options.numbers === true ? [] : (options.removes ?? []),
      ),
    );
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function bare(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/i, '');
}

/**
 * Case changes a reader sees at once: a name or acronym of the post written differently
 * ("at SONIC" → "at sonic", "GEICO" → "geico"), and a capital given to a word that continues a
 * sentence after a line break or an abbreviation ("or\nmobilize" → "or\nMobilize", "U.S. in" → "U.S. In").
 */
export function caseDefects(original: string, preview: string, names: readonly string[]): Defect[] {
  const out: Defect[] = [];
  const forms = new Map<string, Set<string>>();
  for (const m of original.matchAll(WORD)) {
    const w = bare(m[0]);
    const lower = w.toLowerCase();
    const set = forms.get(lower) ?? new Set<string>();
    set.add(w);
    forms.set(lower, set);
  }
  const protectedLower = new Set([...protectedNames(original, names)].map((w) => w.toLowerCase()));
  const reported = new Set<string>();
  for (const m of preview.matchAll(WORD)) {
    const w = bare(m[0]);
    const lower = w.toLowerCase();
    if (!protectedLower.has(lower) || reported.has(w)) continue;
    if (!(forms.get(lower)?.has(w) ?? false)) {
      reported.add(w);
      out.push({ kind: 'case-changed', detail: w });
    }
  }
  // Pairs of neighbouring words: a lower-case word after a word (not a sentence end) keeps its case.
  const pairs = (text: string) => {
    const tokens = text.split(/\s+/).filter((t) => t !== '');
    const set = new Set<string>();
    for (let i = 1; i < tokens.length; i++) set.add(`${tokens[i - 1]} ${tokens[i]}`);
    return set;
  };
  const had = pairs(original);
  for (const pair of pairs(preview)) {
    const [prev, word] = pair.split(' ');
    if (!/^\p{Lu}\p{Ll}/u.test(word) || had.has(pair)) continue;
    const lowered = `${prev} ${word[0].toLowerCase()}${word.slice(1)}`;
    if (had.has(lowered)) {
      out.push({ kind: 'continuation-capital', detail: pair });
      break;
    }
  }
  return out;
}

/**
 * What a suggestion drops or adds that it must not: a sentence of the post that carried content
 * and lost most of it (pressure and bait spans excepted), a link, code, price or e-mail gone, and
 * a sentence added that states something (only a closing question or the lead of a kept link may
 * be added; never thanks).
 */
export function contentDefects(
  original: string,
  preview: string,
  pressure: readonly { start: number; end: number }[],
  replaced: readonly string[] = [],
): Defect[] {
  const out: Defect[] = [];
  const mask = new Uint8Array(original.length);
  for (const p of pressure) mask.fill(1, p.start, p.end);
  const kept = new Map<string, number>();
  for (const w of contentWords(preview)) kept.set(w, (kept.get(w) ?? 0) + 1);
  const has = (w: string) => (kept.get(w) ?? 0) > 0;
  for (const s of segmentSentences(original)) {
    let said = '';
    for (let i = s.start; i < s.end; i++) said += mask[i] === 1 ? ' ' : original[i];
    const words = contentWords(said).filter((w) => !ACT_WORDS.has(w));
    if (words.length < 2) continue;
    const left = words.filter(has).length;
    if (left / words.length < 0.5) {
      out.push({ kind: 'content-dropped', detail: s.text.trim().slice(0, 80) });
      break;
    }
  }
  for (const p of protectedSpans(original)) {
    if (p.kind === 'hashtag' || p.kind === 'mention' || p.kind === 'cashtag') continue;
    if (mask.subarray(p.start, p.end).some((b) => b === 1)) continue;
    if (p.kind === 'number' && !/[$£€¥₹%]|\d[:/.-]\d/u.test(p.text)) continue;
    if (!preview.includes(p.text) && !replaced.includes(p.text)) {
      out.push({ kind: 'content-dropped', detail: p.text });
      break;
    }
  }
  const said = new Set(contentWords(original));
  for (const s of segmentSentences(preview)) {
    const t = s.text.trim();
    // A sign-off ("— Ana, Rapport team") names the writer; it claims nothing.
    if (t === '' || /^(?:—|–|--|~)\s*\p{L}/u.test(t)) continue;
    const words = contentWords(t);
    const fresh = words.filter((w) => !said.has(w));
    if (/\bthank/i.test(t) && !/\bthank/i.test(original)) {
      out.push({ kind: 'added-claim', detail: t });
      break;
    }
    // A closing question, or the lead of a link the post had ("If you’d like a look: https://…").
    if (/\?\s*$/.test(t) || words.length === 0 || protectedSpans(t).some((p) => p.kind === 'url')) continue;
    // A call to act softened with a condition ("If you’d like one, message us.") claims nothing: only
    // what follows the condition is weighed.
    const lead = /^(?:if you[^,]{0,30}|to enter),\s*/i.exec(t);
    if (lead !== null) {
      const rest = contentWords(t.slice(lead[0].length));
      if (rest.length > 0 && rest.filter((w) => !said.has(w)).length / rest.length <= 0.5) continue;
    }
    if (fresh.length >= 2 && fresh.length / words.length > 0.5) {
      out.push({ kind: 'added-claim', detail: t });
      break;
    }
  }
  return out;
}
