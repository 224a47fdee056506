/**
 * Proper names of a post: brand names, product names and acronyms, which are never shouting and
 * never change case in a rewrite ("at SONIC" stays "at SONIC", "sponsored by GEICO", "EBONY Power
 * 100"). A name is learnt from the post itself and from the brand voice:
 * - the voice's `name` and its list of protected `names` (each of their words too);
 * - a word marked ®, ™ or ℠ ("SONIC® Drive-In"), with the capitalised words just before it;
 * - a word with a capital inside it ("McDonald's", "iPhone", "YouTube", "McD");
 * - a capitalised or all-caps word that the post repeats away from a sentence start ("Sonic … Sonic");
 * - an all-caps word used as a name: after "at", "by", "from", "with", "of", "to", "visit",
 *   "sponsored by"…, or standing next to capitalised words ("EBONY Power 100"), when it is not
 *   itself a shouted word ("at HUGE savings", "EVERY Tuesday", "ALL DAY TODAY").
 * Shouting stays shouting: a word of the shouting list (BUY, NOW, SALE, FREE, LAST, CHANCE…) is
 * never a name, and neither is a run of capitals that reads as a sentence.
 *
 * Pure and cheap (regular expressions over the post); the engine calls it once per post, after the
 * sentence rules, so the sentence caches do not depend on the post's names.
 */
import { SHOUT_WORDS } from './lexicon/pressure';

export interface NameVoice {
  name?: string;
  names?: readonly string[];
}

/** A word: letters, digits, inner apostrophes, hyphens, ampersands and dots ("Toys\"R\"Us" aside). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const MARK = /^\s*[®™℠]/u;
const INNER_CAPITAL = /^\p{L}+\p{Ll}\p{Lu}|^\p{Lu}\p{Ll}+\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’&.-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
const LEADING_NON_WORDS = /[\s"'“”‘’([*•–—#-]*(?:\p{Extended_Pictographic}\uFE0F?[\s"'“”‘’([*•–—#-]*)*$/u;
const NAME_LEAD =
  /(?:^|[^\p{L}])(?:at|by|from|with|of|to|visit|via|on|for|and|&|sponsored by|presented by|powered by|brought to you by|hosted by|thanks to|meet|join|in|the)\s+$/iu;
/** The voice's own name when the user has set none. */
const DEFAULT_NAME = 'Default';

interface Token {
  text: string;
  start: number;
  end: number;
  /** The token opens a sentence (first word, or after . ! ? or a line break). */
  opens: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, opens: opensAt(text, m.index) });
  }
  return out;
}

/** Whether the word at `index` opens a sentence (first word, or after . ! ? or a line break). */
function opensAt(text: string, index: number): boolean {
  // Most words follow a letter or digit and one space: the lead is that space, the rest ends in
  // the letter, so no (the general case below says the same, at the cost of two regexes a word).
  if (index >= 2 && text.charCodeAt(index - 1) === 32 && isAsciiLetterOrDigit(text.charCodeAt(index - 2)))
    return false;
  const head = text.slice(Math.max(0, index - 24), index);
  const lead = LEADING_NON_WORDS.exec(head)?.[0] ?? '';
  const rest = head.slice(0, head.length - lead.length);
  return (rest === '' && index - lead.length <= 0) || lead.includes('\n') || /[.!?:]$/u.test(rest);
}

/** Whether ®, ™ or ℠ follows `end` (MARK on the next two characters, which must hold one of them). */
function marked(text: string, end: number): boolean {
  const isMark = (c: number) => c === 0xae || c === 0x2122 || c === 0x2120;
  if (!isMark(text.charCodeAt(end)) && !isMark(text.charCodeAt(end + 1))) return false;
  return MARK.test(text.slice(end, end + 2));
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const bare = (w: string) => {
  // Only a word ending in "s" or "." has anything to strip.
  const last = w.charCodeAt(w.length - 1);
  return last === 115 || last === 46 ? w.replace(/['’]s$/u, '').replace(/\.+$/u, '') : w;
};

function isShoutWord(w: string): boolean {
  return SHOUT_WORDS.has(bare(w).toUpperCase());
}

/**
 * The proper names of a text, as they are written (case kept), possessive "'s" stripped
 * ("SONIC", "GEICO", "EBONY", "McDonald", "Drive-In"). Words only: a caller protects a word of
 * the text when the set has it (or has it without its "'s").
 */
export function properNames(text: string, voice: NameVoice = {}): Set<string> {
  const names = new Set<string>();
  const add = (w: string) => {
    const b = bare(w);
    if (b.length > 0) names.add(b);
  };
  const fromVoice = [
    ...(voice.name !== undefined && voice.name !== DEFAULT_NAME ? [voice.name] : []),
    ...(voice.names ?? []),
  ];
  for (const n of fromVoice) {
    if (typeof n !== 'string' || n.trim() === '') continue;
    for (const m of n.matchAll(WORD)) add(m[0]);
  }
  const toks = tokens(text);
  const counts = new Map<string, number>();
  for (const t of toks) {
    if (t.opens || !CAPITALISED.test(t.text)) continue;
    const b = bare(t.text);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  for (const [i, t] of toks.entries()) {
    const b = bare(t.text);
    if (!/\p{L}/u.test(b)) continue;
    // Marked with ®/™: the word and the capitalised words just before it.
    if (marked(text, t.end)) {
      add(b);
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const p = toks[j];
        if (
          !CAPITALISED.test(p.text) ||
          isShoutWord(p.text) ||
          /[.!?\n]/u.test(text.slice(p.end, toks[j + 1].start))
        )
          break;
        add(p.text);
      }
      continue;
    }
    if (INNER_CAPITAL.test(b)) {
      add(b);
      continue;
    }
    if (isShoutWord(b)) continue;
    const caps = ALL_CAPS.test(b) && /\p{Lu}/u.test(b) && b.length >= 2;
    // Repeated away from a sentence start: a name the post keeps using.
    if (!t.opens && CAPITALISED.test(b) && (counts.get(b) ?? 0) >= 2) {
      add(b);
      continue;
    }
    if (!caps) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const near = (o: Token | undefined, gap: string) =>
      o !== undefined && !/[.!?\n:]/u.test(gap) && CAPITALISED.test(o.text) && !ALL_CAPS.test(bare(o.text));
    const prevCaps =
      prev !== undefined &&
      ALL_CAPS.test(bare(prev.text)) &&
      /\p{Lu}/u.test(prev.text) &&
      !/[.!?\n]/u.test(text.slice(prev.end, t.start));
    const nextCaps =
      next !== undefined &&
      ALL_CAPS.test(bare(next.text)) &&
      /\p{Lu}/u.test(next.text) &&
      !/[.!?\n]/u.test(text.slice(t.end, next.start));
    // A run of capitals reads as a sentence shouted, unless every word of it is a name.
    if (prevCaps || nextCaps) continue;
    const lead = NAME_LEAD.test(text.slice(Math.max(0, t.start - 40), t.start));
    const titled =
      near(next, next === undefined ? '' : text.slice(t.end, next.start)) ||
      (!t.opens && near(prev, prev === undefined ? '' : text.slice(prev.end, t.start)));
    if (lead || titled) add(b);
  }
  return names;
}

/** Whether a word of the text is one of the names (its possessive "'s" and trailing dots aside). */
export function isName(word: string, names: ReadonlySet<string>): boolean {
  return names.has(bare(word));
}

/** The spans of the text that are names: what a rewrite must keep exactly as written. */
export function nameSpans(
  text: string,
  voice: NameVoice = {},
): { start: number; end: number; text: string }[] {
  const names = properNames(text, voice);
  if (names.size === 0) return [];
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(WORD)) {
    if (isName(m[0], names)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
