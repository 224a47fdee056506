/** hard-sell/contact-number — "call/text this number" and premium short codes. */
import { matchAll } from '../text';
import { defineRule } from './types';

// A verb asking for contact followed closely by a long digit run, or a bare number of 9+ digits
// (phone numbers), or "text WORD to 12345" short codes.
const CALL_NUMBER =
  /(?<![\p{L}\p{N}])(?:call|ring|phone|dial|text|txt|sms|send|reply|whatsapp)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{N}])\+?\d[\d ()-]{6,}\d/giu;
const PHONE =
  /(?<![\p{L}\p{N}.,/])(?:\+\d{1,3}[ -]?)?0?\d{3,5}[ -]?\d{3,4}[ -]?\d{3,4}(?![\p{N}])|(?<![\p{N}])(?:\+|0)\d{9,}/gu;
// "Text WIN to 80086", "txt the word: CREDIT to No: 80488".
const SHORT_CODE =
  /(?<![\p{L}\p{N}])(?:text|txt|send|reply|rply|sms)\s+(?:(?:the )?word:?\s+|with\s+)?["'“]?[\p{L}\p{N}]+["'”]?\s+(?:to|on)\s+(?:no:?\s*)?\d{4,6}(?![\p{N}])/giu;
// "Reply STOP", "text YES for a callback": a keyword in capitals after a reply verb.
const KEYWORD_REPLY =
  /(?<![\p{L}\p{N}])(?:[Tt]ext|[Tt]xt|[Ss]end|[Rr]eply|[Rr]ply|TEXT|TXT|SEND|REPLY)\s+(?:with\s+)?["'“]?\p{Lu}{2,}[\p{Lu}\p{N}]*["'”]?(?![\p{L}])/gu;

export const contactNumber = defineRule({
  id: 'hard-sell/contact-number',
  category: 'hard-sell',
  title: 'Call this number',
  message: 'Asks readers to call or text a number.',
  why: 'A phone-number call to action is direct-response advertising; a social post can invite a public reply instead.',
  severity: 'strong',
  weight: 26,
  examples: {
    flagged: [
      'Call 0800 123 4567 now',
      'Text WIN to 80086',
      'To claim call 09061701461.',
      'Reply STOP to end',
      'text hot to 69698',
      'Txt word: COLLECT to No: 83355!',
    ],
    clean: [
      'I called my mum at 7 today.',
      'We were 2,126,492,636 viewers',
      'Call me later?',
      'Reply me when you can.',
      'Text me OK?',
    ],
  },
  checkSentence: (s) => {
    const seen = new Set<number>();
    // In a sentence written in capitals a capitalised keyword means nothing (asked only of a keyword
    // reply, rare: the letters of every sentence were a measurable part of a long post's review).
    let shouted: boolean | undefined;
    const isShouted = (): boolean => {
      if (shouted === undefined) {
        const letters = s.text.replace(/[^\p{L}]/gu, '');
        shouted = letters.length > 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
      }
      return shouted;
    };
    const hits: { start: number; end: number }[] = [];
    for (const re of [SHORT_CODE, KEYWORD_REPLY, CALL_NUMBER, PHONE]) {
      for (const m of matchAll(re, s.text)) {
        if (seen.has(m.end)) continue;
        // A bare number is a phone number only if it looks like one: 9–13 digits, not a grouped count.
        if (re === KEYWORD_REPLY && (/\b(?:I|OK|ME|U|BACK)\W*$/.test(m.text) || isShouted())) continue;
        if (re === PHONE) {
          const digits = m.text.replace(/\D/g, '');
          if (digits.length < 9 || digits.length > 13 || /^\d{1,3}(?:,\d{3})+$/.test(m.text)) continue;
        }
        seen.add(m.end);
        hits.push({ start: m.start, end: m.end });
      }
    }
    return hits;
  },
});
