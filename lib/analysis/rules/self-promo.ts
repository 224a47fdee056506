/** hard-sell/self-promo — promoting one's own channel or product in a shared space ("subscribe to my channel"). */
import { SELF_PROMO } from '../lexicon/sales';
import { askInstead } from './cta';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(SELF_PROMO);

export const selfPromo = defineRule({
  id: 'hard-sell/self-promo',
  category: 'hard-sell',
  title: 'Self-promotion',
  message: 'Promotes your own channel, page or product.',
  why: 'People follow accounts that add to their conversation, not ones that use it as a billboard.',
  severity: 'strong',
  weight: 26,
  examples: {
    flagged: [
      'Subscribe to my channel',
      'Please check out my new mixtape',
      'Follow my page for more',
      'Check my video',
    ],
    clean: ['I watched this video three times.', 'Which channel do you follow for design news?'],
  },
  checkSentence: (s) => match(s.text),
  suggest: (finding, input) => askInstead('experience', finding, input),
});
