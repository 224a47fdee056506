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

/** Finds what the post does well; the score rewards these. Hooks are not questions; care counts in replies. */
export function findSignals(
  text: string,
  sentences: readonly PostSentence[],
  context: { hooks: readonly number[]; care: readonly boolean[] } = { hooks: [], care: [] },
): Signal[] {
  const out: Signal[] = [];
  for (const [i, s] of sentences.entries()) {
    if (context.care[i] === true) {
      out.push({ kind: 'care', start: s.start, end: s.end, message: 'Helps the person it answers.' });
    }
    if (asksSomething(s.text) && !context.hooks.includes(i)) {
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
