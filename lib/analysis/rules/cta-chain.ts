/** broadcast/cta-chain — several commands in a row ("Sign up. Share it. Tell your friends."). */
import { defineRule } from './types';

export const ctaChain = defineRule({
  id: 'broadcast/cta-chain',
  category: 'broadcast',
  title: 'Chain of commands',
  message: 'A chain of commands tells readers what to do instead of talking with them.',
  why: 'Conversation invites; a row of imperatives is one-way advertising.',
  severity: 'warning',
  weight: 10,
  examples: {
    flagged: ['Sign up today. Invite your team. Start saving time.'],
    clean: ['Sign up if it helps. I would love to hear how it goes for you.', 'Take care.'],
  },
  checkPost: (post) => {
    const hits: { start: number; end: number }[] = [];
    let runStart = -1;
    let runEnd = -1;
    let runLength = 0;
    const close = () => {
      if (runLength >= 3) hits.push({ start: runStart, end: runEnd });
      runLength = 0;
    };
    for (const s of post.sentences) {
      if (/\s/.test(s.text) && s.imperative()) {
        if (runLength === 0) runStart = s.start;
        runEnd = s.end;
        runLength++;
      } else close();
    }
    close();
    return hits;
  },
});
