/** voice/emoji — emoji against the voice's policy (none, or sparing: at most three). */
import { findEmoji } from '../text';
import { defineRule } from './types';

const SPARING_MAX = 3;

export const emoji = defineRule({
  id: 'voice/emoji',
  category: 'voice',
  title: 'Emoji policy',
  message: 'More emoji than your voice uses.',
  why: 'A consistent voice is how people recognise and trust a brand across every post.',
  severity: 'info',
  weight: 3,
  examples: { flagged: ['🎉🎉🎉🎉 Party time'], clean: ['Party time 🎉'] },
  checkPost: (post, ctx) => {
    if (ctx.voice.emoji === 'free') return [];
    const all = findEmoji(post.text);
    const allowed = ctx.voice.emoji === 'none' ? 0 : SPARING_MAX;
    if (all.length <= allowed) return [];
    const message =
      ctx.voice.emoji === 'none'
        ? 'Your voice uses no emoji.'
        : `More than ${SPARING_MAX} emoji; your voice uses them sparingly.`;
    return all.slice(allowed).map((e) => ({ ...e, message, replacement: '' }));
  },
});
