/**
 * From findings and signals to a 0–100 score, per-category dimensions and a verdict.
 *
 * score = BASE − selling × reach − other + credit, clamped to 0–100, where
 * - each finding weighs its rule's weight × severity (info ½, warning 1, strong 1½) × strictness,
 *   halved for each earlier finding of the same rule (a second "!!!" matters less than the first);
 * - `selling` sums the selling findings (hard sell, urgency, engagement bait, rhetorical hooks) and
 *   `reach` scales them by how much of the text sells: the share of words in sentences that carry
 *   a selling finding of warning or strong severity. Reach is MIN_REACH (½ for a mild finding, ¾
 *   for a strong one) for one selling clause in a long text and 1 once FULL_SHARE of the words
 *   sell, so one phrase does not decide a long, warm text, and a text that is all pitch gets the
 *   full weight;
 * - `other` sums the broadcast, global and voice findings at full weight;
 * - `credit` rewards what a conversation does (a question to the reader, thanks, a story, credit to
 *   others, replying, helping), once per kind, capped at MAX_CREDIT.
 * A text with a strong selling finding is at best "mixed", never "conversational"; a text without
 * a selling finding (warning or strong) is at worst "mixed", never "salesy": broadcasting is not selling.
 */
import { ALL_RULES } from './rules/index';
import { countWords } from './text';
import {
  CATEGORIES,
  type Category,
  type Dimensions,
  type Finding,
  type Severity,
  type Signal,
  type Strictness,
  type Verdict,
} from './types';

const BASE = 76;
const SEVERITY_FACTOR: Record<Severity, number> = { info: 0.5, warning: 1, strong: 1.5 };
const STRICTNESS_FACTOR: Record<Strictness, number> = { gentle: 0.75, balanced: 1, strict: 1.25 };
const WEIGHT = new Map(ALL_RULES.map((r) => [r.id, r.weight]));
const SELLING = new Set<Category>(['hard-sell', 'urgency', 'engagement-bait']);
const SELLING_RULES = new Set(['broadcast/hook']);
/**
 * Weight of selling findings when they are a small part of the text (mild ones count half, strong
 * ones three quarters), and the share of the words at which they count fully.
 */
export const MIN_REACH: Record<Severity, number> = { info: 0.5, warning: 0.5, strong: 0.75 };
export const FULL_SHARE = 0.5;
const CREDIT: Record<Signal['kind'], number> = {
  question: 12,
  you: 0,
  thanks: 6,
  story: 5,
  credit: 5,
  reply: 4,
  care: 6,
  person: 6,
};
const MAX_CREDIT = 24;
/** "You" counting has little effect on engagement (Packard, Moore & McFerran 2018): a small credit. */
const MAX_YOU_CREDIT = 2;
const BEST_WITH_STRONG_SELLING = 69;
const WORST_WITHOUT_SELLING = 50;

export interface Score {
  score: number;
  verdict: Verdict;
  dimensions: Dimensions;
  /** Share of the words in sentences that sell (0–1). */
  sellingShare: number;
}

export interface ScoreInput {
  sentences: readonly { start: number; end: number; text: string }[];
  you: number;
  strictness: Strictness;
}

/** Whether a finding counts as selling (as opposed to broadcasting or clarity). */
export function isSelling(f: Finding): boolean {
  return (
    SELLING.has(f.category) ||
    SELLING_RULES.has(f.rule) ||
    // A link dropped with nothing said, or to a profile or shop, asks for the click: self-promotion.
    (f.rule === 'broadcast/link-drop' && f.severity === 'strong')
  );
}

/** Share of the words that sit in sentences carrying a selling finding of warning or strong severity. */
export function sellingShare(findings: readonly Finding[], sentences: ScoreInput['sentences']): number {
  let total = 0;
  let selling = 0;
  for (const s of sentences) {
    const words = countWords(s.text);
    total += words;
    if (findings.some((f) => f.start >= s.start && f.start < s.end && f.severity !== 'info' && isSelling(f)))
      selling += words;
  }
  return total === 0 ? 0 : selling / total;
}

/** Scores a text from its findings (weighed by how much of it sells) and its signals. */
export function scoreReview(
  findings: readonly Finding[],
  signals: readonly Signal[],
  input: ScoreInput,
): Score {
  const share = sellingShare(findings, input.sentences);
  const spread = Math.min(1, share / FULL_SHARE);
  const perRule = new Map<string, number>();
  const perCategory = new Map<Category, number>();
  let penalty = 0;
  let strongSelling = false;
  for (const f of findings) {
    const seen = perRule.get(f.rule) ?? 0;
    perRule.set(f.rule, seen + 1);
    const selling = isSelling(f);
    if (selling && f.severity === 'strong') strongSelling = true;
    const p =
      (WEIGHT.get(f.rule) ?? 5) *
      SEVERITY_FACTOR[f.severity] *
      0.5 ** seen *
      STRICTNESS_FACTOR[input.strictness] *
      (selling ? MIN_REACH[f.severity] + (1 - MIN_REACH[f.severity]) * spread : 1);
    penalty += p;
    perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + p);
  }
  let credit = Math.min(MAX_YOU_CREDIT, input.you);
  const kinds = new Set<Signal['kind']>();
  for (const s of signals) {
    if (kinds.has(s.kind)) continue;
    kinds.add(s.kind);
    credit += CREDIT[s.kind];
  }
  let score = clamp(Math.round(BASE - penalty + Math.min(MAX_CREDIT, credit)));
  if (strongSelling) score = Math.min(score, BEST_WITH_STRONG_SELLING);
  // One-way is not selling: news, a recap, a link to an article with nothing sold is at worst "mixed".
  const sells = findings.some((f) => isSelling(f) && f.severity !== 'info');
  if (!sells) score = Math.max(score, WORST_WITHOUT_SELLING);
  const dimensions = Object.fromEntries(
    CATEGORIES.map((c) => [c, clamp(Math.round(100 - 2 * (perCategory.get(c) ?? 0)))]),
  ) as Dimensions;
  return { score, verdict: verdictFor(score), dimensions, sellingShare: share };
}

/** conversational ≥ 70 > mixed ≥ 50 > salesy. */
export function verdictFor(score: number): Verdict {
  return score >= 70 ? 'conversational' : score >= 50 ? 'mixed' : 'salesy';
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, n));
}
