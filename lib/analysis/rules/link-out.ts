/** broadcast/link-out — a link that sends readers away; it matters most when the post asks nothing. */
import { matchAll, URL_PATTERN } from '../text';
import { dropsLink } from './link-drop';
import { defineRule } from './types';

export const linkOut = defineRule({
  id: 'broadcast/link-out',
  category: 'broadcast',
  title: 'Sends readers away',
  message: 'A link that sends readers away from the conversation.',
  why: 'Posts that keep the conversation here, and say what the link gives the reader, build engagement rather than clicks.',
  severity: 'warning',
  weight: 24,
  examples: {
    flagged: ['Our new range is on www.example.com for everyone who wants to see the colours and the sizes'],
    clean: ['No links here, just a story about our first customer.'],
  },
  checkPost: (post) => {
    if (post.counts.links === 0 || dropsLink(post)) return [];
    const severity = post.counts.questions > 0 ? ('info' as const) : ('warning' as const);
    return matchAll(URL_PATTERN, post.text)
      .slice(0, 1)
      .map((m) => ({ start: m.start, end: m.end, severity }));
  },
});
