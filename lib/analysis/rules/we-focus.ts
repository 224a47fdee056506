/**
 * broadcast/we-focus — a faceless "we" that talks only about itself: many "we/our", few "you",
 * no question, no story. Weak evidence, so a weak rule: "I" beats a faceless "we" (Packard, Moore
 * & McFerran 2018) but counting "you" has little effect, and a warm story told as "we" ("Last week
 * a customer told us our onboarding emails felt robotic…") is not a broadcast. A hint, never more.
 */
import { STORY, THANKS } from '../lexicon/conversation';
import { phraseRegex } from '../text';
import { defineRule } from './types';

const WARM = phraseRegex([...STORY, ...THANKS]);
const MIN_WE = 5;

export const weFocus = defineRule({
  id: 'broadcast/we-focus',
  category: 'broadcast',
  title: 'We-focused',
  message: 'Talks about us far more than about the reader.',
  why: 'A person’s voice (“I”) reads warmer than a faceless “we”; say who is speaking and what it means for the reader.',
  severity: 'info',
  weight: 3,
  examples: {
    flagged: [
      'We built our new tool because we love our craft and we want our product to be the best we can make. Our team works hard.',
    ],
    clean: [
      'We built this for you: your reports, your schedule, your team.',
      'We went to the beach.',
      'Last week a customer told us our onboarding emails felt robotic. We read ours again and we agreed. We rewrote our welcome series with our support team. What’s one email from a brand that made you smile?',
    ],
  },
  checkPost: (post) => {
    const { we, you, questions } = post.counts;
    if (we < MIN_WE || we < 3 * Math.max(1, you) || questions > 0) return [];
    WARM.lastIndex = 0;
    if (WARM.test(post.text)) return [];
    const first = /\b(?:we|our|us|ours|we're|we've|we'll)\b/i.exec(post.text);
    if (first === null) return [];
    return [
      {
        start: first.index,
        end: first.index + first[0].length,
        message: `Says “we/our” ${we} times and “you/your” ${you} ${you === 1 ? 'time' : 'times'}.`,
      },
    ];
  },
});
