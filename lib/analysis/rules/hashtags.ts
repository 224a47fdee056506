/** voice/hashtags — more hashtags than the voice (or the platform's norm) allows. */
import { PLATFORMS } from '../platform';
import { defineRule } from './types';

export const HASHTAG = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

export const hashtags = defineRule({
  id: 'voice/hashtags',
  category: 'voice',
  title: 'Too many hashtags',
  message: 'More hashtags than fit this platform.',
  why: 'A wall of hashtags reads as reach-chasing; a few relevant ones help the right people find the post.',
  severity: 'info',
  weight: 4,
  examples: { flagged: ['Great day #a #b #c #d #e #f #g'], clean: ['Great day #teamwork'] },
  checkPost: (post, ctx) => {
    const max = ctx.voice.hashtags.max ?? PLATFORMS[ctx.platform].hashtagNorm.max;
    const tags = [...post.text.matchAll(HASHTAG)];
    if (tags.length <= max) return [];
    return tags.slice(max).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `${tags.length} hashtags; ${max === 0 ? 'your voice uses none' : `${max} at most fit here`}.`,
      replacement: '',
    }));
  },
});
