/**
 * The last step of every review's suggestions: the conversational version of the whole post first
 * (for posts below 70), then the single edits, each repaired where a known artefact can be fixed
 * ("the a leading", a left-over space), diffed against the text, and dropped when it still fails
 * the guard. Pure and synchronous, like the rest of the engine.
 */
import { ACRONYMS } from '../lexicon/pressure';
import type { PostSentence } from '../rules/types';
import { applyEdit } from '../suggest';
import type {
  BrandVoice,
  Change,
  Finding,
  Platform,
  Suggestion,
  SuggestionAlternative,
  TextEdit,
} from '../types';
import { contentRetention, pressureSpans } from './content';
import { diffWords } from './diff';
import { findDefects, tokensRemovedBy } from './guard';
import { BOLDNESS, type Boldness, draftRewrite } from './post';
import { protectedSpans } from './protect';

export { contentRetention, contentWords, pressureSpans } from './content';
export { changesInContext, diffWords } from './diff';
export { DEFECT_KINDS, type Defect, type DefectKind, findDefects } from './guard';

const SHORTHAND = new Set(
  'u ur r n b c d im ive ill id dont cant wont aint 2 4 2day 2moro 2mrw 2nite lol lmao omg pls plz thx luv wat wot coz cos cuz gonna wanna gotta ya yeh nite txt msg k kk xx xxx tht nt jus thm da dat dis b4 gr8 hv abt bcoz wil mrng'.split(
    ' ',
  ),
);

/** Texting shorthand ("u r", "2nite", "luv"): a topic taken from such a text would be a guess. */
export function informal(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length === 0) return false;
  const short = words.filter((w) => SHORTHAND.has(w.replace(/'/g, '')) || /(\p{L})\1\1/u.test(w)).length;
  const shouted = (text.match(/\p{Lu}/gu)?.length ?? 0) > 0.6 * (text.match(/\p{L}/gu)?.length ?? 1);
  return short / words.length > 0.06 || (shouted && words.length > 6);
}

/** A post below this score gets a conversational version of the whole text. */
export const REWRITE_BELOW = 70;
/** A rewrite should keep at least this share of the post's content words. */
export const MIN_RETENTION = 0.6;
const MAX_REWRITE_CHARS = 5000;
/** Below this share of its content words kept, a rewrite is not offered at all. */
const MIN_KEPT = 0.3;

export type SuggestionDraft = Omit<Suggestion, 'scope' | 'changes' | 'removes'>;

export interface FinishInput {
  text: string;
  findings: readonly Finding[];
  sentences: readonly PostSentence[];
  platform: Platform;
  voice: BrandVoice;
  score: number;
  /** The post's topic noun phrase, or null when none passes the filters. */
  topic(): string | null;
  /** Reviews another text with the same options (no suggestions). */
  rereview(text: string): { score: number; findings: readonly Finding[] };
}

// Single edits that replace a sentence with (or add) a question built from the topic.
const QUESTION_RULES =
  /^(?:hard-sell\/(?:cta|dm-pricing|lead-magnet|self-promo)|engagement-bait\/.+|broadcast\/no-question)$/;

/** Adds the whole-post rewrite, repairs and guards the single edits, and attaches diffs. */
export function finishSuggestions(drafts: readonly SuggestionDraft[], input: FinishInput): Suggestion[] {
  const { text } = input;
  const out: Suggestion[] = [];
  let spans: { start: number; end: number }[] | undefined;
  const pressure = () => {
    if (spans === undefined) spans = pressureSpans(input.findings, text);
    return spans;
  };
  // The whole rewrite answers selling and broadcasting; a post whose only issues are voice or clarity gets single edits.
  const selling = input.findings.some((f) => f.category !== 'voice' && f.category !== 'global');
  // Texting shorthand and shouted chain messages are not brand copy: a rewrite would only tidy spam.
  const casual = informal(text);
  const post =
    text.length <= MAX_REWRITE_CHARS && input.score < REWRITE_BELOW && selling && !casual
      ? rewritePost(input)
      : null;
  if (post !== null) out.push(post);
  for (const draft of drafts) {
    const rule = draft.id.slice(0, draft.id.lastIndexOf(':'));
    const asks = QUESTION_RULES.test(rule) && /\?\s*$/.test(draft.edit.insert);
    // A question is worth offering only when built on a real topic, and the whole rewrite already asks one.
    // Replacing a sentence with a question is the whole rewrite's job; alone it drops what the sentence said.
    const replaces = draft.edit.end > draft.edit.start;
    // Below 70 the whole rewrite was tried: when it found nothing worth offering, a lone question is no better.
    if (asks && (post !== null || replaces || input.score < REWRITE_BELOW || input.topic() === null))
      continue;
    // An edit that starts or ends inside a word would alter a token ("EARLY30" → "Early30", "date9/4/02").
    const { start, end } = draft.edit;
    const inside = (i: number) =>
      i > 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i]);
    if (inside(start) || (end > start && inside(end))) continue;
    // The template opener ("For anyone who cares about {topic}:") needs an article it cannot choose;
    // the whole rewrite turns an opener into a person speaking instead.
    if (rule === 'broadcast/announcement') continue;
    // "#1" → "a leading" reads only before a noun ("a leading request"), never at the end ("We're a leading!").
    if (/^a leading$/i.test(draft.edit.insert) && !/^\s+\p{Ll}/u.test(text.slice(draft.edit.end))) continue;
    // Sentence case for a whole shouted text message only reveals its shorthand: not worth a suggestion.
    if (casual && rule === 'urgency/caps' && draft.edit.end - draft.edit.start > 40) continue;
    // A question is added only after a sentence that ends cleanly (or that it can close with a full stop).
    if (
      asks &&
      !/(?:[\p{L}\p{N}][.!?…]["')”’]*|[\p{L}\p{N}]|\p{Extended_Pictographic}\uFE0F?)$/u.test(
        text.slice(0, draft.edit.start),
      )
    )
      continue;
    const edit = repairEdit(text, draft.edit);
    const preview = applyEdit(text, edit);
    if (preview === text) continue;
    // A single edit is checked and diffed in a window around it: cheap on very long texts.
    const from = windowStart(text, edit.start);
    const to = windowEnd(text, edit.end);
    const before = text.slice(from, to);
    const after = before.slice(0, edit.start - from) + edit.insert + before.slice(edit.end - from);
    const removes = tokensRemovedBy(before, edit.start - from, edit.end - from, after);
    const platform = text.length <= MAX_REWRITE_CHARS ? input.platform : 'generic';
    if (findDefects(before, after, { platform, removes }).length > 0) continue;
    if (
      text.length <= MAX_REWRITE_CHARS &&
      findDefects(text, preview, { platform, removes, names: voiceNames(input.voice), pressure: pressure() })
        .length > 0
    )
      continue;
    const changes = diffWords(before, after);
    if (from > 0) changes.unshift({ type: 'same', text: text.slice(0, from) });
    if (to < text.length) changes.push({ type: 'same', text: text.slice(to) });
    out.push({ ...draft, edit, preview, scope: 'edit', changes: mergeSame(changes), removes });
  }
  return out;
}

/** The brand's own names from its voice (`name`, and `names` when the voice holds a list). */
export function voiceNames(voice: Partial<BrandVoice>): string[] {
  const names = (voice as { names?: unknown }).names;
  return [
    ...(typeof voice.name === 'string' && voice.name.trim() !== '' ? [voice.name] : []),
    ...(Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : []),
  ];
}

const WINDOW = 160;

function windowStart(text: string, at: number): number {
  if (at <= WINDOW) return 0;
  const line = text.lastIndexOf('\n', at - WINDOW);
  if (line >= 0 && at - line < 4 * WINDOW) return line + 1;
  return text.lastIndexOf(' ', at - WINDOW) + 1;
}

function windowEnd(text: string, at: number): number {
  if (text.length - at <= WINDOW) return text.length;
  const line = text.indexOf('\n', at + WINDOW);
  if (line >= 0 && line - at < 4 * WINDOW) return line;
  const space = text.indexOf(' ', at + WINDOW);
  return space < 0 ? text.length : space;
}

function mergeSame(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (last !== undefined && last.type === 'same' && c.type === 'same') last.text += c.text;
    else out.push({ ...c });
  }
  return out;
}

/**
 * Fixes the artefacts a template edit leaves: a removal that leaves two spaces or a leading space,
 * and an inserted article right after an existing one ("the #1 request" → "a leading request").
 */
export function repairEdit(text: string, edit: TextEdit): TextEdit {
  let { start, end, insert } = edit;
  if (insert === '') {
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (before.trim() === '') {
      start = 0;
      end += /^\s*/.exec(after)?.[0].length ?? 0;
    } else if (/[^\S\n]$/.test(before) && /^(?:[^\S\n]|[.,;:!?]|$)/.test(after)) {
      start -= /[^\S\n]+$/.exec(before)?.[0].length ?? 0;
    } else if (after.trim() === '') end = text.length;
  }
  // Sentence case from capitals keeps "I", acronyms and codes ("I LOVE NYC" → "I love NYC", never "i love nyc").
  const actual = text.slice(start, end);
  if (insert !== '' && insert.toLowerCase() === actual.toLowerCase() && actual !== insert) {
    const keep = actual.split(/([^\p{L}\p{N}'’]+)/u);
    const parts = insert.split(/([^\p{L}\p{N}'’]+)/u);
    if (keep.length === parts.length)
      insert = parts
        .map((w, i) => {
          const was = keep[i];
          if (/^I(?:['’](?:M|LL|VE|D))?$/.test(was)) return `I${w.slice(1)}`;
          if (ACRONYMS.has(was) || /\p{N}/u.test(was)) return was;
          return w.replace(/['’]S$/, (m) => m.toLowerCase());
        })
        .join('');
  }
  // A question added after a sentence with no full stop would run on: close the sentence first.
  if (start === end && /^ \p{Lu}.*\?$/u.test(insert) && /[\p{L}\p{N}]$/u.test(text.slice(0, start)))
    insert = `.${insert}`;
  const article = /(?<![\p{L}])(?:the|a|an)\s+$/iu.exec(text.slice(0, start));
  if (article !== null && /^(?:the|a|an)\s/i.test(insert)) {
    start -= article[0].length;
    if (/^\p{Lu}/u.test(article[0])) insert = insert[0].toUpperCase() + insert.slice(1);
  }
  return { start, end, insert };
}

/** The smallest edit that turns `text` into `preview`, cut at word boundaries (untouched ends stay untouched in the editor). */
export function minimalEdit(text: string, preview: string): TextEdit {
  let pre = 0;
  const max = Math.min(text.length, preview.length);
  while (pre < max && text[pre] === preview[pre]) pre++;
  while (pre > 0 && !/\s/.test(text[pre - 1])) pre--;
  let suf = 0;
  while (suf < max - pre && text[text.length - 1 - suf] === preview[preview.length - 1 - suf]) suf++;
  while (suf > 0 && !/\s/.test(text[text.length - suf])) suf--;
  return { start: pre, end: text.length - suf, insert: preview.slice(pre, preview.length - suf) };
}

interface Candidate {
  boldness: Boldness;
  preview: string;
  score: number;
  retention: number;
  removes: string[];
  findings: readonly Finding[];
}

function missingTokens(text: string, preview: string): string[] {
  const left = new Map<string, number>();
  for (const p of protectedSpans(preview)) left.set(p.text, (left.get(p.text) ?? 0) + 1);
  const out: string[] = [];
  for (const p of protectedSpans(text)) {
    const n = left.get(p.text) ?? 0;
    if (n > 0) left.set(p.text, n - 1);
    else out.push(p.text);
  }
  return out;
}

// The same text re-reviewed once per review: bolder candidates often equal gentler ones.
const verified = new WeakMap<FinishInput, Map<string, Candidate | null>>();

function verify(input: FinishInput, preview: string, boldness: Boldness): Candidate | null {
  let memo = verified.get(input);
  if (memo === undefined) {
    memo = new Map();
    verified.set(input, memo);
  }
  const hit = memo.get(preview);
  if (hit !== undefined) return hit === null ? null : { ...hit, boldness };
  const result = verifyOnce(input, preview, boldness);
  memo.set(preview, result);
  return result;
}

function verifyOnce(input: FinishInput, preview: string, boldness: Boldness): Candidate | null {
  if (preview === input.text || preview.trim() === '') return null;
  const removes = missingTokens(input.text, preview);
  const guard = {
    platform: input.platform,
    removes,
    numbers: true,
    names: voiceNames(input.voice),
    pressure: pressureSpans(input.findings, input.text),
  };
  if (findDefects(input.text, preview, guard).length > 0) return null;
  const r = input.rereview(preview);
  if (r.score <= input.score || r.findings.some((f) => f.category === 'engagement-bait')) return null;
  return {
    boldness,
    preview,
    score: r.score,
    retention: contentRetention(input.text, preview, pressureSpans(input.findings, input.text)),
    removes,
    findings: r.findings,
  };
}

/** The gentlest verified candidate that reads as conversational and keeps most of the post; else the best. */
function choose(candidates: readonly Candidate[]): Candidate | null {
  const good = candidates.find((c) => c.score >= REWRITE_BELOW && c.retention >= MIN_RETENTION);
  if (good !== undefined) return good;
  const keeping = candidates.filter((c) => c.retention >= MIN_RETENTION);
  const pool = keeping.length > 0 ? keeping : candidates.filter((c) => c.retention >= MIN_KEPT);
  return pool.reduce<Candidate | null>((best, c) => (best === null || c.score > best.score ? c : best), null);
}

const GENTLER_LABEL: Record<Boldness, string> = {
  soften: 'Keep the offer and the call to action, softened',
  'drop-cta': 'Keep the offer and the link',
  'drop-links': 'Keep the offer',
  'drop-offers': 'Another version',
};

const EXPLANATION: Record<Boldness, string> = {
  soften:
    'Keeps what the post says and the offer, drops the pressure (deadlines, scarcity, capitals, “!!!”), speaks as a person and ends with a question people want to answer.',
  'drop-cta':
    'Keeps what the post says, drops the pressure and the call to buy, speaks as a person and ends with a question people want to answer.',
  'drop-links':
    'Keeps what the post says and the offer, drops the pressure, the call to buy and the link away from the conversation, and ends with a question people want to answer.',
  'drop-offers':
    'Keeps the story of the post and drops the pressure, the call to buy and the sales terms; ends with a question people want to answer.',
};

/** A price, a discount or a free offer among what a version removes. */
const OFFER_TOKEN = /\d\s*%|[$£€]\s*\d|\d\s*(?:USD|EUR|GBP)\b|\bfree\b/i;

/**
 * What the version does, in one sentence; never "keeps the offer" when the sentence with the offer
 * went (a version may drop a whole sentence, and the offer with it).
 */
function explain(chosen: Candidate): string {
  const offerDropped = chosen.removes.some((token) => OFFER_TOKEN.test(token));
  return offerDropped && chosen.boldness !== 'drop-offers'
    ? EXPLANATION['drop-offers']
    : EXPLANATION[chosen.boldness];
}

function rewritePost(input: FinishInput): Suggestion | null {
  const topic = input.topic();
  const base = {
    text: input.text,
    findings: input.findings,
    sentences: input.sentences,
    platform: input.platform,
    voice: input.voice,
    topic,
  };
  const candidates: Candidate[] = [];
  const drafts = new Map<Boldness, ReturnType<typeof draftRewrite>>();
  for (const boldness of BOLDNESS) {
    const draft = draftRewrite(base, boldness);
    drafts.set(boldness, draft);
    const first = draft?.versions[0];
    if (first === undefined) continue;
    const c = verify(input, first.text, boldness);
    if (c !== null) candidates.push(c);
    if (c !== null && c.score >= REWRITE_BELOW && c.retention >= MIN_RETENTION) break;
  }
  const chosen = choose(candidates);
  // A "rewrite" that keeps almost nothing of the post is a different post: offer nothing instead.
  if (chosen === null || chosen.retention < MIN_KEPT) return null;
  const draft = drafts.get(chosen.boldness);
  if (draft === null || draft === undefined) return null;
  const alternatives: SuggestionAlternative[] = [];
  const alternative = (label: string, preview: string) => ({
    label,
    edit: minimalEdit(input.text, preview),
    preview,
    changes: diffWords(input.text, preview),
  });
  for (const v of draft.versions.slice(1)) {
    if (alternatives.length >= 2) break;
    const c = verify(input, v.text, chosen.boldness);
    if (c === null || c.score < Math.min(REWRITE_BELOW, chosen.score)) continue;
    alternatives.push(
      alternative(v.question === null ? 'Another version' : `End with “${v.question}”`, v.text),
    );
  }
  // When reaching a conversational score meant dropping more, the gentler version stays one click away.
  const gentlest = candidates[0];
  if (gentlest !== undefined && gentlest.preview !== chosen.preview)
    alternatives.push(alternative(GENTLER_LABEL[gentlest.boldness], gentlest.preview));
  const settled = input.findings.filter(
    (f) => !chosen.findings.some((g) => g.rule === f.rule && g.actual === f.actual),
  );
  const question = draft.versions[0].question;
  return {
    id: 'rewrite:post',
    findingIds: (settled.length > 0
      ? settled
      : input.findings.filter((f) => f.category !== 'voice' && f.category !== 'global')
    ).map((f) => f.id),
    label: 'Conversational version',
    edit: minimalEdit(input.text, chosen.preview),
    preview: chosen.preview,
    explanation: explain(chosen) + (question === null ? '' : ` It asks: “${question}”`),
    scope: 'post',
    changes: diffWords(input.text, chosen.preview),
    removes: chosen.removes,
    alternatives,
    postType: draft.postType,
    score: chosen.score,
  };
}
