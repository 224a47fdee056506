/** global/currency — "$" amounts without a currency code (US, Canadian, Australian dollars…). */
import { matchAll } from '../text';
import { defineRule } from './types';

const DOLLAR =
  /(?<![\p{L}\p{N}])\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion))?(?![\p{L}\p{N}])/giu;

export const currency = defineRule({
  id: 'global/currency',
  category: 'global',
  title: 'Currency without code',
  message: 'A dollar amount without saying which dollar.',
  why: 'Half a dozen countries use “$”; a currency code makes the figure clear everywhere.',
  severity: 'info',
  weight: 2,
  examples: {
    flagged: ['Tickets are $20.', 'We raised $5 million'],
    clean: ['Tickets are US$20.', 'Tickets are 20 USD.', 'The $PATH variable'],
  },
  checkSentence: (s, ctx) => {
    if (!ctx.globalAudience) return [];
    return matchAll(DOLLAR, s.text)
      .filter((m) => !/(?:US|CA|AU|NZ|HK|S|A|C)$/.test(s.text.slice(Math.max(0, m.start - 2), m.start)))
      .map((m) => ({ start: m.start, end: m.end, replacement: `US${m.text}` }));
  },
});
