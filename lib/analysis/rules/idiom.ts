/** global/idiom — idioms and slang that a worldwide audience may not read as meant. */
import { IDIOMS } from '../lexicon/clarity';
import { replacementMatcher } from './phrase';
import { defineRule } from './types';

const match = replacementMatcher(IDIOMS);

export const idiom = defineRule({
  id: 'global/idiom',
  category: 'global',
  title: 'Idiom or slang',
  message: 'An idiom that readers elsewhere may not understand.',
  why: 'Social posts are read worldwide, often through translation; plain words travel, idioms do not.',
  severity: 'info',
  weight: 3,
  examples: {
    flagged: ['Let’s touch base next week.', 'This release will move the needle.', 'It was a slam dunk'],
    clean: ['The needle on the gauge moved.', 'We met at the base of the mountain.'],
  },
  checkSentence: (s) => match(s.text),
});
