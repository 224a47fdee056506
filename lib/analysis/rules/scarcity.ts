/** hard-sell/scarcity — manufactured scarcity ("limited stock", "only 3 left"). */
import { SCARCITY } from '../lexicon/sales';
import { removalEdit } from '../suggest';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(SCARCITY);

export const scarcity = defineRule({
  id: 'hard-sell/scarcity',
  category: 'hard-sell',
  title: 'Scarcity',
  message: 'Pressures with limited stock or places.',
  why: 'Scarcity claims push a sale; relationships grow from a reason to care, not fear of missing out.',
  severity: 'strong',
  weight: 16,
  examples: {
    flagged: ['Limited stock available.', 'Only 3 left!', 'Get it while supplies last', 'Selling fast'],
    clean: [
      'Stock markets were limited to a few traders then.',
      'We have 3 left-handed designers on the team.',
    ],
  },
  checkSentence: (s) => match(s.text),
  suggest: (finding, input) => ({
    label: `Remove “${finding.actual}”`,
    edit: removalEdit(input.text, finding.start, finding.end),
    explanation: 'Without the pressure the post can give the real reason to care.',
  }),
});
