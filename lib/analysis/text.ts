/**
 * Cheap, allocation-light text utilities shared by the engine: sentence segmentation with
 * offsets, word and emoji counting. No NLP here; compromise is used per sentence in tokens.ts.
 */

/** A sentence of the post with its UTF-16 offsets. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// A sentence ends at ., !, ?, … (possibly repeated, possibly followed by closing quotes or
// brackets) when whitespace follows; a line break always ends one. Dots inside tokens such as
// "£1.50", "www.site.com" or "e.g." are not followed by whitespace and do not split.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|no|approx|inc|ltd|co)\.$/i;

/** Splits text into trimmed, non-empty sentences with offsets into the original string. */
export function segmentSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = from;
  SENTENCE_END.lastIndex = from;
  let match: RegExpExecArray | null = SENTENCE_END.exec(text);
  while (match !== null && match.index < to) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end);
    if (match[0][0] === '\n' || !ABBREVIATIONS.test(candidate.trimEnd())) {
      pushTrimmed(out, text, start, Math.min(end, to));
      start = end;
    }
    match = SENTENCE_END.exec(text);
  }
  if (start < to) pushTrimmed(out, text, start, to);
  return out;
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

function isSpace(code: number): boolean {
  // space, tab, newlines, NBSP, zero-width space/joiners, BOM (found in real comments)
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0xfeff
  );
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Counts words (letter/number runs). */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

const EMOJI = /\p{Extended_Pictographic}/gu;

/** Counts pictographic emoji (a ZWJ sequence may count more than once; that is fine for policy checks). */
export function countEmoji(text: string): number {
  return text.match(EMOJI)?.length ?? 0;
}

/** Finds emoji with offsets, including a following variation selector or skin tone. */
export function findEmoji(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re =
    /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*/gu;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Every match of a global regex with offsets shifted by `base`. */
export function matchAll(re: RegExp, text: string, base = 0): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Builds a case-insensitive, word-bounded, global regex from phrase patterns (regex sources). */
export function phraseRegex(patterns: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}]|['’]\\p{L})`, 'giu');
}

/** Upper-cases the first letter of a string. */
export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

/** Lower-cases a shouted phrase, keeping the first letter's case (for "BUY NOW" → "Buy now"). */
export function unshout(s: string): string {
  const lower = s.toLowerCase();
  return s[0] === s[0]?.toUpperCase() ? capitalize(lower) : lower;
}

/** URLs and bare domains ("www.site.com", "site.co.uk/x"). */
export const URL_PATTERN =
  /(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}@.])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|co|tv|io|ly|me|info|biz|uk|us|gl|gd|be|to)(?:\/[^\s<>"]*)?(?![\p{L}\p{N}])/giu;

/** Whether a sentence asks something: a "?" outside links ("site.com/?r=1" asks nothing). */
export function asksSomething(sentence: string): boolean {
  if (!sentence.includes('?')) return false;
  URL_PATTERN.lastIndex = 0;
  return sentence.replace(URL_PATTERN, '').includes('?');
}
