/** hard-sell/hype — superlatives and hype words ("revolutionary", "game-changer", "the best"). */
import { HYPE } from '../lexicon/sales';
import { replacementMatcher } from './phrase';
import { defineRule } from './types';

const match = replacementMatcher(HYPE);

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
    ],
    clean: [
      'What was the best advice you got this year?',
      'Our support team answered 400 questions last week.',
    ],
  },
  checkSentence: (s) =>
    // "the best" is hype in a claim but fine in a question ("What's the best…?").
    match(s.text).filter(
      (h) => !(s.text.slice(h.start, h.end).toLowerCase() === 'the best' && s.text.includes('?')),
    ),
});
