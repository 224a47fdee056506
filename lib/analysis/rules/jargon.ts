/** global/jargon — corporate jargon with a plainer alternative. */
import { JARGON } from '../lexicon/clarity';
import { replacementMatcher } from './phrase';
import { defineRule } from './types';

const match = replacementMatcher(JARGON);

export const jargon = defineRule({
  id: 'global/jargon',
  category: 'global',
  title: 'Jargon',
  message: 'Jargon that hides the meaning.',
  why: 'Plain words are understood by more people, in more places, and in translation.',
  severity: 'info',
  weight: 3,
  examples: {
    flagged: ['We leverage synergies across teams.', 'A holistic, mission-critical platform'],
    clean: ['We use shared tools across teams.'],
  },
  checkSentence: (s) => match(s.text),
});
