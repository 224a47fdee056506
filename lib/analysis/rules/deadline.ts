/** urgency/deadline — deadlines, countdowns and hurry words ("today only", "last chance", "ends tonight"). */
import { URGENCY } from '../lexicon/pressure';
import { removalEdit } from '../suggest';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(URGENCY);

export const deadline = defineRule({
  id: 'urgency/deadline',
  category: 'urgency',
  title: 'Deadline pressure',
  message: 'Pushes readers with a deadline or hurry words.',
  why: 'False urgency is a campaign tactic; social works as a permanent practice that earns attention over time.',
  severity: 'warning',
  weight: 18,
  examples: {
    flagged: [
      'Today only!',
      'Last chance to join.',
      'Hurry, offer ends tonight',
      "Don't miss out",
      'Valid 12 hours only',
    ],
    clean: [
      'I only found out today that the library opens at nine.',
      'What was your last chance encounter with a mentor?',
    ],
  },
  checkSentence: (s) => {
    const hits = match(s.text);
    // "last chance" inside a longer noun phrase ("last chance encounter") is not pressure.
    return hits.filter((h) => !/^\s+(?:encounter|meeting)/i.test(s.text.slice(h.end)));
  },
  suggest: (finding, input) => ({
    label: `Remove “${finding.actual.trim()}”`,
    edit: removalEdit(input.text, finding.start, finding.end),
    explanation: 'Drop the pressure and give the reason to care instead.',
  }),
});
