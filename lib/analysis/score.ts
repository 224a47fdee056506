/**
 * From findings and signals to a 0–100 score, per-category dimensions and a verdict.
 * Each rule's penalty shrinks for repeats (a second "!!!" matters less than the first); positive
 * signals add a capped bonus.
 */
import { ALL_RULES } from './rules/index';
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
const BONUS: Record<Signal['kind'], number> = {
  question: 6,
  you: 0,
  thanks: 6,
  story: 5,
  credit: 5,
  reply: 4,
};
const MAX_BONUS = 18;

export interface Score {
  score: number;
  verdict: Verdict;
  dimensions: Dimensions;
}

/** Scores a post; `youCount` rewards talking to the reader. */
export function scoreReview(
  findings: readonly Finding[],
  signals: readonly Signal[],
  youCount: number,
  strictness: Strictness,
): Score {
  const perRule = new Map<string, number>();
  const perCategory = new Map<Category, number>();
  let penalty = 0;
  for (const f of findings) {
    const seen = perRule.get(f.rule) ?? 0;
    perRule.set(f.rule, seen + 1);
    const p =
      (WEIGHT.get(f.rule) ?? 5) * SEVERITY_FACTOR[f.severity] * 0.5 ** seen * STRICTNESS_FACTOR[strictness];
    penalty += p;
    perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + p);
  }
  let bonus = Math.min(6, youCount * 2);
  const kinds = new Set<Signal['kind']>();
  for (const s of signals) {
    if (kinds.has(s.kind)) continue;
    kinds.add(s.kind);
    bonus += BONUS[s.kind];
  }
  const score = clamp(Math.round(BASE - penalty + Math.min(MAX_BONUS, bonus)));
  const dimensions = Object.fromEntries(
    CATEGORIES.map((c) => [c, clamp(Math.round(100 - 2 * (perCategory.get(c) ?? 0)))]),
  ) as Dimensions;
  return { score, verdict: verdictFor(score), dimensions };
}

/** conversational ≥ 70 > mixed ≥ 50 > salesy. */
export function verdictFor(score: number): Verdict {
  return score >= 70 ? 'conversational' : score >= 50 ? 'mixed' : 'salesy';
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, n));
}
