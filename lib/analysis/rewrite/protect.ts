/**
 * The tokens a rewrite must keep verbatim or remove whole: URLs, @mentions, hashtags, cashtags,
 * promo codes, e-mail addresses, phone numbers, money and numbers. Found with small regexes (the
 * content script carries no twitter-text extractor); the rewrite and the guard both use them.
 */
import { HASHTAG } from '../rules/hashtags';
import { URL_PATTERN } from '../text';

export type ProtectedKind = 'url' | 'email' | 'mention' | 'hashtag' | 'cashtag' | 'code' | 'number';

export interface ProtectedSpan {
  kind: ProtectedKind;
  start: number;
  end: number;
  text: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const MENTION = /(?<![\p{L}\p{N}_@])@[A-Za-z0-9_]{1,30}/gu;
const CASHTAG = /(?<![\p{L}\p{N}_$])\$[A-Z]{1,6}(?![\p{L}\p{N}])/gu;
// Promo codes and product codes: capitals with digits ("PILOT25", "EARLY30", "X1"), either order.
const CODE =
  /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{N})(?=[\p{L}\p{N}]*\p{Lu})[\p{Lu}\p{N}][\p{L}\p{N}]*(?![\p{L}\p{N}])/gu;
// Phone numbers in groups ("020 7946 0958", "+44 20 7946 0958"): one token, kept or removed whole.
const PHONE = /(?<![\p{L}\p{N}])\+?\d{2,4}(?:[ -]\d{2,4}){2,4}(?![\p{L}\p{N}])/gu;
// Numbers with their units or currency: "$200", "£35", "25%", "10,000+", "5-7pm", "555-0188".
const NUMBER = /[$£€¥₹]?\p{N}(?:[\p{N},.:/-]*\p{N})?[%+]?(?:k(?![\p{L}]))?/gu;

/** Every protected token of a text, in text order; a token inside a URL or e-mail is not reported twice. */
export function protectedSpans(text: string): ProtectedSpan[] {
  const out: ProtectedSpan[] = [];
  const taken: [number, number][] = [];
  const add = (kind: ProtectedKind, re: RegExp) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      out.push({ kind, start, end, text: m[0] });
    }
  };
  add('email', EMAIL);
  add('url', URL_PATTERN);
  add('mention', MENTION);
  add('hashtag', HASHTAG);
  add('cashtag', CASHTAG);
  add('code', CODE);
  add('number', PHONE);
  add('number', NUMBER);
  return out.sort((a, b) => a.start - b.start);
}

/** Whether `[start, end)` overlaps a protected token (so an edit there would alter it). */
export function touchesProtected(spans: readonly ProtectedSpan[], start: number, end: number): boolean {
  return spans.some((p) => start < p.end && end > p.start);
}

// Words brands shout for emphasis ("HUGE SALE", "we LOVE it"): sentence case for them is no change of name.
const SHOUTED_WORDS = new Set(
  (
    'a an the and or but so if of to in on at for with by from up out off into over all any every each no not ' +
    'yes you your yours we our us me my i it its this that these those there here what why how who when where which ' +
    'is are was were be been am do does did have has had will would can could should must just only ever never ' +
    'again back still really very so too more most much many now today tonight tomorrow week weekend day days night ' +
    'time times year hour hours minute minutes month last first next new big huge giant mega super great best worst ' +
    'good better bad hot cool free sale sales deal deals offer offers discount price prices save off half ' +
    'flash clearance limited exclusive special final chance hurry quick fast win won winner wins prize giveaway ' +
    'contest enter vote like share follow tag comment click shop buy get grab order call text book join register ' +
    'sign live love loves loved happy birthday holiday holidays merry christmas thanksgiving easter halloween ' +
    'valentine mother mothers father fathers friday saturday sunday monday tuesday wednesday thursday ' +
    'summer winter spring fall autumn news announcement alert breaking update important attention warning ' +
    'thank thanks please omg wow lol yay yum yummy delicious tasty amazing awesome incredible epic ' +
    'announce announcing introducing coming soon here now available everything everyone one two three four five ' +
    'ten once more less off only gone fans fan friends family kids food drink drinks meal meals menu treat treats ' +
    'candles notebooks sofas tables rugs store shop podcast webinar event events tickets ticket pass passes ' +
    'real true fun party game games happy hour open closed closing opening grand'
  ).split(' '),
);

/** A word a post may shout for emphasis and a rewrite may put in sentence case (never a name or acronym). */
export function shoutable(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (SHOUTED_WORDS.has(w)) return true;
  // "DEALS", "ENDED", "SAVING": an inflection of a shouted word.
  const stem = w.replace(/(?:ing|ed|es|s)$/, '');
  return stem.length >= 3 && (SHOUTED_WORDS.has(stem) || SHOUTED_WORDS.has(`${stem}e`));
}

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]*[\p{L}\p{N}]|\p{L}/gu;

/**
 * The post's own names and acronyms, exactly as written: words in capitals that are not shouting
 * ("SONIC", "GEICO", "RMHC"), CamelCase ("McNugget", "iPhone"), a name marked ®/™, a word capitalised
 * mid-sentence ("Happy Meal", "Chicago"), and the brand voice's name and names. A rewrite never
 * changes their case; the guard rejects one that does.
 */
export function protectedNames(text: string, names: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of n.match(NAME_WORD) ?? []) if (/\p{Lu}/u.test(w)) out.add(w);
  for (const m of text.matchAll(NAME_WORD)) {
    const w = m[0].replace(/['’]s$/i, '');
    if (!/\p{Lu}/u.test(w)) continue;
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (letters.length === 0) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/^\s?[®™©]/u.test(after)) {
      out.add(w);
      continue;
    }
    const caps = letters.length >= 2 && letters === letters.toUpperCase();
    if (caps) {
      if (!shoutable(w) || /\p{N}/u.test(w)) out.add(w);
      continue;
    }
    // CamelCase and brand spellings: "McDonald", "iPhone", "eBay".
    if (/\p{Ll}\p{Lu}/u.test(w)) {
      out.add(w);
      continue;
    }
    // Capitalised mid-sentence (not after a sentence end, a line start or an opening mark).
    const before = text.slice(0, m.index);
    if (
      letters.length >= 2 &&
      /^\p{Lu}\p{Ll}/u.test(w) &&
      /[\p{L}\p{N},;&]\s+$/u.test(before) &&
      !/\n\s*$/.test(before)
    )
      out.add(w);
  }
  return out;
}
