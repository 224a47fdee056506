/**
 * Calls to action recognised by their structure, not by a list of phrases: a clause that opens
 * with a command (optionally after "please", "just", "don't forget to", or "you can/should")
 * whose verb is a call-to-action verb and whose object is something to buy, book, sign up for,
 * download, a sales contact or a link. "Book a demo", "Grab your seat", "Secure your spot" and
 * "Reserve yours" fall out of the one rule; "Book the table for 8 tonight" between friends,
 * "Pls confirm the time to collect the cheque" and "DM us your order number" do not.
 */
import {
  CARE,
  CARE_PURPOSE,
  COMMAND_LEAD_INS,
  CTA_ADVERBS,
  CTA_OBJECTS,
  CTA_VERBS,
  PERSONAL_GREETING,
} from './lexicon/intent';
import { asksSomething, URL_PATTERN } from './text';

export type CtaIntent = keyof typeof CTA_VERBS;

export interface CtaMatch {
  start: number;
  end: number;
  intent: CtaIntent;
}

const LEAD = `(?:(?:${COMMAND_LEAD_INS.join('|')})[\\s,]+)*`;
const INTENTS = Object.keys(CTA_VERBS) as CtaIntent[];
const VERB = new RegExp(
  `^${LEAD}(?:${INTENTS.map((k) => `(?<${k}>${CTA_VERBS[k]})`).join('|')})(?![\\p{L}\\p{N}'’-])`,
  'iu',
);
// Up to three filler words may stand between the verb and its object ("Book a free demo").
const FILLER =
  '(?:(?:a|an|the|your|ur|our|my|this|that|these|those|up|in|on|for|to|with|us|me|free|new|exclusive|limited|personal|personali[sz]ed|quick|\\d+[-\\w]*)[\\s,]+){0,3}';
// Cheap first pass: a sentence with none of the verbs anywhere has no call to action.
const ANY_VERB = new RegExp(
  `(?<![\\p{L}])(?:${INTENTS.map((k) => CTA_VERBS[k]).join('|')})(?![\\p{L}])`,
  'iu',
);
const OBJECT = new RegExp(`^[\\s,]*${FILLER}(?:${CTA_OBJECTS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const ADVERB = new RegExp(
  `^[\\s,]*(?:(?:it|them|one|yours|this|these|up|in|the app|our app|\\p{Lu}[\\p{L}\\d]+)\\s+)?(?:${CTA_ADVERBS.join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const OWN_THING = /^[\s,]*(?:yours|your|our|my|one|it|them|this|these|\d)(?![\p{L}])/iu;
const PERSON = /^[\s,]*(?:us|me)(?![\p{L}])/iu;
const SALES_PURPOSE =
  /^[^.!?]{0,50}?(?<![\p{L}])(?:for|to|about|and)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:a|an|the|your|our|free)\s+)?(?:demo|quote|pricing|prices?|rates|offer|discount|order(?! number)|buy|book|booking|purchase|claim|learn more|find out more|get started|sign up|apply|trial|consultation|audit|deals?|offers?|discounts?|codes?|free|\d+\s?%)(?![\p{L}])/iu;
const SALES_CONTACT =
  /^[\s,]*(?:with\s+)?(?:our|the|my)\s+(?:sales|experts?|specialists?|consultants?|advisors?|account)/iu;
const KEYWORD =
  /^[\s,]*(?:us|me)\s+(?:with\s+)?(?:the word\s+)?["'“‘]?\p{Lu}{2,}[\p{Lu}\p{N}]*["'”’]?(?![\p{L}])/u;
const CV = /^[\s,]*(?:me|us)\s+(?:your|ur)\s+(?:cv|resume|résumé|portfolio)/iu;
const LINK_OBJECT =
  /^[\s,]*(?:(?:here|below|above)(?![\p{L}])|(?:on |at )?(?:the |this |that |our |my )?link|(?:our|my) (?:website|site|store|shop|page|profile|channel|blog|app)|more (?:at|on|here|below|in)|[^.!?]{0,30}(?:https?:\/\/|www\.))/iu;
const CLAUSE_START =
  /(?:^(?:@[\p{L}\p{N}_]+[\s,:]+)*|[:;—–•|→»(]|\s[-–]\s|[,]\s*|\s(?:and|or|then|&)\s|\p{Extended_Pictographic}\uFE0F?)\s*/gu;
const TAIL_CHARS = 70;

/** Whether a call-to-action verb of this intent, followed by `tail`, offers something. */
function offers(intent: CtaIntent, verb: string, tail: string, sentenceHasLink: boolean): number {
  const object = OBJECT.exec(tail);
  const adverb = ADVERB.exec(tail);
  const v = verb.toLowerCase();
  switch (intent) {
    case 'buy':
      if (object ?? adverb) return (object ?? adverb)?.[0].length ?? 0;
      return OWN_THING.test(tail) || sentenceHasLink ? 0 : -1;
    case 'book': {
      if (object) return object[0].length;
      // "Try Pipely free", "Get it now": only with an offer word right after.
      if (
        adverb &&
        /(?:free|now|today|tonight)\s*$/i.test(adverb[0]) &&
        !/^[\s,]*(?:here|there)\b/i.test(tail)
      )
        return v === 'get' || v === 'take' || v === 'save' || v === 'start' || v === 'pick up'
          ? OWN_THING.test(tail) || /free/i.test(adverb[0])
            ? adverb[0].length
            : -1
          : adverb[0].length;
      return -1;
    }
    case 'signUp':
      if (object) return object[0].length;
      if (PERSON.test(tail)) return sentenceHasLink ? 0 : -1;
      if (adverb) return adverb[0].length;
      return sentenceHasLink ? 0 : -1;
    case 'download':
      if (object ?? adverb) return (object ?? adverb)?.[0].length ?? 0;
      return sentenceHasLink || /^[\s,]*(?:our|my)\b/i.test(tail) ? 0 : -1;
    case 'contact': {
      const cv = CV.exec(tail);
      if (cv) return cv[0].length;
      if (v === 'send') return -1;
      const keyword = KEYWORD.exec(tail);
      if (keyword) return keyword[0].length;
      const sales = SALES_CONTACT.exec(tail);
      if (sales) return sales[0].length;
      if (/let['’]s talk/i.test(v)) return sentenceHasLink ? 0 : -1;
      const purpose = SALES_PURPOSE.exec(tail);
      return purpose && PERSON.test(tail) ? purpose[0].length : -1;
    }
    case 'link': {
      // "Come down today": a visit to the shop, when it is now.
      if (v.startsWith('come')) {
        const when =
          /^[\s,]*(?:today|tonight|now|this (?:weekend|week|friday|saturday|sunday|evening))(?![\p{L}])/iu.exec(
            tail,
          );
        return when ? when[0].length : -1;
      }
      const link = LINK_OBJECT.exec(tail);
      if (link) return link[0].length;
      return -1;
    }
  }
}

/** The calls to action of one sentence, with offsets into it. */
export function findCallsToAction(sentence: string): CtaMatch[] {
  if (!ANY_VERB.test(sentence) || asksSomething(sentence)) return [];
  const out: CtaMatch[] = [];
  URL_PATTERN.lastIndex = 0;
  const hasLink = URL_PATTERN.test(sentence);
  URL_PATTERN.lastIndex = 0;
  let covered = -1;
  for (const m of sentence.matchAll(CLAUSE_START)) {
    const at = m.index + m[0].length;
    if (at <= covered || at >= sentence.length) continue;
    const rest = sentence.slice(at, at + TAIL_CHARS + 40);
    const verb = VERB.exec(rest);
    if (verb === null || verb.groups === undefined) continue;
    const intent = INTENTS.find((k) => verb.groups?.[k] !== undefined);
    if (intent === undefined) continue;
    const word = verb.groups[intent] as string;
    const verbStart = at + verb[0].length - word.length;
    const tail = sentence.slice(at + verb[0].length, at + verb[0].length + TAIL_CHARS);
    const reach = offers(intent, word, tail, hasLink);
    if (reach < 0) continue;
    const end = trimEnd(sentence, at + verb[0].length + reach);
    out.push({ start: verbStart, end, intent });
    covered = end;
  }
  return out;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,:;]/.test(text[e - 1])) e--;
  return e;
}

const CARE_RE = new RegExp(`(?<![\\p{L}])(?:${CARE.join('|')})(?![\\p{L}])`, 'iu');
const CARE_PURPOSE_RE = new RegExp(`(?<![\\p{L}])(?:${CARE_PURPOSE.join('|')})(?![\\p{L}])`, 'iu');
const GREETING_RE = new RegExp(PERSONAL_GREETING, 'u');

// Lead-generation mechanics ("DM me 'SCALE' and I'll send you…") are never care, whatever they promise.
const KEYWORD_MECHANIC =
  /(?<![\p{L}])(?:dm|message|inbox|pm|comment|reply|type|text)\s+(?:me\s+|us\s+)?(?:with\s+)?["'“‘]?\p{Lu}{2,}[\p{Lu}\p{N}]*["'”’]?(?![\p{L}])/iu;

/** Whether a sentence is customer care: asks for what is needed to help, or says how it will help. */
export function isCare(sentence: string): boolean {
  return perSentence(care, sentence, (s) => CARE_RE.test(s) && !hasKeywordMechanic(s));
}

/** Whether a sentence says it asks in order to help ("… so we can look into it"): care even in a post. */
export function isCarePurpose(sentence: string): boolean {
  return perSentence(carePurpose, sentence, (s) => CARE_PURPOSE_RE.test(s) && !hasKeywordMechanic(s));
}

// Asked of every sentence on every review: kept per sentence (bounded, least recently used first).
const SENTENCE_LIMIT = 2000;
const care = new Map<string, boolean>();
const carePurpose = new Map<string, boolean>();

/** Forgets the answers kept per sentence (benchmarks use it to measure cold reviews). */
export function clearIntentCaches(): void {
  care.clear();
  carePurpose.clear();
}

function perSentence(cache: Map<string, boolean>, sentence: string, test: (s: string) => boolean): boolean {
  let result = cache.get(sentence);
  if (result !== undefined) cache.delete(sentence);
  else {
    result = test(sentence);
    if (cache.size >= SENTENCE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  cache.set(sentence, result);
  return result;
}

function hasKeywordMechanic(sentence: string): boolean {
  const m = KEYWORD_MECHANIC.exec(sentence);
  // The keyword must really be in capitals (the regex is case-insensitive for the verb only).
  return m !== null && /["'“‘]?\p{Lu}{2,}[\p{Lu}\p{N}]*["'”’]?$/u.test(m[0]);
}

/** Whether a text opens by greeting one person by name ("Hi Priya, …"): a reply, wherever it is written. */
export function greetsSomeone(text: string): boolean {
  return GREETING_RE.test(text);
}
