/** hard-sell/price — price, discount and free-offer talk ("20% off", "free shipping", "save $50"). */
import { PRICE } from '../lexicon/sales';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(PRICE);

export const price = defineRule({
  id: 'hard-sell/price',
  category: 'hard-sell',
  title: 'Price and discount talk',
  message: 'Leads with price or a discount.',
  why: 'Discounts move product once; sharing value, stories and lessons builds the loyalty that keeps customers.',
  severity: 'warning',
  weight: 20,
  examples: {
    flagged: [
      'Get 20% off everything.',
      'Free shipping on all orders',
      'Save up to $50 this week',
      'Use the promo code SPRING',
    ],
    clean: [
      'We cut onboarding time by 20% after talking to customers.',
      'Is free time the real benefit of automation?',
    ],
  },
  checkSentence: (s) => match(s.text),
});
