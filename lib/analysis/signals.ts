/** Positive signals of a conversational post: questions to the reader, "you", thanks, stories, credit, replies. */
import { CREDIT, STORY, THANKS } from './lexicon/conversation';
import type { PostSentence } from './rules/types';
import { asksSomething, matchAll, phraseRegex } from './text';
import type { Signal } from './types';

const THANKS_RE = phraseRegex(THANKS);
const STORY_RE = phraseRegex(STORY);
const CREDIT_RE = phraseRegex(CREDIT);
const YOU = /\b(?:you|your|yours|you're|you've|you'll|u|ur)\b/i;
const REPLY = /^@[\w]+/;
const REQUESTS_INPUT =
  /(?<![\p{L}])(?:tell us|let us know|share your (?:stories|story|thoughts|ideas|tips?|favou?rite|memories|photos?)|(?:comment|reply) (?:below )?with (?:your|how|what|why|which)|we(?:'d|’d| would) love to (?:hear|see|know))(?![\p{L}])/iu;
// "I", "my", "me": a person speaking, not a faceless "we" (Packard, Moore & McFerran 2018).
const PERSON = /(?<![\p{L}'’])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|my|me)(?![\p{L}'’])/iu;

/** Finds what the post does well; the score rewards these. Hooks are not questions; care counts in replies. */
export function findSignals(
  text: string,
  sentences: readonly PostSentence[],
  context: {
    hooks: readonly number[];
    care: readonly boolean[];
    /**
     * Per sentence: carries a selling finding. A question that sells is no question to the reader,
     * and a post that sells anywhere gets no credit for speaking as a person ("I make videos, sub!").
     */
    selling?: readonly boolean[];
  } = { hooks: [], care: [] },
): Signal[] {
  const out: Signal[] = [];
  let person = false;
  for (const [i, s] of sentences.entries()) {
    if (!person && !(context.selling ?? []).some(Boolean) && PERSON.test(s.text)) {
      person = true;
      out.push({ kind: 'person', start: s.start, end: s.end, message: 'Speaks as a person.' });
    }
    if (context.care[i] === true) {
      out.push({ kind: 'care', start: s.start, end: s.end, message: 'Helps the person it answers.' });
    }
    // A question that sells ("Can this channel get 500+ subscribers?") asks nothing of the reader;
    // a request for the reader's own input ("Tell us your favourite…") asks as much as a question.
    if (
      (asksSomething(s.text) || REQUESTS_INPUT.test(s.text)) &&
      !context.hooks.includes(i) &&
      context.selling?.[i] !== true
    ) {
      out.push({
        kind: 'question',
        start: s.start,
        end: s.end,
        message: YOU.test(s.text) ? 'Asks the reader a question.' : 'Asks a question.',
      });
    }
  }
  const first = (re: RegExp, kind: Signal['kind'], message: string) => {
    const m = matchAll(re, text)[0];
    if (m !== undefined) out.push({ kind, start: m.start, end: m.end, message });
  };
  first(THANKS_RE, 'thanks', 'Thanks someone.');
  first(STORY_RE, 'story', 'Tells a story or a lesson.');
  first(CREDIT_RE, 'credit', 'Credits others.');
  const reply = REPLY.exec(text);
  if (reply !== null)
    out.push({ kind: 'reply', start: 0, end: reply[0].length, message: 'Replies to someone.' });
  return out;
}
