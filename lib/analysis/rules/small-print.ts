/** hard-sell/small-print — the small print of a mass promotion: T&Cs, opt-outs, message rates, age gates. */
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher([
  't\\s?&\\s?c\\s?s?',
  "t[’']?s\\s?(?:&|and)\\s?c[’']?s",
  'terms and conditions(?: apply)?',
  'terms apply',
  'opt[- ]?out',
  'to unsubscribe',
  '(?:reply|txt|text|send) stop',
  '(?:2|to) stop (?:txts|texts|msgs|messages|this service|receiving|further|these|future)',
  'to stop,? (?:reply|text|txt|send|sms|call)',
  'stop ?2 ?stop',
  '(?:std|standard|network|ntwk|operator) (?:rates?|chgs?|charges?)',
  'per (?:msg|message|txt|min)',
  'po ?box ?\\d+',
  '(?:16|18)\\s?\\+',
  'age ?(?:16|18)\\+?',
  'dear (?:valued )?(?:customer|subscriber|user|member|winner|friend)s?',
  'customer care',
  'cust ?care',
]);

export const smallPrint = defineRule({
  id: 'hard-sell/small-print',
  category: 'hard-sell',
  title: 'Mass-promotion small print',
  message: 'Reads like the small print of a mass promotion.',
  why: 'Opt-outs, rates and T&Cs belong to bulk advertising, not to a conversation with people.',
  severity: 'strong',
  weight: 22,
  examples: {
    flagged: [
      'T&Cs apply.',
      'To unsubscribe reply STOP',
      'Dear Customer, your order is ready',
      '150p per msg, 18+',
    ],
    clean: ['I had to stop for coffee.', 'We stopped the project in 2018.'],
  },
  checkSentence: (s) => match(s.text),
});
