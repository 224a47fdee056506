/**
 * Urgency and pressure lexicon: deadlines, countdowns and hurry words.
 *
 * Sources: the FTC's "Bringing Dark Patterns to Light" (2022) staff report on false urgency and
 * countdown pressure; Econsultancy/Adobe's finding that social pays off as a permanent practice,
 * not a campaign. Written by the Rapport team.
 */
export const URGENCY = [
  'today only',
  'one day only',
  '(?:this )?(?:weekend|week) only',
  'last chance',
  'final (?:hours?|call|chance|days?)',
  'hurry(?: up)?',
  'act (?:now|fast|quickly)',
  '(?:ends|ending|closes|expires?|offer ends)(?: at)? (?:today|tonight|tomorrow|soon|midnight|sunday|friday|in \\d+)',
  "(?:don't|dont|do not) (?:miss|wait)(?: out)?",
  'now or never',
  'limited[- ]time',
  'only \\d+ (?:hours?|hrs|days?|mins?|minutes) (?:left|to go|remaining)',
  '\\d+ (?:hours?|hrs|days?) left',
  'valid (?:for )?(?:only )?\\d+ ?(?:hours?|hrs|days?)(?: only)?',
  "before (?:it's|its|it is) (?:too late|gone)",
  'urgent!?',
  'immediately',
  '(?:reply|call|txt|text) now',
  'time is running out',
  'countdown',
  'right now',
  'asap!',
  'expires? (?:on )?\\d',
  'doors close',
  '(?:for )?the next \\d+ (?:hours?|hrs|days?) only',
  'free for the next \\d+ (?:hours?|hrs|days?)',
] as const;

/** Acronyms and initialisms that are not shouting. */
export const ACRONYMS = new Set([
  'USA',
  'UK',
  'EU',
  'UN',
  'NASA',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  'CMO',
  'HR',
  'PR',
  'AI',
  'API',
  'SDK',
  'CRM',
  'ERP',
  'SEO',
  'SaaS',
  'B2B',
  'B2C',
  'ROI',
  'KPI',
  'FAQ',
  'PDF',
  'URL',
  'HTML',
  'CSS',
  'JSON',
  'SQL',
  'AWS',
  'GCP',
  'IBM',
  'NYC',
  'LA',
  'SF',
  'DC',
  'TV',
  'DIY',
  'OK',
  'LOL',
  'OMG',
  'BTW',
  'FYI',
  'ASAP',
  'AM',
  'PM',
  'UTC',
  'GMT',
  'EST',
  'PST',
  'CET',
  'IST',
  'ET',
  'PT',
  'CT',
  'MT',
  'USD',
  'EUR',
  'GBP',
  'INR',
  'JPY',
  'MBA',
  'PhD',
  'NGO',
  'IT',
  'UX',
  'UI',
  'QA',
  'VP',
  'SVP',
  'EVP',
  'RSVP',
  'TBD',
  'TBA',
  'ETA',
  'DM',
  'PS',
  'NFL',
  'NBA',
  'FIFA',
  'BBC',
  'CNN',
  'GDPR',
  'HIPAA',
  'ISO',
  'LGBTQ',
  'COVID',
  'DEI',
  'ESG',
  'OKR',
  'OKRS',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'H1',
  'H2',
  'XD',
]);

/**
 * Words that are shouted, never names, when written in capitals ("BUY NOW", "HUGE SALE", "at
 * MIDNIGHT", "EVERY Tuesday", "for FREE"): the words of offers and pressure, and the everyday words
 * people stress. Proper names (lib/analysis/names.ts) are learnt from the post, except these.
 */
export const SHOUT_WORDS = new Set(
  `A AN THE AND OR BUT IF SO TO OF IN ON AT BY FOR WITH FROM UP OUT OFF INTO OVER NOT NO YES IS ARE WAS
  BE BEEN AM DO DOES DID HAVE HAS HAD WILL CAN MAY MUST SHOULD WOULD COULD GET GOT GO GOING GONE COME
  YOU YOUR YOURS WE OUR US I ME MY IT ITS THIS THAT THESE THOSE THEY THEM THEIR HE SHE HIS HER WHO WHAT
  WHEN WHERE WHY HOW ALL EVERY EACH ANY SOME MORE MOST LESS ONLY JUST EVEN EVER NEVER ALWAYS AGAIN
  NOW TODAY TONIGHT TOMORROW YESTERDAY WEEK WEEKEND MONTH YEAR DAY DAYS HOUR HOURS MIDNIGHT NOON
  MORNING NIGHT TIME LATE SOON FAST QUICK QUICKLY HURRY RUSH STOP START END ENDS ENDING LAST FINAL
  FIRST NEXT CHANCE DEAL DEALS SALE SALES OFFER OFFERS PRICE PRICES DISCOUNT SAVE SAVINGS OFF FREE
  BUY SHOP ORDER CALL TEXT TXT CLICK JOIN ENTER WIN WON WINNER WINNERS PRIZE PRIZES CASH CLAIM BONUS
  GIFT LIMITED EXCLUSIVE SPECIAL URGENT IMPORTANT WARNING ALERT NEW NEWS BIG HUGE MASSIVE GREAT
  AMAZING AWESOME INCREDIBLE BEST BETTER GOOD BAD WORST LOVE LIKE HOT COOL EPIC WOW OMG YAY YEAH
  HAPPY THANK THANKS PLEASE SORRY REALLY VERY SO MUCH MANY LOT LOTS WHOLE DOUBLE TRIPLE HALF FULL
  OPEN CLOSED NOTHING EVERYTHING EVERYONE EVERYBODY ANYONE SOMEONE BACK HERE THERE AWAY DOWN LEFT
  RIGHT ONE TWO THREE FOUR FIVE TEN HUNDRED THOUSAND MILLION MEGA SUPER ULTRA TOTALLY ABSOLUTELY
  GUARANTEED ACT DON'T CAN'T WON'T IT'S THAT'S WHAT'S LET'S I'M YOU'RE WE'RE`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
