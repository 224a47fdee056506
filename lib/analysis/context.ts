/**
 * Context: the same words mean different things in a post and in a reply. "DM us your order
 * number so we can check" answers a customer in a reply; "DM us for prices" broadcast in a post
 * sells. A text is judged as addressed to someone when it is a reply or a comment, or when it
 * opens by greeting one person by name; in such a text a sentence of customer care (asking for
 * what is needed to help, saying how it will help, apologising) is conversation, so the selling
 * rules that its words would trip in a post do not count against it.
 */
import { greetsSomeone, isCare, isCarePurpose } from './intent';
import { type NameVoice, properNames } from './names';
import { isShouting, unshoutKeeping } from './rules/caps';
import { CONTACT_CALL_MESSAGE, LINK_CALL_MESSAGE } from './rules/cta';
import { LINK_CALL_ID, linkCall } from './rules/link-call';
import { URL_PATTERN } from './text';
import type { Finding, PostKind } from './types';

/** Rules whose findings are conversation inside a care sentence of a reply. */
const EXCUSED_IN_CARE = new Set([
  'hard-sell/cta',
  'hard-sell/self-promo',
  'hard-sell/dm-pricing',
  'hard-sell/contact-number',
  'hard-sell/small-print',
  'hard-sell/lead-magnet',
  'engagement-bait/share',
  'engagement-bait/follow',
  'engagement-bait/comment',
  'urgency/deadline',
  'broadcast/link-out',
  'broadcast/link-drop',
]);
/**
 * Ways of giving help: a phone line, a page, a contact. In a reply that gives care anywhere (an
 * apology, a request for details), pointing to them is part of the help, in whichever sentence.
 */
function pointsToHelp(f: Finding): boolean {
  return (
    f.rule === 'hard-sell/contact-number' ||
    f.rule === 'broadcast/link-out' ||
    (f.rule === 'hard-sell/cta' && (f.message === LINK_CALL_MESSAGE || f.message === CONTACT_CALL_MESSAGE))
  );
}

/** Post-level rules that judge a broadcast and do not apply to a reply (a reply answers; it need not ask). */
const NOT_FOR_REPLIES = new Set(['broadcast/no-question', 'broadcast/we-focus', 'broadcast/cta-chain']);

export interface JudgingContext {
  kind: PostKind;
  /** A reply, a comment, or a text that greets one person by name. */
  addressed: boolean;
  /** Per sentence: a sentence of customer care in an addressed text. */
  care: readonly boolean[];
  /** Per sentence: says it asks in order to help ("so we can look into it"), in any kind of text. */
  carePurpose: readonly boolean[];
  /** The post's proper names (brands, products, acronyms), learnt on first use: never shouting. */
  names(): ReadonlySet<string>;
  /** broadcast/link-call is on: a call to follow a link in a post that sells nothing becomes one. */
  linkCalls: boolean;
}

/** Works out how a text should be judged: to whom it speaks and which of its sentences are care. */
export function judgingContext(
  text: string,
  kind: PostKind,
  sentences: readonly { text: string }[],
  voice: NameVoice & { disabledRules?: readonly string[] } = {},
): JudgingContext {
  const addressed = kind !== 'post' || greetsSomeone(text);
  let names: ReadonlySet<string> | undefined;
  return {
    linkCalls: !(voice.disabledRules ?? []).includes(LINK_CALL_ID),
    names: () => {
      names ??= properNames(text, voice);
      return names;
    },
    kind,
    addressed,
    care: sentences.map((s) => addressed && isCare(s.text)),
    carePurpose: sentences.map((s) => isCarePurpose(s.text)),
  };
}

/**
 * Keeps the findings that still hold in context: drops selling findings inside care sentences
 * (any care language in an addressed text; in a post, only a sentence that says it asks in order
 * to help), and in an addressed text drops the broadcast rules meant for posts and softens a
 * link to a hint (a link can be the answer to a question).
 */
export function inContext<F extends Finding>(
  findings: readonly F[],
  ctx: JudgingContext,
  sentences: readonly { start: number; end: number }[],
): F[] {
  const out: F[] = [];
  for (const found of findings) {
    const f = found.rule === 'urgency/caps' ? withoutNames(found, ctx.names()) : found;
    if (f === null) continue;
    const i = sentences.findIndex((s) => f.start >= s.start && f.start < s.end);
    if (i >= 0 && (ctx.care[i] || ctx.carePurpose[i]) && EXCUSED_IN_CARE.has(f.rule)) continue;
    if (!ctx.addressed) {
      out.push(f);
      continue;
    }
    if (ctx.care.some(Boolean) && pointsToHelp(f)) continue;
    if (NOT_FOR_REPLIES.has(f.rule)) continue;
    if (f.rule === 'broadcast/link-out' && f.severity !== 'info') {
      out.push({ ...f, severity: 'info', message: 'A link in a reply: say what it gives the person.' });
      continue;
    }
    out.push(f);
  }
  return oneWayLinks(out, ctx, sentences);
}

/** Words of an offer: a call to follow a link next to them still sells ("Click here for a coupon"). */
const OFFER_WORDS =
  /(?<![\p{L}])(?:coupons?|deals?|offers?|discounts?|sale|save|savings|promo|codes?|free|order(?! to)|buy|shop|sign(?:ing)? up|subscribe|prices?|pricing|prizes?|win|sweepstakes|giveaways?|tickets?|menu|limited|\d+\s?%|[$£€]\s?\d)(?![\p{L}])/iu;

/** What a post shows or links to: a call to see it is a call to read or watch, not to buy. */
const SHOWN =
  /(?<![\p{L}])(?:photos?|pics?|pictures?|images?|videos?|clips?|story|stories|recipes?|guide|article|blog|post|album|gallery|recap|highlights|memories|map|behind[- ]the[- ]scenes|sneak (?:peek|peak)|interview|footage|moments)(?![\p{L}])/iu;

/** "Check it out", "check out this …", "look at these …": a call that points at something shown, not at a new product. */
const POINTED =
  /^(?:check\s+it\s+out|(?:check\s+out|look\s+at|see)\s+(?:this|these|that|those|it|them)(?![\p{L}])(?![^.!?]{0,20}(?<![\p{L}])new(?![\p{L}])))/iu;

function pointsAtSomething(
  f: Finding,
  sentences: readonly { start: number; end: number; text?: string }[],
): boolean {
  const s = sentences.find((x) => f.start >= x.start && f.start < x.end);
  if (s?.text === undefined) return false;
  const call = s.text.slice(f.start - s.start, f.end - s.start);
  // A shouted call ("CHECK OUT THESE LYRICS") presses; it is not pointing.
  return call !== call.toUpperCase() && POINTED.test(s.text.slice(f.start - s.start));
}

function hasLink(text: string): boolean {
  URL_PATTERN.lastIndex = 0;
  const found = URL_PATTERN.test(text);
  URL_PATTERN.lastIndex = 0;
  return found;
}

/** A call to follow a link, as hard-sell/cta finds it ("Learn more:", "Check out", "Click here"). */
function isLinkCall(f: Finding): boolean {
  return f.rule === 'hard-sell/cta' && f.message === LINK_CALL_MESSAGE;
}

/**
 * One-way is not selling: in a post that sells nothing else (no offer, no price, no deadline, no
 * bait), a call to follow a link ("Check out some great memories from the night and learn more:
 * URL") is a broadcast hint, broadcast/link-call, not a call to buy. Next to an offer it sells.
 */
function oneWayLinks<F extends Finding>(
  findings: F[],
  ctx: JudgingContext,
  sentences: readonly { start: number; end: number; text?: string }[],
): F[] {
  if (!findings.some(isLinkCall)) return findings;
  const sells = findings.some(
    (f) =>
      !isLinkCall(f) &&
      f.severity !== 'info' &&
      (f.category === 'hard-sell' || f.category === 'urgency' || f.category === 'engagement-bait'),
  );
  if (sells) return findings;
  // Only a call to read or see something: the post carries a link, the call names what to see, or
  // it points at something ("Check out this Jack-o-lantern someone made", "Check it out.").
  const shown =
    sentences.some((s) => s.text !== undefined && (hasLink(s.text) || SHOWN.test(s.text))) ||
    findings.some((f) => isLinkCall(f) && pointsAtSomething(f, sentences));
  if (!shown) return findings;
  const offered = sentences.some((s) => s.text !== undefined && OFFER_WORDS.test(s.text));
  const out: F[] = [];
  for (const f of findings) {
    if (!isLinkCall(f)) {
      out.push(f);
      continue;
    }
    if (offered) {
      out.push(f);
      continue;
    }
    if (!ctx.linkCalls) continue;
    out.push({
      ...f,
      id: `${LINK_CALL_ID}:${f.start}-${f.end}`,
      rule: LINK_CALL_ID,
      category: linkCall.category,
      severity: linkCall.severity,
      message: linkCall.message,
      why: linkCall.why,
    });
  }
  return out;
}

/**
 * A finding of capitals judged with the post's names: none when only names and acronyms were in
 * capitals ("at SONIC", "sponsored by GEICO"), else the same finding whose replacement keeps them.
 */
function withoutNames<F extends Finding & { replacement?: string }>(
  f: F,
  names: ReadonlySet<string>,
): F | null {
  if (names.size === 0) return f;
  if (!isShouting(f.actual, names)) return null;
  return f.replacement === undefined ? f : { ...f, replacement: unshoutKeeping(f.actual, names) };
}
