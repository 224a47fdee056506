/** hard-sell/lead-magnet — free content offered in exchange for contact details. */
import { LEAD_MAGNET } from '../lexicon/sales';
import { askInstead } from './cta';
import { phraseMatcher } from './phrase';
import { defineRule } from './types';

const match = phraseMatcher(LEAD_MAGNET);

export const leadMagnet = defineRule({
  id: 'hard-sell/lead-magnet',
  category: 'hard-sell',
  title: 'Lead magnet',
  message: 'Offers a free download or webinar as bait.',
  why: 'Share the insight itself; gated content asks for trust before it has been earned.',
  severity: 'warning',
  weight: 16,
  examples: {
    flagged: [
      'Download our free ebook on hiring.',
      'Register now for our free webinar',
      'Grab your free checklist',
    ],
    clean: [
      'Here are the three hiring lessons from our ebook.',
      'I hosted a webinar last year and learned a lot.',
    ],
  },
  checkSentence: (s) => match(s.text),
  suggest: (finding, input) => askInstead('challenge', finding, input),
});
