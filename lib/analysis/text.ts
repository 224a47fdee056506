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
  // Sentences are counted on every review (stats, the share of words that sells): kept per sentence.
  const short = text.length <= MEMO_CHARS;
  if (short) {
    const known = wordCounts.get(text);
    if (known !== undefined) {
      wordCounts.delete(text);
      wordCounts.set(text, known);
      return known;
    }
  }
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  if (short) {
    if (wordCounts.size >= MEMO_LIMIT) wordCounts.delete(wordCounts.keys().next().value as string);
    wordCounts.set(text, n);
  }
  return n;
}
const MEMO_CHARS = 500;
const MEMO_LIMIT = 2000;
const wordCounts = new Map<string, number>();

/** Forgets the counts and matches kept per text (benchmarks use it to measure cold reviews). */
export function clearTextCaches(): void {
  wordCounts.clear();
  memo.clear();
  memoText = null;
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
  re.lastIndex = 0;
  if (text !== memoText) {
    memoText = text;
    memo.clear();
    memoPhrases = 0;
    memoStarts = null;
    textsScanned++;
  }
  let found = memo.get(re);
  if (found === undefined) {
    found = scan(re, text);
    memo.set(re, found);
  }
  return found.map((m) => ({ start: base + m.start, end: base + m.end, text: m.text }));
}

type Match = { start: number; end: number; text: string };

/**
 * The matches of the regexes already run on the text last scanned (the rules run two dozen on each
 * sentence in turn; the engine asks the signals of a whole post twice): a regex's matches depend
 * on nothing but the regex and the text.
 */
const memo = new Map<RegExp, Match[]>();
let memoText: string | null = null;
/** How many phrase regexes have been run on it, and where any of them can match (once asked). */
let memoPhrases = 0;
let memoStarts: number[] | null = null;

function scan(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  const phrase = phrases.get(re);
  if (phrase !== undefined) memoPhrases++;
  const shared = phraseUnion !== null || textsScanned > SHARED_AFTER_TEXTS;
  const enough = memoPhrases >= SHARED_FROM || text.length <= SHARED_ALWAYS_CHARS;
  const starts = phrase === undefined || !enough || !shared ? null : phraseStarts(text);
  if (phrase === undefined || starts === null) {
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return out;
  }
  // The same matches as the scan above: the regex tried, in order, only where one of the phrase
  // regexes can match at all (elsewhere it cannot), resuming after each match as a scan does.
  phrase.sticky ??= new RegExp(re.source, 'iuy');
  const sticky = phrase.sticky;
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    if (m[0].length === 0) {
      from = p + 1;
      continue;
    }
    out.push({ start: p, end: p + m[0].length, text: m[0] });
    from = p + m[0].length;
  }
  return out;
}

const PHRASE_LEAD = '(?<![\\p{L}\\p{N}])';
const PHRASE_TAIL = "(?![\\p{L}\\p{N}]|['’]\\p{L})";

/**
 * Every phrase regex (all 'giu', all opening with PHRASE_LEAD), with the part after the lead and
 * a sticky copy made on first use. A sentence is scanned once for where any of them can match
 * (one regex: the lead once, then every lexicon), and each lexicon is tried only there: scanning
 * every sentence once per lexicon was most of a review's regular-expression time. The shared scan
 * costs a few single ones: a sentence (SHARED_ALWAYS_CHARS or less) gets it at once, since the
 * sentence rules run two dozen lexicons on each; a longer text from its SHARED_FROM-th distinct
 * phrase regex (a whole post gets three, from the signals).
 */
const phrases = new Map<RegExp, { body: string; sticky?: RegExp }>();
const SHARED_FROM = 4;
/** A text this short (a sentence) gets the shared scan from its first phrase regex. */
const SHARED_ALWAYS_CHARS = 1000;
let phraseUnion: RegExp | null = null;
/**
 * Compiling the shared scan costs about what compiling every lexicon does (V8 compiles a regex on
 * its first use), which the first review after start-up already pays for the lexicons themselves:
 * it is built by `prepareSharedScan()` (the engine's idle warm-up) or after this many texts.
 */
const SHARED_AFTER_TEXTS = 100;
let textsScanned = 0;

/** Builds and compiles the shared phrase scan now (idle time after the first review). */
export function prepareSharedScan(): void {
  const sample = 'Sign up today and save 20% on your first order, link in bio!';
  memoText = null;
  // Twice: V8 runs a regex's first match in its interpreter and compiles it on the next.
  for (let i = 0; i < 2; i++) {
    memoStarts = null;
    phraseStarts(sample);
    for (const [re, phrase] of phrases) {
      phrase.sticky ??= new RegExp(re.source, 'iuy');
      phrase.sticky.lastIndex = 0;
      phrase.sticky.exec(sample);
    }
  }
  memoStarts = null;
}

/** Where any phrase regex can match in `text` (UTF-16 offsets, ascending), or null to scan as usual. */
function phraseStarts(text: string): number[] | null {
  if (memoStarts !== null) return memoStarts;
  if (phraseUnion === null) {
    const bodies = [...new Set([...phrases.values()].map((p) => p.body))];
    try {
      phraseUnion = new RegExp(`${PHRASE_LEAD}(?=${bodies.map((b) => `(?:${b})`).join('|')})`, 'giu');
    } catch {
      phrases.clear();
      return null;
    }
  }
  const starts: number[] = [];
  const union = phraseUnion;
  union.lastIndex = 0;
  for (let m = union.exec(text); m !== null; m = union.exec(text)) {
    const p = m.index;
    starts.push(p);
    // Zero-width: step one code point on, as a global scan does after an empty match.
    const pair = isLead(text.charCodeAt(p)) && isTrail(text.charCodeAt(p + 1));
    union.lastIndex = p + (pair ? 2 : 1);
  }
  memoStarts = starts;
  return starts;
}

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Builds a case-insensitive, word-bounded, global regex from phrase patterns (regex sources). */
export function phraseRegex(patterns: readonly string[]): RegExp {
  const body = `(?:${patterns.join('|')})${PHRASE_TAIL}`;
  const re = new RegExp(`${PHRASE_LEAD}${body}`, 'giu');
  // Back-references and named groups would mean something else inside the shared scan.
  if (!/\\[1-9]|\\k<|\(\?<(?![=!])/.test(body)) {
    phrases.set(re, { body });
    phraseUnion = null;
    memoText = null;
  }
  return re;
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
