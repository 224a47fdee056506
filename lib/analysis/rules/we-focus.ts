/** broadcast/we-focus — the post talks about "we/our/us" far more than about "you/your". */
import { defineRule } from './types';

export const weFocus = defineRule({
  id: 'broadcast/we-focus',
  category: 'broadcast',
  title: 'We-focused',
  message: 'Talks about us far more than about the reader.',
  why: 'Relationships are built by talking about the other person’s world, not only your own.',
  severity: 'info',
  weight: 6,
  examples: {
    flagged: [
      'We built our new tool because we love our craft and we want our product to be the best we can make.',
    ],
    clean: ['We built this for you: your reports, your schedule, your team.', 'We went to the beach.'],
  },
  checkPost: (post) => {
    const { we, you } = post.counts;
    if (we < 4 || we < 3 * Math.max(1, you)) return [];
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
