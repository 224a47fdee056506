/** broadcast/cta-chain — several commands in a row ("Sign up. Share it. Tell your friends."). */
import { mayOpenWithImperative } from '../tokens';
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
    // Telling a command needs a parse of the opener (the dearest step of a review): only a sentence
    // that could be part of a run of three is parsed; the others cannot change a run that counts.
    const may = post.sentences.map((s) => /\s/.test(s.text) && mayOpenWithImperative(s.text));
    const inRun = (i: number) =>
      may[i] && ((may[i - 1] && may[i - 2]) || (may[i - 1] && may[i + 1]) || (may[i + 1] && may[i + 2]));
    for (const [i, s] of post.sentences.entries()) {
      if (inRun(i) && s.imperative()) {
        if (runLength === 0) runStart = s.start;
        runEnd = s.end;
        runLength++;
      } else close();
    }
    close();
    return hits;
  },
});
