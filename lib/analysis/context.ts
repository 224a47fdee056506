/**
 * Context: the same words mean different things in a post and in a reply. "DM us your order
 * number so we can check" answers a customer in a reply; "DM us for prices" broadcast in a post
 * sells. A text is judged as addressed to someone when it is a reply or a comment, or when it
 * opens by greeting one person by name; in such a text a sentence of customer care (asking for
 * what is needed to help, saying how it will help, apologising) is conversation, so the selling
 * rules that its words would trip in a post do not count against it.
 */
import { greetsSomeone, isCare, isCarePurpose } from './intent';
import { CONTACT_CALL_MESSAGE, LINK_CALL_MESSAGE } from './rules/cta';
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
}

/** Works out how a text should be judged: to whom it speaks and which of its sentences are care. */
export function judgingContext(
  text: string,
  kind: PostKind,
  sentences: readonly { text: string }[],
): JudgingContext {
  const addressed = kind !== 'post' || greetsSomeone(text);
  return {
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
  for (const f of findings) {
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
  return out;
}
