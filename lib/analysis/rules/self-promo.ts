/** hard-sell/self-promo — promoting one's own channel or product in a shared space ("subscribe to my channel"). */
import { SELF_PROMO } from '../lexicon/sales';
import { askInstead } from './cta';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(SELF_PROMO);
// "subscribe" outside a question is a request to subscribe, whatever surrounds it.
const SUBSCRIBE = /(?<![\p{L}])(?:subscribe|suscribe|sucscribe|subcribe|subscribeee*)(?![\p{L}])/giu;

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
      'great I subscribe',
      'help me get to 1k subs',
    ],
    clean: [
      'I watched this video three times.',
      'Which channel do you follow for design news?',
      'Which newsletters do you subscribe to?',
      'I went from 0 to 50,000 followers in 6 months.',
    ],
  },
  checkSentence: (s) => {
    const hits = match(s.text);
    if (s.text.includes('?')) return hits;
    for (const m of s.text.matchAll(SUBSCRIBE)) {
      if (!hits.some((h) => m.index >= h.start && m.index < h.end))
        hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
  suggest: (finding, input) => askInstead('experience', finding, input),
});
