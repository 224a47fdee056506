/** global/long-sentence — sentences too long to read easily, above all in a second language. */
import { countWords } from '../text';
import { defineRule } from './types';

const MAX_WORDS = 35;

export const longSentence = defineRule({
  id: 'global/long-sentence',
  category: 'global',
  title: 'Long sentence',
  message: `A sentence of more than ${MAX_WORDS} words.`,
  why: 'Short sentences are easier to read for everyone, and much easier in a second language or translation.',
  severity: 'info',
  weight: 2,
  examples: {
    flagged: [
      'This sentence keeps going and going because the writer wanted to mention every single feature of the product, including the reporting module, the dashboards, the exports, the scheduled emails, the integrations and the mobile app, all at once.',
    ],
    clean: ['This sentence is short.'],
  },
  checkSentence: (s) => {
    const n = countWords(s.text);
    return n > MAX_WORDS ? [{ start: 0, end: s.text.length, message: `A sentence of ${n} words.` }] : [];
  },
});
