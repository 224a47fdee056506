/** voice/banned — the brand voice's banned phrases, each replaced by the voice's preferred wording. */
import { matchAll } from '../text';
import { defineRule } from './types';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new WeakMap<object, RegExp | null>();

function bannedRegex(banned: readonly { phrase: string }[]): RegExp | null {
  const hit = compiled.get(banned);
  if (hit !== undefined) return hit;
  const phrases = banned.map((b) => b.phrase.trim()).filter((p) => p.length > 0);
  const re =
    phrases.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  compiled.set(banned, re);
  return re;
}

export const banned = defineRule({
  id: 'voice/banned',
  category: 'voice',
  title: 'Banned phrase',
  message: 'A phrase your brand voice avoids.',
  why: 'A consistent voice is how people recognise and trust a brand across every post.',
  severity: 'warning',
  weight: 8,
  examples: { flagged: [], clean: [] },
  checkSentence: (s, ctx) => {
    const re = bannedRegex(ctx.voice.banned);
    if (re === null) return [];
    return matchAll(re, s.text).map((m) => {
      const entry = ctx.voice.banned.find((b) => b.phrase.trim().toLowerCase() === m.text.toLowerCase());
      const replacement = entry?.replacement ?? '';
      return {
        start: m.start,
        end: m.end,
        message: replacement
          ? `Your voice says “${replacement}” rather than “${m.text}”.`
          : `Your voice avoids “${m.text}”.`,
        replacement,
      };
    });
  },
});
