/**
 * hard-sell/cta — direct calls to buy or act on an offer ("Buy now", "Click here", "Visit our store").
 * Suggests replacing the selling sentence with a question about the reader's own experience of
 * the post's topic.
 */
import { CTA } from '../lexicon/sales';
import { questionFor, sentenceAt } from '../suggest';
import { phraseMatcher } from './phrase';
import { defineRule, type SuggestInput, type SuggestionDraft } from './types';

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
    ],
    clean: [
      'I bought a new bike last week.',
      'How do you order your priorities on Mondays?',
      'Click-through rates are a poor measure of trust.',
    ],
  },
  // "Can I call now?" or "you can get here" is not a command: a subject or modal just before the verb rules it out.
  checkSentence: (s) =>
    match(s.text).filter((h) => !NOT_A_COMMAND.test(s.text.slice(Math.max(0, h.start - 16), h.start))),
  suggest: (finding, input) => askInstead('handle', finding, input),
});
