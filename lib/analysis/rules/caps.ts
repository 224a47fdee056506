/** urgency/caps — shouting in capitals ("BUY NOW", "HUGE SALE"); acronyms are not shouting. */
import { ACRONYMS } from '../lexicon/pressure';
import { unshout } from '../text';
import { defineRule } from './types';

const NO_NAMES: ReadonlySet<string> = new Set();

/** Lower-cases shouted words, keeping the names ("BIG NEWS AT SONIC" → "Big news at SONIC"). */
export function unshoutKeeping(run: string, names: ReadonlySet<string>): string {
  let first = true;
  return run.replace(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu, (w) => {
    const isFirst = first;
    first = false;
    const bare = w.replace(/['’][Ss]$/u, '');
    if (names.has(bare) || ACRONYMS.has(bare)) return w;
    return isFirst ? unshout(w) : w.toLowerCase();
  });
}

// Two or more consecutive all-caps words of 2+ letters, or one all-caps word of 5+ letters.
const CAPS_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’]+(?:[\s,&-]+\p{Lu}[\p{Lu}'’]+)+(?![\p{Ll}])|(?<![\p{L}\p{N}])\p{Lu}{5,}(?![\p{L}])/gu;

/** Whether a run of capitals shouts: its words that are neither acronyms nor the post's names. */
export function isShouting(run: string, names: ReadonlySet<string> = NO_NAMES): boolean {
  const words = run.split(/[\s,&-]+/).filter((w) => w.length > 0);
  const shouted = words.filter((w) => {
    const bare = w.replace(/['’]S$/, '').replace(/[^\p{L}\p{N}'’]+$/u, '');
    return !ACRONYMS.has(bare) && !names.has(bare) && bare.length >= 2;
  });
  return shouted.length >= 2 || (shouted.length === 1 && shouted[0].length >= 5);
}

export const caps = defineRule({
  id: 'urgency/caps',
  category: 'urgency',
  title: 'Shouting',
  message: 'Capitals read as shouting.',
  why: 'Capitals raise the volume of an advert; conversation uses a normal voice.',
  severity: 'info',
  weight: 6,
  examples: {
    flagged: ['BUY NOW before it is gone', 'This is a HUGE SALE', 'AMAZING'],
    clean: [
      'Our CRM now exports to PDF and CSV.',
      'The CEO of NASA spoke at the UN.',
      'I love the USA',
      'Happy hour is on at SONIC today.',
      'Our halftime show was sponsored by GEICO.',
      'Congratulations to the EBONY Power 100 honourees.',
      'Try the new SONIC® Blast.',
    ],
  },
  checkSentence: (s) => {
    const hits = [];
    for (const m of s.text.matchAll(CAPS_RUN)) {
      if (!isShouting(m[0])) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, replacement: unshout(m[0]) });
    }
    // A sentence written entirely in capitals is flagged once, as a whole.
    if (hits.length > 1) {
      const letters = s.text.replace(/[^\p{L}]/gu, '');
      if (letters.length > 0 && letters === letters.toUpperCase())
        return [{ start: 0, end: s.text.length, replacement: unshout(s.text) }];
    }
    return hits;
  },
});
