/** How much of what a post says survives a rewrite: the share of its content words kept. */
import type { Finding } from '../types';
import { EXTRA_PRESSURE } from './moves';

/** Rules whose flagged words are pressure, not content: a rewrite is meant to drop them. */
export const PRESSURE_RULE =
  /^(?:urgency\/.+|hard-sell\/(?:scarcity|cta|hype|contact-number|dm-pricing)|engagement-bait\/.+|broadcast\/announcement)$/;

/**
 * The spans of a post that are pressure rather than what it says: the flagged deadlines, calls to
 * buy or call, bait and hype, plus the rewrite's own pressure phrases ("once it's gone, it's gone").
 */
export function pressureSpans(findings: readonly Finding[], text = ''): { start: number; end: number }[] {
  const out = findings
    .filter((f) => PRESSURE_RULE.test(f.rule) && f.end - f.start < 80)
    .map(({ start, end }) => ({ start, end }));
  for (const re of EXTRA_PRESSURE) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const STOP = new Set(
  (
    "a an the and or but so if then than that this these those there here it its it’s it's is are was were be been being am " +
    'i me my we us our ours you your yours he she they them their his her to of in on at for with by from up down out ' +
    'about into over after before as just only very really more most all any some no not do does did done have has had ' +
    'will would can could should may might must shall get got go going now today tonight what which who whom when where ' +
    "why how we're we’re i'm i’m you're you’re don't don’t it'll let let's"
  ).split(' '),
);

/** The content words of a text, lower-cased (links, codes, numbers and hashtags count as words). */
export function contentWords(text: string): string[] {
  const words =
    text.match(
      /(?:https?:\/\/|www\.)\S+|[#@$£€]?[\p{L}\p{N}][\p{L}\p{N}'’_%+.,/-]*[\p{L}\p{N}%+]|[\p{L}\p{N}]/gu,
    ) ?? [];
  return words.map((w) => w.toLowerCase()).filter((w) => !STOP.has(w));
}

/**
 * The share (0–1) of the original's content words that the rewrite still contains. Words inside
 * `pressure` spans (the flagged deadlines, calls to buy, bait: what a rewrite is meant to drop)
 * are not counted as what the post says.
 */
export function contentRetention(
  original: string,
  rewrite: string,
  pressure: readonly { start: number; end: number }[] = [],
): number {
  const mask = new Uint8Array(original.length);
  for (const p of pressure) mask.fill(1, p.start, p.end);
  let said = '';
  for (let i = 0; i < original.length; i++) said += mask[i] === 1 ? ' ' : original[i];
  const before = contentWords(said);
  if (before.length === 0) return 1;
  const after = new Map<string, number>();
  for (const w of contentWords(rewrite)) after.set(w, (after.get(w) ?? 0) + 1);
  let kept = 0;
  for (const w of before) {
    const n = after.get(w) ?? 0;
    if (n > 0) {
      kept++;
      after.set(w, n - 1);
    }
  }
  return kept / before.length;
}

/** Calls to act and filler that carry no content of their own ("Check out", "click here", "learn more"). */
export const ACT_WORDS: ReadonlySet<string> = new Set(
  'check click tap visit learn read find see watch shop buy order get grab head go more here link bio url now today'.split(
    ' ',
  ),
);
