/** hard-sell/dm-pricing — moving the sale into private messages ("DM for pricing", "Link in bio"). */
import { DM_PRICING } from '../lexicon/sales';
import { askInstead } from './cta';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(DM_PRICING);

export const dmPricing = defineRule({
  id: 'hard-sell/dm-pricing',
  category: 'hard-sell',
  title: 'DM for pricing',
  message: 'Sends readers to private messages or a bio link to buy.',
  why: 'Hiding the conversation behind a DM or a link turns a public post into an advert.',
  severity: 'strong',
  weight: 24,
  examples: {
    flagged: ['DM us for pricing.', 'Link in bio!', 'Message me for details', 'Inbox us for the price'],
    clean: [
      'I wrote about pricing mistakes in my bio years ago.',
      'Happy to share what we learned in the comments.',
    ],
  },
  checkSentence: (s) => match(s.text),
  suggest: (finding, input) => askInstead('decide', finding, input),
});
