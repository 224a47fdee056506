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
