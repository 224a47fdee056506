/**
 * hard-sell/small-print — the small print of a mass promotion: T&Cs, opt-outs, message rates, age
 * gates, and the small print of a retail offer (limits, validity dates, "at participating
 * locations", "cannot be combined"). An offer with its small print is a sale, however friendly the
 * line above it.
 */
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
  // The small print of a retail offer: limits, validity, where it holds, what it excludes.
  'limit (?:\\d+|one|two|three|four|five|1)(?: per (?:customer|guest|person|order|visit|transaction|day|household))?',
  '(?:one|1) per (?:customer|guest|person|order|visit|transaction|household)',
  '(?:only )?at participating (?:locations?|restaurants?|stores?|drive-ins?|shops?|outlets?|\\p{L}+ (?:locations?|restaurants?|drive-ins?))',
  '(?:offer |coupon |deal |promotion )?(?:is )?valid (?:through|thru|until|till|from|only|\\d)',
  // "valid for/on/at/in" is small print only with the offer named ("Your point is valid for most teams" is not).
  '(?:offer|coupon|deal|promotion|promo)s? (?:is |are )?valid (?:for|on|at|in)',
  '(?:offer|coupon|deal|promotion|promo) (?:ends|expires|good)',
  "(?:cannot|can[’']?t|may not) be combined",
  'not (?:valid|good) (?:with|in conjunction)',
  'tax (?:not included|extra)',
  'add-?ons? (?:cost )?extra',
  'see (?:menu|store|restaurant) for details',
  'no purchase necessary',
  'void where prohibited',
  'restrictions apply',
  'prices? (?:and participation )?(?:may )?vary',
  'price and participation',
  'requires? (?:a )?purchase',
  'with (?:any|a|the) purchase(?: of)?',
  'must (?:mention|present|show) (?:offer|coupon|this)',
  'mention (?:offer )?when ordering',
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
      'Limit one per customer.',
      'Valid through 6/30 at participating locations.',
      'Tax not included. Cannot be combined with other offers.',
    ],
    clean: [
      'I had to stop for coffee.',
      'We stopped the project in 2018.',
      'Our crew at the Tulsa drive-in raised $2,000 for the food bank.',
      'Your point is valid for most teams.',
    ],
  },
  checkSentence: (s) => match(s.text),
});
