/** hard-sell/price — price, discount and free-offer talk ("20% off", "free shipping", "save $50"). */
import { MONEY_AMOUNT, PRICE } from '../lexicon/sales';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(PRICE);
const amounts = phraseMatcher(MONEY_AMOUNT);
// An all-caps FREE is an offer, not "are you free?".
const SHOUTED_FREE = /(?<![\p{L}])FREE(?![\p{L}])/gu;
/**
 * A writer reporting what happened to them ("I went in for the half price shake", "they made me pay
 * full price", "They tried to charge me $6.89", "$4.39 wasted"): a customer's story or complaint
 * that mentions money, not an offer.
 */
const REPORTED =
  /(?<![\p{L}'’])i\s+(?:(?:just|then|finally|already|also|even|never|only|actually)\s+)?(?:was|had|got|paid|pay|ordered|went|bought|used|asked|tried|received|came|gave|spent|saw|found|wanted|\p{L}+ed)(?![\p{L}])|(?<![\p{L}])(?:charged?|charging|made|sent|gave|cost|overcharged)\s+(?:me|us)(?![\p{L}])|(?<![\p{L}])wasted(?![\p{L}])/iu;

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
      'I went in for the half price shake and they had already closed.',
      '20 mins for a coke and they made me pay full price!',
    ],
  },
  checkSentence: (s) => {
    const offers = match(s.text);
    const covered = (h: { start: number; end: number }) =>
      offers.some((o) => h.start < o.end && h.end > o.start);
    const extra = [...s.text.matchAll(SHOUTED_FREE)].map((m) => ({ start: m.index, end: m.index + 4 }));
    const soft = amounts(s.text).map((h) => ({ ...h, severity: 'info' as const, message: 'Talks money.' }));
    // An offer stated (a discount, a price to pay, a free item) is a sale, not talk of money; in a
    // sentence that reports the writer's own experience it is no offer at all (amounts stay info).
    const stated = REPORTED.test(s.text) ? [] : offers.map((o) => ({ ...o, severity: 'strong' as const }));
    return [...stated, ...[...extra, ...soft].filter((h) => !covered(h))];
  },
});
