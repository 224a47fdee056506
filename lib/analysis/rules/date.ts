/** global/date — numeric dates that read differently by region (3/4/2025: March 4 or 3 April?). */
import { MONTHS } from '../lexicon/clarity';
import { matchAll } from '../text';
import { defineRule } from './types';

const NUMERIC_DATE = /(?<![\p{N}/.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?(?![\p{N}/%]|\.\d)/gu;

/** Reads a numeric date the US way (month first) unless that is impossible. */
function unambiguous(a: number, b: number, year: string | undefined, usFirst: boolean): string | null {
  let month = usFirst ? a : b;
  let day = usFirst ? b : a;
  if (month > 12 && day <= 12) [month, day] = [day, month];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const y = year === undefined ? '' : ` ${year.length === 2 ? `20${year}` : year}`;
  return `${day} ${MONTHS[month - 1]}${y}`;
}

export const date = defineRule({
  id: 'global/date',
  category: 'global',
  title: 'Ambiguous date',
  message: 'A numeric date that readers in other regions read differently.',
  why: 'Content is read worldwide: 3/4 is March 4 in the US and 3 April almost everywhere else.',
  severity: 'info',
  weight: 2,
  examples: {
    flagged: ['Join us on 3/4/2025.', 'Doors open 06/07'],
    clean: [
      'Join us on 4 March 2025.',
      'We grew 3/4 of our revenue from referrals last year? No: 75%.',
      'Score: 12/10',
    ],
  },
  checkSentence: (s, ctx) => {
    if (!ctx.globalAudience) return [];
    const usFirst =
      ctx.voice.regions.length === 0 || ['US', 'CA'].includes(ctx.voice.regions[0]?.toUpperCase() ?? '');
    return matchAll(NUMERIC_DATE, s.text).flatMap((m) => {
      const [a, b, y] = m.text.split(/[/.]/);
      const first = Number(a);
      const second = Number(b);
      // A fraction like 3/4 without a year is only a date next to a date word.
      if (
        y === undefined &&
        !/\b(?:on|from|until|till|by|date|due|open|opens|starts?|ends?)\s*$/i.test(s.text.slice(0, m.start))
      )
        return [];
      if (first > 31 || second > 31 || (first > 12 && second > 12)) return [];
      const replacement = unambiguous(first, second, y, usFirst);
      return replacement === null ? [] : [{ start: m.start, end: m.end, replacement }];
    });
  },
});
