/** urgency/exclaim — stacked exclamation marks ("!!!"). */
import { matchAll } from '../text';
import { defineRule } from './types';

const STACK = /!{2,}[!1?]*|[!?]*\?!+[!?]*/g;

export const exclaim = defineRule({
  id: 'urgency/exclaim',
  category: 'urgency',
  title: 'Exclamation marks',
  message: 'Stacked exclamation marks add pressure.',
  why: 'One exclamation mark is enthusiasm; a row of them is a sales pitch.',
  severity: 'info',
  weight: 4,
  examples: {
    flagged: ['Sale starts now!!!', 'Wow!!', 'Really?!'],
    clean: ['Congrats to the team!', 'What do you think?'],
  },
  checkSentence: (s) =>
    matchAll(STACK, s.text).map((m) => ({
      start: m.start,
      end: m.end,
      replacement: m.text.includes('?') ? '?' : '!',
    })),
});
