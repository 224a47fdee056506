/** hard-sell/hype — superlatives and hype words ("revolutionary", "game-changer", "the best"). */
import { HYPE, HYPE_CLAIMS } from '../lexicon/sales';
import { phraseMatcher, replacementMatcher } from './phrase';
import { defineRule, type Hit } from './types';

const match = replacementMatcher(HYPE);
const claims = phraseMatcher(HYPE_CLAIMS);
/** Hype words in one sentence from which it is hype rather than a word of it. */
const DENSE = 2;

export const hype = defineRule({
  id: 'hard-sell/hype',
  category: 'hard-sell',
  title: 'Hype',
  message: 'Hype words that claim instead of showing.',
  why: 'Readers trust concrete detail and other people’s words more than a brand’s superlatives.',
  severity: 'info',
  weight: 8,
  examples: {
    flagged: [
      'Our revolutionary platform is here.',
      'A real game-changer for teams',
      'The best CRM on the market',
      'World-class support',
      'Our cutting-edge, best-of-breed data platform helps enterprises.',
      'Meet Nimbus 2 — the fastest, smartest note app on the planet.',
      'Game-changing AI search.',
      'My proven coaching program has helped 200+ entrepreneurs.',
    ],
    clean: [
      'What was the best advice you got this year?',
      'Our support team answered 400 questions last week.',
      'What is the fastest way you have found to learn a language?',
      'The interest rate went up again.',
    ],
  },
  checkSentence: (s) => {
    // "the best" is hype in a claim but fine in a question ("What's the best…?").
    const hits: Hit[] = match(s.text).filter(
      (h) => !(s.text.slice(h.start, h.end).toLowerCase() === 'the best' && s.text.includes('?')),
    );
    if (!s.text.includes('?')) {
      for (const c of claims(s.text)) if (!hits.some((h) => c.start < h.end && c.end > h.start)) hits.push(c);
    }
    hits.sort((a, b) => a.start - b.start);
    // A sentence made of hype ("cutting-edge, best-of-breed", "fastest, smartest … on the planet") sells.
    return hits.length >= DENSE
      ? hits.map((h) => ({
          ...h,
          severity: 'warning' as const,
          message: 'A sentence of hype: claims instead of showing.',
        }))
      : hits;
  },
});
