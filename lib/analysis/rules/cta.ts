/**
 * hard-sell/cta — calls to buy or act on an offer, recognised by structure (a command or a
 * "you can/should" sentence whose verb and object sell: "Book a free demo today", "Contact our
 * sales team", "Secure your spot", "Download free today!") and by a few fixed phrases that are not
 * commands ("add to cart", "limited offer"). Following a link is a weaker call than buying.
 * Suggests replacing the selling sentence with a question about the reader's own experience of
 * the post's topic.
 */
import { findCallsToAction } from '../intent';
import { CTA } from '../lexicon/sales';
import { questionFor, sentenceAt } from '../suggest';
import { phraseMatcher } from './phrase';
import { defineRule, type Hit, type SuggestInput, type SuggestionDraft } from './types';

const match = phraseMatcher(CTA);
const NOT_A_COMMAND =
  /\b(?:i|you|u|we|they|he|she|can|could|will|would|should|shall|might|may|to|not|did|didn't|don't|dont|i'll|we'll|gonna|wanna|re)\s+$/i;

/** Replaces the sentence holding a finding with a topic question (shared by the selling rules). */
export function askInstead(
  kind: Parameters<typeof questionFor>[0],
  finding: { start: number },
  input: SuggestInput,
): SuggestionDraft | null {
  const sentence = sentenceAt(input.sentences, finding.start);
  if (sentence === undefined) return null;
  const question = questionFor(kind, input.topic());
  return {
    label: `Ask instead: “${question}”`,
    edit: { start: sentence.start, end: sentence.end, insert: question },
    explanation:
      'A question about the reader’s own experience starts a conversation; a sales command ends one.',
  };
}

const LINK_PHRASE =
  /^(?:click|tap|visit|check|go (?:check|see|visit|to)|log ?on|find out|more info)(?![\p{L}])/iu;

// "Check me out", "visit my profile", "check out this channel": promoting oneself, not a link to read.
const SELF_LINK = /^[^.!?]*?(?<![\p{L}])(?:i|i'm|me|my|mine|us|channel|profile|subscribe)(?![\p{L}])/iu;

/** Messages of the calls that send readers somewhere (a link, a contact) rather than to a purchase. */
export const LINK_CALL_MESSAGE = 'Sends readers to a link instead of talking with them.';
export const CONTACT_CALL_MESSAGE = 'Asks readers to contact you to buy.';
// The conditions a conversational version (or a considerate writer) puts before a call to act.
const SOFT_CONDITION =
  /^\P{L}*if (?:you(?:’|')d like|you(?:’|')re (?:tempted|coming|interested|curious)|you can make it|this sounds like you|it would help|it sounds useful)[^.!?]{0,30},\s*$/iu;
const PRESSED = /(?<![\p{L}])(?:now|today|tonight|hurry|asap|immediately|right away)(?![\p{L}])/iu;

export const cta = defineRule({
  id: 'hard-sell/cta',
  category: 'hard-sell',
  title: 'Call to buy',
  message: 'A direct call to buy or act on an offer.',
  why: 'Social pays off through conversation and relationships, not as a one-way sales channel.',
  severity: 'strong',
  weight: 26,
  examples: {
    flagged: [
      'Buy now and save.',
      'Click here to learn more.',
      'Visit our website for the full range.',
      'Order yours today!',
      'Check out my channel',
      'Book a free demo today.',
      'Contact our sales team to learn more.',
      'Schedule a demo with our team today',
      'Request your personalised demo',
      'Download free today!',
      'Apply now through the link below',
      'Send me your CV',
      'Grab your seat',
      'Secure your spot',
      'Reserve yours',
      'You can book a consultation with our experts at https://example.com/book.',
    ],
    clean: [
      'I bought a new bike last week.',
      'If you’d like to try it, pre-order and save $200: https://velo.example.com/preorder',
      'If you’re tempted, come down and bring your friends.',
      'How do you order your priorities on Mondays?',
      'Click-through rates are a poor measure of trust.',
      'Pls confirm the time to collect the cheque.',
      'Buy milk on your way home.',
      'Can you book the table for Friday?',
      'I booked a demo with them last week.',
      "Don't buy the first tool you see.",
      'Call me when you land.',
    ],
  },
  // "Can I call now?" or "you can get here" is not a command: a subject or modal just before the verb rules it out.
  checkSentence: (s) => {
    const hits: Hit[] = findCallsToAction(s.text).map((c) => ({
      start: c.start,
      end: c.end,
      ...(c.intent === 'link'
        ? { severity: 'warning' as const, message: LINK_CALL_MESSAGE }
        : c.intent === 'contact'
          ? { message: CONTACT_CALL_MESSAGE }
          : {}),
    }));
    for (const h of match(s.text)) {
      if (NOT_A_COMMAND.test(s.text.slice(Math.max(0, h.start - 16), h.start))) continue;
      if (hits.some((x) => h.start < x.end && h.end > x.start)) continue;
      // "Click here", "Check out", "Visit our website": a call to follow a link, not to buy.
      hits.push(
        LINK_PHRASE.test(s.text.slice(h.start, h.end)) && !SELF_LINK.test(s.text.slice(h.start, h.end + 60))
          ? { ...h, message: LINK_CALL_MESSAGE }
          : h,
      );
    }
    // "If you’d like to try it, pre-order here": a call offered on a condition, without pressure, is
    // an invitation (how a conversational version keeps the reader's way to act), not a call to buy.
    const invited = (h: Hit) => SOFT_CONDITION.test(s.text.slice(0, h.start)) && !PRESSED.test(s.text);
    return hits.filter((h) => !invited(h)).sort((a, b) => a.start - b.start);
  },
  suggest: (finding, input) => askInstead('handle', finding, input),
});
