/**
 * The conversational version of a whole post: one rewrite that combines the compatible fixes
 * instead of offering them one by one. It drops the pressure (urgency and scarcity phrases,
 * shouting, stacked "!!!", hype adjectives), turns the announcement opener into a person speaking,
 * softens a call to action into an offer the reader can take or leave (or drops it), drops
 * engagement bait and contact-number commands whole, and closes with a question that suits the
 * kind of post. Facts stay verbatim: a sentence is edited only outside its protected tokens, or
 * dropped whole (and the tokens it held are listed as removed).
 *
 * Candidates of increasing boldness are built and re-reviewed; the gentlest one that reads as
 * conversational while keeping most of the post wins.
 */
import { ACRONYMS } from '../lexicon/pressure';
import type { PostSentence } from '../rules/types';
import { removalEdit } from '../suggest';
import { findEmoji } from '../text';
import { opensWithImperative, parseSentenceCached } from '../tokens';
import type { BrandVoice, Finding, Platform, PostType } from '../types';
import { ACT_WORDS, contentRetention, contentWords } from './content';
import {
  closingQuestions,
  detectPostType,
  EXTRA_PRESSURE,
  HYPE_ADJECTIVES,
  hookQuestion,
  LINK_LEAD,
  SOFT_LEAD,
} from './moves';
import { protectedNames, protectedSpans, shoutable } from './protect';

/** How bold a candidate is: soften calls to action, drop them but keep links, or drop offers too. */
export type Boldness = 'soften' | 'drop-cta' | 'drop-links' | 'drop-offers';
// A version keeps the reader's way to act (link, code, price): the bolder drafts that dropped links
// or offers are no longer tried.
export const BOLDNESS: readonly Boldness[] = ['soften', 'drop-cta'];

export interface RewriteInput {
  text: string;
  findings: readonly Finding[];
  sentences: readonly PostSentence[];
  platform: Platform;
  voice: BrandVoice;
  topic: string | null;
}

export interface RewriteDraft {
  boldness: Boldness;
  postType: PostType;
  /** One text per closing question (the first is the main version). */
  versions: { question: string | null; text: string }[];
  removes: string[];
}

const DROP_RULES = /^(?:engagement-bait\/|hard-sell\/(?:contact-number|small-print|dm-pricing)$)/;
const COMMAND_RULES = /^hard-sell\/(?:cta|self-promo|lead-magnet|prize)$/;
const PRESSURE_RULES = /^(?:urgency\/deadline|hard-sell\/scarcity)$/;
const OFFER_RULES = /^hard-sell\/price$/;
// "Comment 'FRAMEWORK' and I'll send it", "DM me 'READY'": a keyword traded for a private message.
const LEAD_ASK =
  /\b(?:comment|type|reply|dm me|message me|dm us|message us)\s+['"“‘]\p{Lu}{2,}[\p{Lu}\p{N}]*['"”’]/iu;
const PRESSURE_WORDS = /(?<![\p{L}])(?:right now|now|today|tonight|immediately|asap)(?![\p{L}])/giu;
const SHOUTED = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{Lu}'’]+(?![\p{L}\p{N}])/gu;
const HYPE_RUN = new RegExp(
  `(?<![\\p{L}])(?:(the|a|an)\\s+)?((?:${HYPE_ADJECTIVES})(?:,?\\s+(?:and\\s+)?(?:${HYPE_ADJECTIVES}))*)[,]?\\s+(?=[\\p{L}\\p{N}])`,
  'giu',
);
const HYPE_TAIL =
  /\s+(?:on the (?:planet|market)|in the (?:world|industry|business|market|universe)|out there)(?=[.!?,]|\s*$)/giu;
const OPENER =
  /^((?:\P{L})*?)(?:(we|i)(?:\s+are|\s+am|'re|’re|'m|’m)\s+)?(?:so\s+|very\s+|super\s+|really\s+|beyond\s+)?(?:excited|thrilled|proud|happy|delighted|pleased|honou?red|stoked)\s+to\s+(?:announce|share|introduce|launch|unveil|reveal|present)(?:\s+(?:that\s+)?|\s*[!.:…]+\s*$)/iu;
const INTRODUCING = /^((?:\P{L})*?)(?:introducing|announcing)\s+/iu;
const BIG_NEWS = /^((?:\P{L})*?)(?:big|huge|exciting)\s+(?:news|announcement)\s*[:!,—–-]*\s*/iu;
const LAUNCH_OF = /^(?:the\s+)?(?:launch|release|debut)\s+of\s+/i;
const HASHTAGS_ONLY = /^(?:#[\p{L}\p{N}_]+\s*)+$/u;
const TRAILING_HASHTAGS = /(?:\s+#[\p{L}\p{N}_]+)+\s*$/u;
const VOWEL_SOUND = /^(?:[aeio]|u(?![nrs][aeiou])|hour|honest|heir)/i;

const CTA_CLOCK = /\s+(?:today|right now|now)(?=\s+(?:and|to|for|with)\s|\s*[,:]|\s+#|\s*[.!]*\s*$)/giu;

// A countdown is a date: "2 days left", "1 day to go", "final day", "last day".
const COUNTDOWN =
  /^(?:(?:only|just)\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more\s+)?(?:days?|hours?|weeks?|nights?)\s+(?:left|to go)|(?:final|last)\s+(?:day|days|week|weekend))$/i;

// "this week only" → "this week": the date is a fact, "only" is the pressure.
const KEPT_DATE =
  /^((?:today|tonight|tomorrow|this (?:week(?:end)?|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?: and (?:today|tonight|tomorrow))?)\s+only$/i;
// "Don't miss our free webinar on…", "Join our workshop…": the brand hosting it, speaking as itself.
const EVENT_OPENER =
  /^(\P{L}*)(?:(?:join|register for|sign up for|come to)(?: us (?:for|at))?\s+)?(?:our|my|the)\s+((?:(?:free|next|first|annual|monthly|weekly|live|online|new|big|summer|spring|autumn|winter)\s+)*)(webinar|workshop|masterclass|meetup|meet-up|livestream|live stream|AMA|panel|talk|conference|summit)(?![\p{L}])/iu;
// "Message us now to order your pack": an invitation to get in touch, not an order.
const CONTACT_ORDER =
  /^(\P{L}*)(message|dm|text|call|email|e-mail|whatsapp|ring|contact) (us|me)(?:\s+(?:now|today|right now|asap))?\s+to (order|buy|get|grab|reserve|book|claim)(?:\s+(?:your|yours|one|a|an|some)(?:\s+[\p{L}-]+)?)?\s*[.!]*\s*$/iu;
// "Sign up today and get your first 3 months free: https://…": a command wrapped around a fact.
const FREE_PERIOD =
  /^(\P{L}*)(?:sign up|join|subscribe|register|start (?:now|today|here|your free trial))(?:\s+(?:today|now|here))?\s+and (?:get|enjoy) (?:your )?((?:first\s+)?(?:\d+|one|two|three|six|twelve|a)\s+(?:days?|weeks?|months?|years?))\s+free\s*[:.!]*\s*((?:https?:\/\/|www\.)\S+?)?[.!]*$/iu;
// "Visit our store on Mill Road this weekend" → "You’ll find us on Mill Road this weekend."
const VISIT_US =
  /^(\P{L}*)(?:come (?:and )?)?(?:visit|see|find) (?:us|our (?:store|shop|showroom|stand|booth|stall|studio|café|cafe|bakery|gallery))\s+((?:on|at|in)\s.+?)[.!]*$/iu;

const DEADLINE_PREDICATE =
  /\b(?:expires?|ends|closes)\s+(?:at\s+|on\s+)?((?:midnight|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}\s+\p{L}+)(?:\s+at\s+(?:midnight|\d{1,2}(?::\d\d)?\s?(?:am|pm)))?)/iu;

function hasVerb(sentence: string): boolean {
  return parseSentenceCached(sentence).terms.some(
    (t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle'),
  );
}

/** Picks the post's product or brand name: a capitalised word that is not the first of its sentence. */
export function productName(sentences: readonly PostSentence[]): string | null {
  for (const s of sentences) {
    const terms = s.parsed().terms;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      const word = t.text.replace(/[^\p{L}\p{N}'’-]+$/u, '');
      if (!/^\p{Lu}/u.test(word) || /^[@#]/.test(t.text)) continue;
      const camel = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(word);
      const notFirst = i > 0 && !/[.!?:]$/.test(terms[i - 1].text) && !/^\P{L}+$/u.test(terms[i - 1].text);
      if (!camel && (!notFirst || word === word.toUpperCase() || word.length < 3)) continue;
      if (t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Pronoun'))
        continue;
      if (/^(?:I|I'm|I’m|Our|We|The|A|An|My|This|Its|It's|It’s)$/.test(word)) continue;
      // "Nimbus 2": a model number belongs to the name.
      const next = terms[i + 1];
      const withNumber = next !== undefined && /^\d+(?:\.\d+)*$/.test(next.text) && !/[,.!?:]$/.test(t.text);
      return withNumber ? `${word} ${next.text}` : word;
    }
  }
  return null;
}

/** Turns the shouted words of a sentence into sentence case, keeping acronyms, codes and quoted keywords. */
function unshoutSentence(sentence: string, keep: ReadonlySet<string>): string {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const shouted = letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
  const kept = (word: string) => {
    const bare = word.replace(/['’]S$/, '');
    return ACRONYMS.has(bare) || keep.has(bare) || keep.has(word) || !shoutable(bare);
  };
  // A run of shouted words ("BEST CREW & MANAGERS") is put in sentence case whole or not at all.
  const frozen: [number, number][] = [];
  for (const run of sentence.matchAll(/\p{Lu}[\p{Lu}'’]+(?:[\s&-]+\p{Lu}[\p{Lu}'’]*)*/gu)) {
    const words = run[0].match(/\p{Lu}[\p{Lu}'’]+/gu) ?? [];
    if (words.some((w) => w.length >= 2 && kept(w))) frozen.push([run.index, run.index + run[0].length]);
  }
  return sentence.replace(SHOUTED, (word, offset: number) => {
    if (word.length < 2 || kept(word)) return word;
    // Only a sentence that is shouted as a whole goes to sentence case: one word in capitals is the
    // writer's emphasis, or a name, and stays as written.
    if (!shouted) return word;
    if (frozen.some(([a, b]) => offset >= a && offset < b)) return word;
    if (/['"“‘]$/.test(sentence.slice(0, offset))) return word;
    if (
      !shouted &&
      word.length <= 3 &&
      !/^(?:WIN|OFF|NEW|ALL|HOT|BUY|GET|NOW|BIG|YES|AND|THE|FOR|OUR|YOU|TO|SO|DAY)$/.test(word)
    )
      return word;
    const lower = word.toLowerCase();
    const atStart = /^(?:\P{L})*$/u.test(sentence.slice(0, offset));
    return atStart ? lower[0].toUpperCase() + lower.slice(1) : lower;
  });
}

function articleFor(word: string): string {
  return VOWEL_SOUND.test(word) ? 'an' : 'a';
}

/** Removes `[start, end)` from a sentence with its dangling separators (the shared removal logic). */
function removeFrom(sentence: string, start: number, end: number): string {
  const edit = removalEdit(sentence, start, end);
  return (sentence.slice(0, edit.start) + edit.insert + sentence.slice(edit.end)).trim();
}

/** Whether a sentence still says something: a few words, not a dangling function word at the end. */
function saysSomething(sentence: string): boolean {
  const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return false;
  if (
    /(?<![\p{L}])(?:are|is|was|were|the|a|an|for|to|of|with|and|or|at|in|on|our|your|before|so|but)\s*[.!?…:,]*$/iu.test(
      sentence,
    )
  )
    return false;
  return words.length >= 2 || /[\p{N}#@]/u.test(sentence);
}

/** Whether a rewrite changed how a sentence starts (its first word), so its first letter is the rewrite's to set. */
function startChanged(before: string, after: string): boolean {
  const first = (t: string) => /\p{L}[\p{L}'’-]*/u.exec(t)?.[0].toLowerCase() ?? '';
  return first(before) !== first(after);
}

function capitalizeFirstLetter(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0 || /[\p{L}\p{N}]/u.test(s.slice(0, i))) return s;
  // Leave URLs, handles and brand spellings ("iPhone") alone.
  if (/^\p{Ll}+\p{Lu}/u.test(s.slice(i)) || /^(?:https?:|www\.)/i.test(s.slice(i))) return s;
  return s.slice(0, i) + s[i].toUpperCase() + s.slice(i + 1);
}

function lowerFirstWord(s: string, keep: ReadonlySet<string>): string {
  const m = /^(\P{L}*)(\p{L}[\p{L}'’-]*)/u.exec(s);
  if (m === null) return s;
  const word = m[2];
  if (keep.has(word) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) || /^\p{Lu}\p{Ll}*\p{Lu}/u.test(word)) return s;
  return m[1] + word[0].toLowerCase() + s.slice(m[1].length + 1);
}

interface Unit {
  /** The sentence as rewritten, or null when dropped. */
  text: string | null;
  /** Separator before the sentence in the original. */
  gap: string;
  /** Links and hashtags of a dropped sentence that the rewrite keeps on their own line. */
  salvage: string[];
}

/** Builds the rewrite's candidate texts; the caller verifies and chooses. */
export function draftRewrite(input: RewriteInput, boldness: Boldness): RewriteDraft | null {
  const { text, sentences, voice, platform } = input;
  if (sentences.length === 0) return null;
  const type = detectPostType(text);
  // Markup or code is not a social post to rewrite.
  if (type === 'care' || /<\/?[a-z][^>]*>|\w+=["'\w]/i.test(text)) return null;
  const spans = protectedSpans(text);
  const product = productName(sentences);
  const keepCaps = new Set<string>();
  for (const p of spans)
    if (p.kind === 'hashtag' || p.kind === 'code') keepCaps.add(p.text.replace(/^#/, ''));
  if (product !== null) for (const w of product.split(' ')) keepCaps.add(w);
  const names = [
    ...(typeof voice.name === 'string' ? [voice.name] : []),
    ...((voice as { names?: string[] }).names ?? []),
  ];
  for (const w of protectedNames(text, Array.isArray(names) ? names : [])) keepCaps.add(w);
  const removes: string[] = [];
  const keepLinks = boldness === 'soften' || boldness === 'drop-cta';
  let droppedOffer = false;
  let softLeads = 0;
  let droppedCommand = false;
  let droppedBait = false;
  // The rhetorical opener turned into the closing question, and thanks the post itself grounds.
  let hookAsk: string | null = null;
  let shares = false;
  const speaksAs = /(?<![\p{L}])(?:we|our|us|we're|we’re)(?![\p{L}])/iu.test(text) ? 'We’re' : 'I’m';

  const pieces = splitAtEmoji(input.sentences);
  const units: Unit[] = pieces.map((s, i) => {
    const gap = text.slice(i === 0 ? 0 : pieces[i - 1].end, s.start);
    const inside = input.findings.filter(
      (f) => f.start < s.end && f.end > s.start && f.end - f.start < s.end - s.start + 1,
    );
    const rules = new Set(inside.map((f) => f.rule));
    const has = (re: RegExp) => [...rules].some((r) => re.test(r));
    const local = spans.filter((p) => p.start >= s.start && p.end <= s.end);
    const drop = (keepLinks: boolean): Unit => {
      const salvage: string[] = [];
      for (const p of local) {
        if (p.kind === 'hashtag' && TRAILING_HASHTAGS.test(s.text) && s.text.trimEnd().endsWith(p.text))
          salvage.push(p.text);
        else if (p.kind === 'url' && keepLinks) salvage.push(p.text);
        else removes.push(p.text);
      }
      return { text: null, gap, salvage };
    };
    if (HASHTAGS_ONLY.test(s.text)) return { text: s.text, gap, salvage: [] };
    // Bait goes whole; a contact number, a price by message or small print stays when it says something.
    if (has(DROP_RULES) && (has(/^engagement-bait\//) || !carriesContent(s.text))) {
      if (has(/^engagement-bait\//)) droppedBait = true;
      else droppedCommand = true;
      return drop(false);
    }
    let sentence = s.text;
    const offset = s.start;
    if (has(/^broadcast\/hook$/)) {
      // "Struggling to sleep?" answered by the offer is a sales hook; asked at the end, it is a question.
      const asked = hookQuestion(s.text);
      if (asked !== null && hookAsk === null) {
        hookAsk = asked;
        return drop(keepLinks);
      }
      // "Want my exact content framework?" before a keyword-for-DM ask: offer to share it openly instead.
      const want = /^(\P{L}*)(?:want|need) (my|our) ([^?!.]+?)\s*\?+$/iu.exec(s.text);
      if (want !== null && type === 'lead-magnet' && LEAD_ASK.test(text)) {
        const who = want[2].toLowerCase() === 'my' ? 'I’ll' : 'We’ll';
        shares = true;
        return {
          text: `${want[1]}${who} share ${want[2].toLowerCase()} ${want[3]} with anyone who asks.`,
          gap,
          salvage: [],
        };
      }
    }
    // Phrase removals, right to left so earlier offsets stay valid. A deadline with "only" keeps its date.
    const cuts: [number, number][] = inside
      .filter((f) => PRESSURE_RULES.test(f.rule))
      // "2 days left", "Final day": a date the reader needs, kept (only an "Only" before it goes).
      .filter((f) => !COUNTDOWN.test(f.actual) || /^(?:only|just)\s/i.test(f.actual))
      .map((f) => {
        if (COUNTDOWN.test(f.actual)) {
          const lead = /^(?:only|just)\s+/i.exec(f.actual)?.[0].length ?? 0;
          return [f.start - offset, f.start - offset + lead] as [number, number];
        }
        const kept = KEPT_DATE.exec(f.actual);
        return [f.start - offset + (kept === null ? 0 : kept[1].length), f.end - offset] as [number, number];
      });
    for (const re of EXTRA_PRESSURE) {
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) cuts.push([m.index, m.index + m[0].length]);
    }
    // The clock on a call to act ("Sign up today and get…", "Shop the sale now"): the call stays, the clock goes.
    if (inside.some((f) => f.rule === 'hard-sell/cta'))
      for (const m of sentence.matchAll(CTA_CLOCK)) cuts.push([m.index, m.index + m[0].length]);
    const merged = mergeRanges(cuts)
      // A word cut from inside a noun phrase ("the most urgent issues") would leave it broken.
      .filter(
        ([a, b]) =>
          !(
            /(?<![\p{L}])(?:most|more|the|a|an|very|so|our|your|their|its|too)\s*$/iu.test(
              sentence.slice(0, a),
            ) && /^\s*\p{L}/u.test(sentence.slice(b))
          ),
      )
      .filter(
        ([a, b]) =>
          !local.some(
            (p) => p.start - offset < b && p.end - offset > a && (p.start - offset < a || p.end - offset > b),
          ),
      );
    // A cut that takes the end of the sentence may take its predicate with it ("…pass expires at midnight").
    const hadVerb =
      merged.some(([, b]) => /^(?:[\s.!?…\p{Extended_Pictographic}]|\uFE0F)*$/u.test(sentence.slice(b))) &&
      hasVerb(sentence);
    // Tokens inside a pressure phrase go with it ("Only 3 days left"), and are listed as removed.
    for (const p of local)
      if (merged.some(([a, b]) => p.start - offset >= a && p.end - offset <= b)) removes.push(p.text);
    for (const [a, b] of merged.reverse()) sentence = removeFrom(sentence, a, b);
    // A cut that leaves a fragment ("We have!", "To vote for…", "Exactly in 2013") is undone, unless
    // the sentence was all pressure ("Hurry, sizes are selling out fast"): then it goes whole.
    const fragment =
      merged.length > 0 &&
      (/^\P{L}*to\s/iu.test(sentence) ||
        /(?<![\p{L}])(?:have|has|had|got|is|are|was|were|be|only|exactly|just|still)\s*[.!?…]*$/iu.test(
          sentence,
        ) ||
        /(?<![\p{L}])(?:exactly|only|just)\s+(?:in|on|at|for|to)(?![\p{L}])/iu.test(sentence));
    if (fragment) {
      const left = contentWords(sentence).filter((w) => !ACT_WORDS.has(w));
      if (
        left.length <= 1 &&
        local.every((p) => merged.some(([a, b]) => p.start - offset >= a && p.end - offset <= b))
      )
        return drop(keepLinks);
      sentence = s.text;
    }
    if (hadVerb && !hasVerb(sentence)) {
      // "Our pass expires at midnight" → "Our pass is available until midnight": the date is a fact, the pressure is not.
      const when = DEADLINE_PREDICATE.exec(s.text);
      if (when === null || (sentence.match(/\p{L}+/gu) ?? []).length < 2) return drop(keepLinks);
      sentence = `${sentence.replace(/[.!?]+$/, '')} is available until ${when[1]}.`;
    }

    let reframed = 0;
    if (type === 'event') {
      const ev = EVENT_OPENER.exec(sentence);
      if (ev !== null && (ev[0].length > ev[1].length + 4 || !hasVerb(sentence))) {
        const head = `${ev[2]}${ev[3]}`;
        const lead = `${ev[1]}${speaksAs} hosting ${articleFor(head)} ${head}`;
        const rest = sentence.slice(ev[0].length);
        // Only a verbless fragment or a command becomes "We’re hosting…" ("Our webinar is on…" stays).
        if (
          /^(?:\s+(?:on|at|in|next|this|for|with|about|from|every)(?![\p{L}])|\s*[:,.!—–-]|\s*$)/u.test(rest)
        ) {
          reframed = ev[0].length;
          sentence = lead + rest;
        }
      }
    }
    if (LEAD_ASK.test(sentence)) {
      droppedCommand = true;
      return drop(false);
    }
    if (type === 'giveaway') {
      // A shouted label ("GIVEAWAY TIME!!!") says nothing the rest does not.
      if (/giveaway/i.test(sentence) && (sentence.match(/\p{L}+/gu) ?? []).length <= 3)
        return drop(keepLinks);
    }
    const ctas = inside.filter((f) => f.rule === 'hard-sell/cta');
    const command =
      (ctas.length > 0 && ctas.some((f) => f.start - offset >= reframed)) ||
      (has(COMMAND_RULES) &&
        (opensWithImperative(sentence.replace(/^\P{L}+/u, '')) || /\b(?:please|pls|plz)\b/i.test(sentence)));
    if (command) {
      const giveaway =
        /^(\P{L}*)(?:win|enter to win|chance to win)\s+(.+?)[!.]*\s*(\p{Extended_Pictographic}\uFE0F?)?$/iu.exec(
          sentence,
        );
      if (giveaway !== null && type === 'giveaway') {
        sentence = `${giveaway[1]}We’re giving away ${giveaway[2]}.${giveaway[3] !== undefined ? ` ${giveaway[3]}` : ''}`;
      } else if (
        type !== 'lead-magnet' &&
        (boldness === 'soften' || (boldness === 'drop-cta' && local.some((p) => p.kind === 'code')))
      ) {
        // A command carrying a promo code is softened, not dropped, while links are still kept.
        const softened = soften(sentence, type, keepCaps, softLeads++ === 0);
        // A command that also says something stays as written rather than taking its content with it.
        if (softened === null && !carriesContent(sentence)) {
          droppedCommand = true;
          return drop(true);
        }
        if (softened !== null) sentence = softened;
      } else if (boldness === 'drop-links' && softenCode(sentence) !== null) {
        // Without its link the post still keeps the code, told as what it gives ("Code LOOP20 gives you 20% off").
        sentence = softenCode(sentence) as string;
      } else if (carriesContent(sentence)) {
        const softened = soften(sentence, type, keepCaps, softLeads++ === 0);
        if (softened !== null) sentence = softened;
      } else {
        droppedCommand = true;
        return drop(keepLinks);
      }
    }
    if (
      boldness === 'drop-offers' &&
      i > 0 &&
      (has(OFFER_RULES) || (droppedOffer && /^\P{L}*(?:offer|deal|code|discount)\b/iu.test(sentence)))
    ) {
      droppedOffer = true;
      return drop(false);
    }

    sentence = sentence.replace(/!{2,}[!1]*/g, '!').replace(/\?!+|!+\?[!?]*/g, '?');
    sentence = unshoutSentence(sentence, keepCaps);
    sentence = rewriteOpener(sentence, keepCaps);
    sentence = dropHype(sentence);
    sentence = sentence.replace(/(?<![\p{L}])(?:just|only)\s+(?=[$£€¥₹]\s?\d)/giu, '');
    sentence = sentence
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,.;:!?])/g, '$1')
      .trim();
    sentence = sentence.replace(/(\p{Extended_Pictographic}\uFE0F?)(?:\s*\1)+/gu, '$1');
    // A sentence that continues the one before ("…or\nmobilize", "U.S. in 1970") keeps its lower-case start.
    if (startChanged(s.text, sentence) || /^\P{L}*\p{Lu}/u.test(s.text))
      sentence = capitalizeFirstLetter(sentence);
    // A sentence the rewrite did not touch stays, however short ("Brighter. Smarter.").
    if (sentence !== s.text && !saysSomething(sentence)) return drop(keepLinks);
    return { text: sentence, gap, salvage: [] };
  });

  const kept = units.filter((u) => u.text !== null);
  const typed = closingQuestions(type, { product, topic: input.topic, text, shares });
  const question = hookAsk === null ? typed : [hookAsk, ...typed].slice(0, 3);
  // A post that was nothing but bait or commands becomes its question, or nothing.
  if (kept.length === 0 && question.length === 0) return null;
  // A post that already asks its reader something needs no second question.
  const asksAlready = kept.some((u) => u.text !== null && /\?/.test(u.text));
  const needsQuestion = hookAsk !== null || (!asksAlready && question.length > 0);
  const asks = needsQuestion ? question : [];
  if (needsQuestion && asks.length === 0 && (droppedCommand || droppedBait)) return null;
  // Nothing the writer did not say: no thanks, no reason, no claim is added.
  const credit = null;

  const versions = (asks.length > 0 ? asks : [null]).map((q) => ({
    question: q,
    text: assemble(units, text, sentences, { question: q, credit, type, voice, platform }),
  }));
  const unique = versions.filter((v, i) => versions.findIndex((w) => w.text === v.text) === i);
  return { boldness, postType: type, versions: unique, removes };
}

/**
 * Splits sentences where an emoji ends one thought and a capital starts the next
 * ("…this spring 🌱 Like and share if you agree!"), so a rewrite can drop the bait and keep the news.
 */
function splitAtEmoji(sentences: readonly PostSentence[]): PostSentence[] {
  const out: PostSentence[] = [];
  for (const s of sentences) {
    let from = 0;
    for (const m of s.text.matchAll(
      /\p{Extended_Pictographic}\uFE0F?(?:\s*\p{Extended_Pictographic}\uFE0F?)*(\s+)(?=\p{Lu})/gu,
    )) {
      const cut = m.index + m[0].length - m[1].length;
      if (!/\p{L}/u.test(s.text.slice(from, m.index))) continue;
      out.push(piece(s, from, cut));
      from = cut + m[1].length;
    }
    out.push(from === 0 ? s : piece(s, from, s.text.length));
  }
  return out;
}

function piece(s: PostSentence, from: number, to: number): PostSentence {
  const text = s.text.slice(from, to);
  return {
    text,
    start: s.start + from,
    end: s.start + to,
    parsed: () => parseSentenceCached(text),
    imperative: () => opensWithImperative(text),
  };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

/** "Sign up today and get 3 months free." → "If you’d like to try it, sign up and get 3 months free." */
// Commands that read as an offer once conditional ("If you'd like to try it, sign up…"); buying ones do not.
const SOFTENABLE =
  /^(?:use|sign up|join|pre-?order|register|book|schedule|try|start|apply|message|contact|email|visit|read|download|get|grab|claim|come|enter|request|reserve|see|watch|listen|learn)(?![\p{L}])/iu;

// "Check out this A to Z guide…" → "Here’s an A to Z guide…": the same content, no command.
const CHECK_OUT =
  /^(\P{L}*)(?:be sure to |make sure to |come |go )?check out (this|these|our|my|the|a|an|some|what|how)(?![\p{L}])(\s.+)$/iu;

/** Whether a sentence says something beyond its call to act ("Shop now: https://…" does not). */
function carriesContent(sentence: string): boolean {
  const words = contentWords(sentence.replace(/(?:https?:\/\/|www\.)\S+/g, ' ')).filter(
    (w) => !ACT_WORDS.has(w),
  );
  return words.length >= 1;
}

/** "Use code LOOP20 for 20% off" is an offer, not an order: "Code LOOP20 gives you 20% off". */
function softenCode(sentence: string): string | null {
  const code =
    /^(\P{L}*)use (?:the |my |our )?(?:promo |discount |coupon )?code (\S+?) (?:for|to get|to save) (.+)$/iu.exec(
      sentence,
    );
  if (code === null) return null;
  return `${code[1]}Code ${code[2]} gives you ${code[3]
    .replace(PRESSURE_WORDS, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.!?])/g, '$1')
    .trim()}`;
}

// "Buy now, 20% off today": the command goes, the offer it introduced stays ("20% off today").
const COMMAND_THEN_OFFER =
  /^(\P{L}*)(?:buy|shop|order|book|grab|get|call|dm us)(?: (?:it|yours|one|them|us))?(?: (?:now|today))?\s*[,:—–-]\s*(?=[\p{N}$£€])(.+)$/iu;

// "Buy now and get 20% off, today" → "It’s 20% off, today": the offer as a fact, without the command.
const COMMAND_AND_GET =
  /^(\P{L}*)(?:buy|shop|order)(?: (?:it|yours|one|them))?(?: (?:now|today))? and (?:get|save) (\d+\s?%\s?off\b.*)$/iu;

// "Get 25% off your first year with code PILOT25." → "Code PILOT25 gives you 25% off your first year."
const GET_WITH_CODE =
  /^(\P{L}*)(?:get|save|enjoy|take) (.+?) with (?:the |our |my )?(?:promo |discount |coupon )?code ([A-Z0-9]{3,})([.!]*)$/u;
// "Start your free trial: https://…" (a second call in the post) → "Your free trial: https://…".
const CALL_LABEL =
  /^(\P{L}*)(?:start|claim|grab|book|get|try|sign up for) (your|our) ([^:.!?]{3,40}?)(?<!\shere):\s*((?:https?:\/\/|www\.)\S+)$/iu;
// "Download free!" → "It’s free to download."
const DOWNLOAD_FREE = /^(\P{L}*)download (?:it )?(?:for )?free[.!]*$/iu;

function soften(sentence: string, type: PostType, keep: ReadonlySet<string>, first = true): string | null {
  const code = softenCode(sentence);
  if (code !== null) return code;
  const withCode = GET_WITH_CODE.exec(sentence);
  if (withCode !== null) return `${withCode[1]}Code ${withCode[3]} gives you ${withCode[2]}.`;
  // The first call gets the soft lead ("If you’d like to try it, start your free trial: …").
  const label = first ? null : CALL_LABEL.exec(sentence);
  if (label !== null) {
    const owner = capitalizeFirstLetter(label[2].toLowerCase());
    return `${label[1]}${owner} ${label[3]}: ${label[4]}`;
  }
  const download = DOWNLOAD_FREE.exec(sentence);
  if (download !== null) return `${download[1]}It’s free to download.`;
  const offer = COMMAND_THEN_OFFER.exec(sentence);
  if (offer !== null) return `${offer[1]}${offer[2]}`;
  const gets = COMMAND_AND_GET.exec(sentence);
  if (gets !== null) return `${gets[1]}It’s ${gets[2]}`;
  const contact = CONTACT_ORDER.exec(sentence);
  if (contact !== null && first) {
    const verb = /^dm$/i.test(contact[2]) ? 'DM' : contact[2].toLowerCase();
    const want = /^(?:reserve|book)$/i.test(contact[4]) ? `to ${contact[4].toLowerCase()}` : 'one';
    return `${contact[1]}If you’d like ${want}, ${verb} ${contact[3].toLowerCase()}.`;
  }
  // "Sign up today and get your first 3 months free: URL" → the offer as a fact, then the link.
  const trial = FREE_PERIOD.exec(sentence);
  if (trial !== null && first && LINK_LEAD[type] !== '') {
    const period = trial[2];
    const verb = /^(?:one|1|a)\s|[^s]$/i.test(period.replace(/^first\s+/i, '')) ? 'is' : 'are';
    const link = trial[3] === undefined ? '' : ` ${LINK_LEAD[type]} ${trial[3]}`;
    return `${trial[1]}Your ${period} ${verb} free.${link}`;
  }
  const visit = VISIT_US.exec(sentence);
  if (visit !== null && first && !/(?:https?:|www\.)/i.test(visit[2]))
    return `${visit[1]}You’ll find us ${visit[2]}.`;
  const look = CHECK_OUT.exec(sentence);
  if (look !== null) {
    const [, lead, what, rest] = look;
    const w = what.toLowerCase();
    const next = /^\s*([\p{L}\p{N}]+)/u.exec(rest)?.[1] ?? '';
    if (next === '') return null;
    const noun = parseSentenceCached(rest.trim().split(/[.!?:,;]/)[0]).terms.find((t) => t.tags.has('Noun'));
    const plural = noun?.tags.has('Plural') && !/^(?:what|how|a|an)$/.test(w);
    const head =
      plural && w !== 'these' && w !== 'this'
        ? `Here are ${what}`
        : w === 'this'
          ? `Here’s ${articleFor(next)}`
          : w === 'these'
            ? 'Here are the'
            : `Here’s ${w === 'our' || w === 'my' || w === 'the' || w === 'a' || w === 'an' || w === 'some' || w === 'what' || w === 'how' ? what : w}`;
    return `${lead}${head}${rest}`.replace(/!+(?=\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$)/u, '.');
  }
  if (!SOFTENABLE.test(sentence.replace(/^\P{L}+/u, ''))) return null;
  if (!first) return null;
  let s = sentence
    .replace(PRESSURE_WORDS, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1');
  s = s.replace(/!+(?=\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$)/u, '.').trim();
  // "Shop now: https://…" → the link alone, introduced by the caller.
  const bare = s
    .replace(/(?:https?:\/\/|www\.)\S+/g, '')
    .replace(/(?:[\s\p{P}\p{Extended_Pictographic}]|\uFE0F)+/gu, ' ');
  if ((bare.match(/\p{L}+/gu) ?? []).length <= 3) return null;
  if (/\?\s*$/.test(s)) return s;
  const lead = SOFT_LEAD[type];
  if (lead === '') return s;
  return lead + lowerFirstWord(s, keep);
}

function rewriteOpener(sentence: string, keep: ReadonlySet<string>): string {
  const opener = OPENER.exec(sentence);
  if (opener !== null) {
    const prefix = opener[1];
    let rest = sentence.slice(opener[0].length);
    const who = opener[2]?.toLowerCase() === 'i' ? 'I' : 'We';
    if (LAUNCH_OF.test(rest)) {
      rest = rest.replace(LAUNCH_OF, '');
      return `${prefix}${who}’ve just launched ${rest}`;
    }
    if (
      /^(?:our|my|the|a|an)\s/i.test(rest) &&
      !/\b(?:is|are|has|have|was|were|will|now)\b/i.test(rest.split(/[,.!?]/)[0]) &&
      !hasVerb(rest.split(/[,.!?]/)[0])
    )
      return `${prefix}Meet ${lowerFirstWord(rest, keep)}`;
    return prefix + capitalizeFirstLetter(rest);
  }
  const intro = INTRODUCING.exec(sentence);
  if (intro !== null) return `${intro[1]}Meet ${sentence.slice(intro[0].length)}`;
  const news = BIG_NEWS.exec(sentence);
  if (news !== null) return news[1] + capitalizeFirstLetter(sentence.slice(news[0].length));
  return sentence;
}

// A superlative's complement ("…suite ever built", "…fries in the world") needs the superlative.
const SUPERLATIVE_TAIL =
  /^(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:ever|yet|of all time|in (?:the )?(?:world|history|town|country|business)|around|on (?:the )?(?:planet|market)|(?:i|we|you)(?:'ve|’ve| have))(?![\p{L}])/iu;

/**
 * Drops hype adjectives from a noun phrase ("the most powerful app" → "an app") only where what is
 * left stays grammatical: the next word is a noun or adjective (compromise), and no complement of a
 * superlative dangles ("the most powerful suite ever built" stays). A comma left between two
 * adjectives goes with the hype ("Our award-winning, best-in-class platform" → "Our award-winning platform").
 */
function dropHype(sentence: string): string {
  let out = '';
  let last = 0;
  HYPE_RUN.lastIndex = 0;
  for (const m of sentence.matchAll(HYPE_RUN)) {
    const article = m[1];
    const after = sentence.slice(m.index + m[0].length);
    const next = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? '';
    if (SUPERLATIVE_TAIL.test(after)) continue;
    // Part of a name ("Fortune's Most Admired Companies") or after a possessive ("the world's greatest").
    if (/^\p{Lu}/u.test(m[2]) && /\p{L}/u.test(sentence.slice(0, m.index))) continue;
    if (/['’]s\s*$/.test(sentence.slice(0, m.index))) continue;
    // The word left after the cut must be able to carry the phrase.
    // Parsed after an article, so that a noun that can be a verb ("project management") reads as a noun.
    const parsed = parseSentenceCached(`the ${after.split(/[.!?,;:]/)[0] || next}`);
    const head = parsed.terms[1];
    if (
      head === undefined ||
      !(
        head.tags.has('Noun') ||
        head.tags.has('Adjective') ||
        head.tags.has('Value') ||
        /^\p{Lu}/u.test(next)
      ) ||
      head.tags.has('Verb') ||
      head.tags.has('Preposition') ||
      // "a" or "an" cannot stand before a plural ("the most urgent issues" → never "an issues").
      (article !== undefined && head.tags.has('Plural'))
    )
      continue;
    let keep = sentence.slice(last, m.index);
    let insert = '';
    if (article !== undefined) {
      if (/^\p{Lu}/u.test(next)) insert = `${article} `;
      else {
        const lower = article.toLowerCase();
        const replaced = lower === 'the' || lower === 'a' || lower === 'an' ? articleFor(next) : article;
        insert = `${article[0] === article[0].toUpperCase() ? replaced[0].toUpperCase() + replaced.slice(1) : replaced} `;
      }
    } else if (/,\s*$/.test(keep)) keep = `${keep.replace(/,\s*$/, '')} `;
    out += keep + insert;
    last = m.index + m[0].length;
  }
  out += sentence.slice(last);
  return out.replace(HYPE_TAIL, '');
}

function assemble(
  units: readonly Unit[],
  text: string,
  sentences: readonly PostSentence[],
  opts: {
    question: string | null;
    credit: string | null;
    type: PostType;
    voice: BrandVoice;
    platform: Platform;
  },
): string {
  const paragraphs = /\n\s*\n/.test(text);
  const pieces: { text: string; gap: string }[] = [];
  let pendingGap = '';
  const salvage: string[] = [];
  for (const u of units) {
    const strongest = strongerGap(pendingGap, u.gap);
    if (u.text === null) {
      pendingGap = strongest;
      salvage.push(...u.salvage);
      continue;
    }
    pieces.push({ text: u.text, gap: pieces.length === 0 ? '' : strongest });
    pendingGap = '';
  }
  // Trailing hashtag-only lines stay last; the closing question goes before them.
  const tail: { text: string; gap: string }[] = [];
  while (pieces.length > 1 && HASHTAGS_ONLY.test(pieces[pieces.length - 1].text))
    tail.unshift(pieces.pop() as (typeof pieces)[number]);
  const tags = salvage.filter((t) => t.startsWith('#'));
  const links = salvage.filter((t) => !t.startsWith('#'));
  const sep = paragraphs ? '\n\n' : ' ';
  // A sentence left without its full stop gets one before anything follows it.
  let sepAfterUnit = false;
  const last = pieces[pieces.length - 1];
  // After "..", ")" or "]" no sentence visibly ends ("…no ticket available..", "[infographic]"): a new line.
  if (last !== undefined && /(?:[)\]]|(?<!\.)\.\.)$/u.test(last.text)) sepAfterUnit = true;
  else if (last !== undefined && /[\p{L}\p{N}]$/u.test(last.text)) {
    // Not after a link, tag or handle; "150p" or "5pm" keep their form and the next line starts afresh.
    if (/\d\p{L}{1,2}$/u.test(last.text)) sepAfterUnit = true;
    // After a link, tag or handle, a full stop would read as part of it: the question takes a new line.
    else if (/(?:^|\s)(?:#|@|https?:|www\.)\S+$/u.test(last.text)) sepAfterUnit = true;
    else last.text += '.';
  }
  const next = sepAfterUnit ? (paragraphs ? '\n\n' : '\n') : sep;
  if (opts.credit !== null) pieces.push({ text: opts.credit, gap: next });
  if (links.length > 0 && LINK_LEAD[opts.type] !== '')
    pieces.push({
      text: `${LINK_LEAD[opts.type]} ${links.join(' ')}`,
      gap: pieces.length > 0 && pieces[pieces.length - 1] === last ? next : sep,
    });
  if (opts.question !== null) {
    const before = pieces[pieces.length - 1];
    const afterLink = before !== undefined && /(?:^|\s)(?:https?:|www\.)\S+$/u.test(before.text);
    pieces.push({ text: opts.question, gap: afterLink && !paragraphs ? '\n' : before === last ? next : sep });
  }
  let out = pieces.map((p, i) => (i === 0 ? p.text : p.gap + p.text)).join('');
  const lead = text.slice(0, sentences[0]?.start ?? 0);
  if (tail.length > 0) out += tail.map((t) => (t.gap === '' ? ' ' : t.gap) + t.text).join('');
  if (tags.length > 0) out += ` ${tags.join(' ')}`;
  // The writer's apostrophes: a post typed with straight ones gets no curly ones from the templates.
  if (!text.includes('’') && text.includes("'")) out = out.replace(/’/g, "'");
  out = applyVoice(out, opts.voice);
  out = fitHashtags(out, opts.voice, opts.platform);
  return (lead.trim() === '' ? '' : lead) + out.trim();
}

function strongerGap(a: string, b: string): string {
  const lines = (g: string) => (g.match(/\n/g) ?? []).length;
  return lines(a) > lines(b) ? a : b === '' && a !== '' ? a : b;
}

function applyVoice(text: string, voice: BrandVoice): string {
  if (voice.emoji === 'free') return text;
  const allowed = voice.emoji === 'none' ? 0 : 3;
  const all = findEmoji(text);
  if (all.length <= allowed) return text;
  let out = text;
  for (const e of all.slice(allowed).reverse()) {
    const before = out.slice(0, e.start).replace(/[^\S\n]+$/, '');
    const after = out.slice(e.end).replace(/^[^\S\n]+/, '');
    out =
      before +
      (before === '' || after === '' || /^[\n.,!?]/.test(after) || /\n$/.test(before) ? '' : ' ') +
      after;
  }
  return out;
}

function fitHashtags(text: string, voice: BrandVoice, platform: Platform): string {
  const max = voice.hashtags.max ?? (platform === 'linkedin' ? 5 : platform === 'generic' ? 3 : 2);
  const tags = [...text.matchAll(/(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu)];
  if (tags.length <= max) return text;
  let out = text;
  for (const m of tags.slice(max).reverse()) {
    out = out.slice(0, m.index).replace(/[^\S\n]+$/, '') + out.slice(m.index + m[0].length);
  }
  return out;
}

export { contentRetention };
