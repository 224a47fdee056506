/** voice/formality — wording too casual for a formal voice, or too stiff for a casual one. */
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const TOO_CASUAL = phraseMatcher([
  'lol',
  'lmao',
  'omg',
  'wtf',
  'gonna',
  'wanna',
  'gotta',
  'u',
  'ur',
  'pls',
  'plz',
  'thx',
  'btw',
  'tbh',
  'ya',
  'yep',
  'nope',
  'dude',
  'awesome sauce',
]);
const TOO_STIFF = phraseMatcher([
  'dear valued customers?',
  'hereby',
  'herewith',
  'kindly',
  'please be advised',
  'we regret to inform you',
  'pursuant to',
  'at your earliest convenience',
  'do not hesitate to',
]);

export const formality = defineRule({
  id: 'voice/formality',
  category: 'voice',
  title: 'Formality',
  message: 'Wording that does not match your voice’s formality.',
  why: 'A consistent voice is how people recognise and trust a brand across every post.',
  severity: 'info',
  weight: 3,
  examples: { flagged: [], clean: ['Thanks for reading.'] },
  checkSentence: (s, ctx) => {
    if (ctx.voice.formality === 'formal')
      return TOO_CASUAL(s.text).map((h) => ({ ...h, message: 'Too casual for your formal voice.' }));
    if (ctx.voice.formality === 'casual')
      return TOO_STIFF(s.text).map((h) => ({ ...h, message: 'Too stiff for your casual voice.' }));
    return [];
  },
});
