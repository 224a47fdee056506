/** voice/sign-off — the voice's preferred sign-off is missing from a longer post. */
import { defineRule } from './types';

const MIN_WORDS = 20;

export const signOff = defineRule({
  id: 'voice/sign-off',
  category: 'voice',
  title: 'Sign-off',
  message: 'Missing your voice’s sign-off.',
  why: 'A familiar sign-off makes every post recognisably yours.',
  severity: 'info',
  weight: 2,
  examples: { flagged: [], clean: [] },
  checkPost: (post, ctx) => {
    const sign = ctx.voice.signOff.trim();
    if (
      sign.length === 0 ||
      post.counts.words < MIN_WORDS ||
      post.text.toLowerCase().includes(sign.toLowerCase())
    )
      return [];
    const end = post.text.trimEnd().length;
    return [{ start: end, end, message: `Missing your sign-off “${sign}”.`, replacement: `\n\n${sign}` }];
  },
});
