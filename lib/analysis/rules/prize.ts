/** hard-sell/prize — prize, award and "you have been selected" claims. */
import { PRIZE } from '../lexicon/sales';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(PRIZE);

export const prize = defineRule({
  id: 'hard-sell/prize',
  category: 'hard-sell',
  title: 'Prize claims',
  message: 'Promises a prize, award or giveaway.',
  why: 'Prize bait reads as spam and attracts prize hunters, not the people who will stay.',
  severity: 'strong',
  weight: 28,
  examples: {
    flagged: [
      'Congratulations! You have won a prize.',
      'You have been selected to receive a reward',
      'Chance to win an iPhone',
      'Claim your prize now',
    ],
    clean: ['Our team won an award for accessibility last year.', 'What did you win at the quiz night?'],
  },
  checkSentence: (s) => match(s.text),
  suggest: (finding, input) => {
    const sentence = input.sentences.find((x) => finding.start >= x.start && finding.start < x.end);
    if (sentence === undefined) return null;
    return {
      label: 'Remove the prize claim',
      edit: { start: sentence.start, end: sentence.end, insert: '' },
      explanation: 'Posts that promise prizes are read as spam; say what the post offers the reader instead.',
    };
  },
});
