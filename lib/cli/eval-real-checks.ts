/**
 * Mechanical checks of a conversational version against the real post it rewrites, for
 * `npm run eval:real`. Written apart from the engine's own guard (lib/analysis/rewrite/guard.ts)
 * on purpose: an evaluation must not reuse the code it evaluates. Only compromise (the parser) and,
 * in the CLI, harper.js are shared tools; nothing here imports lib/analysis.
 */
import nlp from 'compromise';

export const REAL_DEFECT_KINDS = [
  'protected-case',
  'added-thanks',
  'added-statement',
  'off-topic-question',
  'content-dropped',
  'sentence-dropped',
  'action-dropped',
  'continuation-capital',
  'broken-grammar',
  'harper',
] as const;

export type RealDefectKind = (typeof REAL_DEFECT_KINDS)[number];

export interface RealDefect {
  kind: RealDefectKind;
  detail: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’®™-]*/gu;
const URL =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:to|be|is|md|gl)\/\S*|\b[\w-]+\.(?:com|org|net|ly|co|us|me)\b(?:\/\S*)?/giu;

/** The text with URLs, @mentions and #hashtags blanked (same length), so words are prose words. */
function prose(text: string): string {
  return text
    .replace(URL, (m) => ' '.repeat(m.length))
    .replace(/[@#][\p{L}\p{N}_]+/gu, (m) => ' '.repeat(m.length));
}

interface Token {
  text: string;
  start: number;
  /** First word of a sentence or of a line. */
  initial: boolean;
}

function tokens(text: string): Token[] {
  const p = prose(text);
  const out: Token[] = [];
  for (const m of p.matchAll(WORD)) {
    // A look back over a few characters (not the whole text: long posts have many words).
    const window = p.slice(Math.max(0, m.index - 40), m.index);
    const before = window.replace(/[\s"“'‘([*•-]+$/u, '');
    const initial = before === '' || /[.!?…:\n]$/u.test(before) || /\n\s*$/.test(window);
    out.push({ text: m[0].replace(/['’-]+$/u, ''), start: m.index, initial });
  }
  return out;
}

const letters = (w: string) => w.replace(/[^\p{L}]/gu, '');

/**
 * Words whose case is the writer's: ALL CAPS (two letters or more), CamelCase, followed by ® or ™,
 * or capitalised where a sentence does not start. Keyed by lower case, with every form the original uses.
 */
export function protectedWords(text: string): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const t of tokens(text)) {
    forms.set(t.text.toLowerCase(), (forms.get(t.text.toLowerCase()) ?? new Set()).add(t.text));
  }
  const out = new Map<string, Set<string>>();
  for (const t of tokens(text)) {
    const l = letters(t.text);
    if (l.length === 0) continue;
    const caps = l.length >= 2 && l === l.toUpperCase() && l !== l.toLowerCase();
    const camel = /\p{Ll}\p{Lu}/u.test(t.text);
    const mark = /[®™]/.test(t.text) || /^[®™]/.test(text.slice(t.start + t.text.length));
    const capital = !t.initial && /^\p{Lu}/u.test(l) && l.length >= 2;
    if (caps || camel || mark || capital) {
      const key = t.text.toLowerCase();
      out.set(key, forms.get(key) ?? new Set([t.text]));
    }
  }
  return out;
}

/** Words in a run of three or more words in capitals: a shouted line ("RED’S ANGER MANAGEMENT STEPS"), not names. */
function allCapsRuns(text: string): Set<string> {
  const out = new Set<string>();
  const ts = tokens(text);
  const caps = (w: string) => /\p{L}/u.test(w) && letters(w) === letters(w).toUpperCase();
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) for (const w of run) out.add(w);
    run = [];
  };
  for (let i = 0; i < ts.length; i++) {
    const joined = i > 0 && !/[.!?\n]/.test(text.slice(ts[i - 1].start, ts[i].start));
    if (!caps(ts[i].text) || !joined) flush();
    if (caps(ts[i].text)) run.push(ts[i].text);
  }
  flush();
  return out;
}

/** Sales words people shout ("FREE", "NOW"): lowering these is still a case change, counted apart from names. */
const SHOUTED = new Set(
  "free now new hurry sale off today only limited last chance buy get order deal deals save big huge best win hot don’t don't miss ends tonight shop here all every live like share love yes no not never really so very more must need day week weekend night one two three ever tomorrow starts back soon open yum wow omg".split(
    ' ',
  ),
);

/**
 * Whether a word in capitals is a name rather than a shouted word: CamelCase or ®/™, part of the
 * page's name (SONIC of SonicDriveIn), or a noun on its own (GEICO, RMHC, OREO), never a sales word.
 */
function isName(word: string, forms: string[], page: string): boolean {
  if (forms.some((f) => /\p{Ll}\p{Lu}/u.test(f) || /[®™]/.test(f))) return true;
  if (
    word.length >= 3 &&
    page
      .toLowerCase()
      .replace(/[^\p{L}]/gu, '')
      .includes(word)
  )
    return true;
  if (SHOUTED.has(word)) return false;
  const tags = ((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []) as string[];
  return tags.includes('Noun') && !tags.includes('Pronoun') && !tags.includes('Date');
}

/** Words whose case the version altered (a protected word may go whole, never change its case). */
export function caseChanges(
  original: string,
  version: string,
  page = '',
): { word: string; was: string; name: boolean }[] {
  const prot = protectedWords(original);
  const out: { word: string; was: string; name: boolean }[] = [];
  const seen = new Set<string>();
  // Words of sentences the version added are the version's own ("you", "day"), except a template's
  // slot, which quotes the post ("What’s your biggest sonic challenge…").
  const addedSet = new Set(addedSentences(original, version));
  const own: [number, number][] = [];
  for (const s of sentences(version)) {
    if (!addedSet.has(s.text)) continue;
    const slot = questionShape(s.text).slot;
    const at = slot === null ? -1 : s.text.indexOf(slot);
    if (slot === null || at < 0) own.push([s.start, s.start + s.text.length]);
    else {
      own.push([s.start, s.start + at]);
      own.push([s.start + at + slot.length, s.start + s.text.length]);
    }
  }
  const shoutedRun = allCapsRuns(original);
  for (const t of tokens(version)) {
    if (own.some(([a, b]) => t.start >= a && t.start < b)) continue;
    const key = t.text.toLowerCase();
    const forms = prot.get(key);
    if (forms === undefined || forms.has(t.text)) continue;
    // Apostrophe and ® variants of the same form are the same word.
    if ([...forms].some((f) => letters(f) === letters(t.text))) continue;
    if (seen.has(t.text)) continue;
    seen.add(t.text);
    const name = isName(letters(key), [...forms], page) && ![...forms].every((f) => shoutedRun.has(f));
    out.push({ word: t.text, was: [...forms].join('/'), name });
  }
  return out;
}

/** Sentences and lines, trimmed, with their offsets. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n.!?…]*(?:[.!?…]+["”’)]*|\n|$)/gu;
  // A URL's dots do not end a sentence: split the text with URLs blanked, slice the real text.
  const p = text.replace(URL, (m) => `${'u'.repeat(m.length - 1)}\n`);
  for (const m of p.matchAll(re)) {
    if (m[0] === '') continue;
    const raw = text.slice(m.index, m.index + m[0].length);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const s = trimmed.replace(/^[.!?…]+\s*/u, '');
    const start = m.index + lead + trimmed.length - s.length;
    if (!/[\p{L}\p{N}]/u.test(s)) continue;
    // "Wait a minute…go find your own floe!": an ellipsis before lower case goes on with the sentence.
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      /^\p{Ll}/u.test(s) &&
      /(?:\.\.\.|…)$/u.test(prev.text) &&
      !/\n/.test(text.slice(prev.start, start))
    ) {
      prev.text = text.slice(prev.start, start + s.length);
      continue;
    }
    out.push({ text: s, start });
  }
  return out;
}

const lowerWords = (text: string) =>
  (prose(text).toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’-]+$/u, ''));

/** Words and the parts of hyphenated words, lower case: what a version still says. */
const wordsAndParts = (text: string) =>
  new Set([
    ...lowerWords(text),
    ...(prose(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{N}'’®™]*/gu) ?? []),
  ]);

/** Hype, urgency and selling words: dropping these is what a rewrite is for, so they are not content. */
const PRESSURE = new Set(
  `amazing incredible awesome best ever hurry now today tonight only limited time don't don’t miss exclusive huge massive
  ultimate powerful revolutionary game-changing world-class best-in-class award-winning leading innovative cutting-edge
  free off sale buy shop grab act fast last chance deal deals save click link bio order ends ending soon guaranteed
  unbeatable insane epic perfect must-have must unmissable stock sell selling while supplies last just get go
  check out here big biggest greatest favorite favourite new`.split(/\s+/),
);

const STOP = new Set(
  `a an the and or but so of to in on at for with by from as is are was were be been being it its it's this that these those
  i me my we our ours us you your yours he she they them their his her him what which who whom when where why how all any
  each every some no not can will would could should may might do does did have has had just than then there here up out
  about into over also more most very too if let's lets get got go going one you're you’re we're we’re it's it’s i'm i’m
  that's that’s here's here’s there's there’s what's what’s`.split(/\s+/),
);

/** Content words: nouns, verbs, adjectives and numbers of the prose, lower case, without pressure words. */
const contentCache = new Map<string, string[]>();

export function contentWords(text: string): string[] {
  const hit = contentCache.get(text);
  if (hit !== undefined) return hit;
  const out = contentWordsOf(text);
  if (contentCache.size > 20000) contentCache.clear();
  contentCache.set(text, out);
  return out;
}

function contentWordsOf(text: string): string[] {
  // Hyphenated hype ("best-in-class") goes whole; other compounds count by their parts.
  const plain = prose(text).replace(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu, (w) =>
    PRESSURE.has(w.toLowerCase()) ? ' '.repeat(w.length) : w,
  );
  const doc = nlp(plain);
  const terms = doc
    .match('(#Noun|#Verb|#Adjective|#Value)')
    .not('(#Pronoun|#Auxiliary|#Copula|#Modal)')
    .out('array') as string[];
  const out: string[] = [];
  for (const phrase of terms)
    for (const w of phrase.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’®™]*/gu) ?? []) {
      const x = w.replace(/['’]+$/u, '');
      if (!STOP.has(x) && !PRESSURE.has(x)) out.push(x);
    }
  return out;
}

/** Share of the original's content words (types) that the version still has. */
/** A post's content words, sentence by sentence (each sentence parsed once, whatever the version). */
function postContentWords(text: string): string[] {
  return sentences(text).flatMap((s) => contentWords(s.text));
}

export function keptShare(original: string, version: string): number {
  const want = new Set(postContentWords(original));
  if (want.size === 0) return 1;
  const have = wordsAndParts(version);
  let kept = 0;
  for (const w of want) if (have.has(w)) kept++;
  return kept / want.size;
}

const isQuestion = (s: string) => /\?["”’)\s\p{Extended_Pictographic}]*$/u.test(s);

/** The version's sentences the original did not have (most of their words are new). */
export function addedSentences(original: string, version: string): string[] {
  const had = new Set(lowerWords(original));
  const seen = new Set(sentences(original).map((s) => s.text));
  const links = [
    ...actionTokens(original).filter((t) => /[./]/.test(t) && /\p{L}/u.test(t)),
    ...(original.match(/[#@][\p{L}\p{N}_]+/gu) ?? []),
  ];
  return sentences(version)
    .map((s) => s.text)
    .filter((s) => {
      if (seen.has(s)) return false;
      // A sentence carrying the original's link is the old one reworded ("If you’d like a closer look: URL").
      if (links.some((l) => s.includes(l))) return false;
      const words = lowerWords(s).filter((w) => !STOP.has(w));
      if (words.length === 0) return !seen.has(s) && lowerWords(s).some((w) => !had.has(w));
      // A question built on the post’s words is still new ("What’s your biggest still room challenge…").
      return words.filter((w) => had.has(w)).length / words.length < (isQuestion(s) ? 0.7 : 0.4);
    });
}

/** A closing question as a template: the post's words in a slot shown as X ("What’s your biggest X challenge these days?"). */
export const TEMPLATES: { shape: string; re: RegExp; product?: boolean }[] = [
  {
    shape: 'What’s your biggest X challenge these days?',
    re: /^What['’]s your biggest (.+) challenge these days\?$/,
  },
  {
    shape: 'What’s your biggest X question these days?',
    re: /^What['’]s your biggest (.+) question these days\?$/,
  },
  {
    shape: 'What’s one X lesson you learned the hard way?',
    re: /^What['’]s one (.+) lesson you learned the hard way\?$/,
  },
  { shape: 'What has your X experience been like?', re: /^What has your (.+) experience been like\?$/ },
  { shape: 'What’s your X approach these days?', re: /^What['’]s your (.+) approach these days\?$/ },
  {
    shape: 'What’s your top X question before choosing?',
    re: /^What['’]s your top (.+) question before choosing\?$/,
  },
  { shape: 'What would you use X for first?', re: /^What would you use (.+) for first\?$/, product: true },
  {
    shape: 'What would you want to know about X before trying it?',
    re: /^What would you want to know about (.+) before trying it\?$/,
    product: true,
  },
  {
    shape: 'If you’re coming, what’s one question you’d like X to answer?',
    re: /^If you['’]re coming, what['’]s one question you['’]d like (.+) to answer\?$/,
    product: true,
  },
];

/** The shape of an added question: a template with its slot as X, or the question itself. */
export function questionShape(q: string): { shape: string; slot: string | null; product: boolean } {
  for (const t of TEMPLATES) {
    const m = t.re.exec(q);
    if (m !== null) return { shape: t.shape, slot: m[1], product: t.product === true };
  }
  return { shape: q.replace(/'/g, '’'), slot: null, product: false };
}

/** Words that never make a topic ("still room", "idea ingenuity"). */
const NOT_TOPIC = new Set(
  'still just really very ingenuity idea ideas thing things stuff way ways time times day days lot lots today now more most other same such own new great good best'.split(
    ' ',
  ),
);

let parsedPost: { text: string; doc: ReturnType<typeof nlp> } | undefined;

/** Why a template's slot is not a real topic of the post, or null when it is one. */
export function slotProblem(original: string, slot: string, product = false): string | null {
  const words = slot.toLowerCase().match(WORD) ?? [];
  const had = new Set(lowerWords(original));
  const missing = words.filter((w) => !had.has(w));
  if (missing.length > 0) return `"${slot}": ${missing.join(', ')} not in the post`;
  const bad = words.filter((w) => NOT_TOPIC.has(w));
  if (bad.length > 0) return `"${slot}": ${bad.join(', ')} is no topic`;
  // The slot must be a noun phrase where the post says it: adjectives or nouns ending in a noun.
  if (parsedPost?.text !== original) parsedPost = { text: original, doc: nlp(prose(original)) };
  const doc = parsedPost.doc;
  const hit = doc.match(slot.replace(/[^\p{L}\p{N}\s'’-]/gu, ''));
  if (!hit.found) return words.length > 1 ? `"${slot}": the words are not together in the post` : null;
  const json = hit.eq(0).json() as { terms: { text: string; post: string; tags: string[] }[] }[];
  const terms = json[0]?.terms ?? [];
  const tags = terms.map((t) => t.tags);
  const last = tags[tags.length - 1] ?? [];
  if (!last.includes('Noun') || last.includes('Pronoun'))
    return `"${slot}": not a noun where the post says it`;
  if (
    tags.some((t) =>
      ['Verb', 'Adverb', 'Preposition', 'Determiner', 'Conjunction'].some((x) => t.includes(x)),
    )
  )
    return `"${slot}": not a noun phrase where the post says it`;
  if (/['’]s$/.test(slot) || last.includes('Possessive')) return `"${slot}": a possessive, not a topic`;
  // A name cut short: "Carhop" of "Carhop Classic".
  const at = prose(original).search(
    new RegExp(`(?<![\\p{L}])${slot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'),
  );
  if (at >= 0 && /^[ ]+\p{Lu}/u.test(prose(original).slice(at + slot.length)) && /^\p{Lu}/u.test(slot))
    return `"${slot}": part of a longer name`;
  if (words.length === 1) {
    if (last.includes('Plural')) return `"${slot}": a plural in the slot`;
    if (!product && (last.includes('ProperNoun') || last.includes('Uncountable')))
      return `"${slot}": a single ${last.includes('ProperNoun') ? 'name' : 'mass noun'}, not a topic`;
    if (!product && !last.includes('Singular')) return `"${slot}": not a noun where the post says it`;
  }
  return null;
}

/** How the reader acts: links, codes, prices, dates, phone numbers and the verbs of an instruction. */
export function actionTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL)) out.push(m[0].replace(/[.,!?)]+$/, ''));
  const p = prose(text);
  for (const m of p.matchAll(/\b(?:code|promo|coupon)\s*:?\s*["“]?([A-Z0-9]{3,})\b/g)) out.push(m[1]);
  for (const m of p.matchAll(
    /[$£€]\s?\d+(?:[.,]\d+)?|\b\d+(?:\.\d+)?\s?(?:¢|cents?\b|%)|\b\d+\s?(?:for|4)\s?[$£€]\s?\d+/giu,
  ))
    out.push(m[0]);
  for (const m of p.matchAll(
    /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  ))
    out.push(m[0]);
  for (const m of p.matchAll(
    /\b(?:1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}\b|\b1-8\d\d-[A-Z0-9-]{7,}\b/g,
  ))
    out.push(m[0]);
  for (const m of p
    .toLowerCase()
    .matchAll(/\b(apply|order|call|visit|download|register|sign up|text|enter|vote|rsvp)\b/g))
    out.push(m[1]);
  return [...new Set(out)];
}

/** The ways to act the original had and the version lost. */
export function droppedActions(original: string, version: string): string[] {
  const v = version.toLowerCase();
  return actionTokens(original).filter((t) => {
    if (/^[a-z ]+$/.test(t)) return !new RegExp(`\\b${t}`).test(prose(version).toLowerCase());
    return !v.includes(t.toLowerCase());
  });
}

/** A line that continues a sentence, capitalised by the version where the original had lower case. */
export function continuationCapitals(original: string, version: string): string[] {
  const out: string[] = [];
  for (const m of version.matchAll(/([\p{L}\p{N},;'’-]+)[ \t]*\n[ \t\n]*(\p{Lu})([\p{L}'’-]*)/gu)) {
    const [, prev, cap, rest] = m;
    if (/[.!?:]$/.test(prev)) continue;
    const lowered = `${cap.toLowerCase()}${rest}`;
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`${esc(prev)}[ \\t]*\\n[ \\t\\n]*${esc(lowered)}(?![\\p{L}])`, 'u').test(original))
      out.push(`${prev}\\n${cap}${rest}`);
  }
  return out;
}

const SUPERLATIVE = /\b(?:most|least|best|worst|first|only|\p{L}{3,}est)\b/iu;
const COMPARATIVE = /\b(?:more|less|fewer|better|worse|rather|other|\p{L}{3,}er)\b/iu;

/** Grammar broken where words were taken out: a dangling "ever"/"than", a determiner left alone, ", noun". */
export function brokenGrammar(original: string, version: string): string[] {
  const out: string[] = [];
  const orig = prose(original);
  const ver = prose(version);
  const fresh = (s: string) => !orig.toLowerCase().includes(s.toLowerCase());
  // "the most powerful analytics suite ever built" → "an analytics suite ever built"
  for (const m of ver.matchAll(/\b((?:a|an|the)\s+(?:[\p{L}-]+\s+){1,4}?)(ever|than)\b/giu)) {
    const before = m[1];
    const need = m[2].toLowerCase() === 'ever' ? SUPERLATIVE : COMPARATIVE;
    if (!need.test(before.replace(/^(?:a|an|the)\s+/i, '')) && fresh(m[0])) out.push(m[0]);
  }
  // Determiners doubled or left before punctuation.
  for (const m of ver.matchAll(
    /\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ur|[Yy]our|[Mm]y)\s+(?:a|an|the|our|your|my)\b|\b(?:[Aa]|[Aa]n|[Tt]he)\s*[,;:!?)](?![\p{L}\p{N}])|\b(?:[Aa]n|[Tt]he)\s*\.(?!\p{L})/gu,
  ))
    if (fresh(m[0])) out.push(m[0]);
  // A word doubled where one between went: "the the", "to to".
  for (const m of ver.matchAll(/\b(\p{L}+)\s+\1\b/giu)) if (fresh(m[0]) && m[1].length > 1) out.push(m[0]);
  // "a" before a vowel, "an" before a consonant, made by a removal.
  for (const m of ver.matchAll(/\b(a)\s+([aeio]\p{Ll}+)|\b(an)\s+([bcdfgjklmnpqrstvwxz]\p{Ll}+)/gu))
    if (fresh(m[0])) out.push(m[0]);
  // "Our award-winning, platform": a comma left between the adjective and its noun.
  for (const m of ver.matchAll(/([\p{L}-]+),\s+([\p{Ll}][\p{L}-]*)(?=\s*(?:[.!?,;:]|\s|$))/gu)) {
    // Only where a removal made it: the original had the adjective, its comma, other words, then the noun.
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const removed = new RegExp(`${esc(m[1])},\\s+(?:[\\p{L}-]+,?\\s+){1,3}${esc(m[2])}(?![\\p{L}])`, 'u');
    if (!fresh(m[0]) || !removed.test(orig)) continue;
    const adj = nlp(m[1]).has('#Adjective') || /-(?:winning|class|leading|rated|in-class|edge)$/.test(m[1]);
    // The word after the comma must be a noun where the version says it ("watch it" is a verb).
    const clause = ver.slice(m.index, m.index + m[0].length + 40).split(/[.!?\n]/)[0];
    const after = nlp(clause.replace(/^[^,]*,\s*/, ''))
      .terms()
      .json() as { terms: { tags: string[] }[] }[];
    const tags = after[0]?.terms[0]?.tags ?? [];
    const noun =
      tags.includes('Noun') &&
      !tags.includes('Verb') &&
      !tags.includes('Pronoun') &&
      !/^(?:and|or|but|so|then)$/.test(m[2]);
    if (adj && noun && !nlp(m[2]).has('#Adjective')) out.push(m[0]);
  }
  return [...new Set(out)];
}

export interface VersionCheck {
  defects: RealDefect[];
  /** Added questions by shape (for counting templates). */
  questions: { shape: string; slot: string | null; text: string }[];
  kept: number;
}

/** Every mechanical defect of one version of a post (harper lints are added by the CLI); `page`, the page’s name, tells its brand name apart. */
export function checkVersion(original: string, version: string, page = ''): VersionCheck {
  const defects: RealDefect[] = [];
  for (const c of caseChanges(original, version, page))
    defects.push({
      kind: 'protected-case',
      detail: `${c.was} → ${c.word}${c.name ? '' : ' (shouted word)'}`,
    });
  const added = addedSentences(original, version);
  const questions: VersionCheck['questions'] = [];
  const thanked = /\bthank/i.test(original);
  for (const s of added) {
    if (isQuestion(s)) {
      const q = s.replace(/^.*?(?<=[.!?]\s)(?=\p{Lu})/u, '');
      const shape = questionShape(q);
      questions.push({ ...shape, text: q });
      if (shape.slot !== null) {
        const problem = slotProblem(original, shape.slot, shape.product);
        if (problem !== null) defects.push({ kind: 'off-topic-question', detail: `${q} — ${problem}` });
      }
    } else if (/\bthank/i.test(s) && !thanked) defects.push({ kind: 'added-thanks', detail: s });
    else defects.push({ kind: 'added-statement', detail: s });
  }
  const kept = keptShare(original, version);
  if (kept < 0.7)
    defects.push({
      kind: 'content-dropped',
      detail: `keeps ${(kept * 100).toFixed(0)}% of the content words`,
    });
  const have = wordsAndParts(version);
  for (const s of sentences(original)) {
    const words = [...new Set(contentWords(s.text))];
    if (words.length < 2) continue;
    // A sentence whose link the version keeps was softened, not dropped ("Tap to learn more: URL").
    const own = actionTokens(s.text).filter((t) => /[./]/.test(t) && /\p{L}/u.test(t));
    if (own.length > 0 && own.every((l) => version.includes(l))) continue;
    const left = words.filter((w) => have.has(w)).length;
    if (left / words.length < 0.5) defects.push({ kind: 'sentence-dropped', detail: s.text });
  }
  for (const a of droppedActions(original, version)) defects.push({ kind: 'action-dropped', detail: a });
  for (const c of continuationCapitals(original, version))
    defects.push({ kind: 'continuation-capital', detail: c });
  for (const g of brokenGrammar(original, version)) defects.push({ kind: 'broken-grammar', detail: g });
  return { defects, questions, kept };
}
