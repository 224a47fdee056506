/** broadcast/announcement — brand-first announcement openers ("We are excited to announce…"). */
import { ANNOUNCEMENT_OPENERS } from '../lexicon/conversation';
import { phraseRegex } from '../text';
import { defineRule } from './types';

const OPENER = phraseRegex(ANNOUNCEMENT_OPENERS);

export const announcement = defineRule({
  id: 'broadcast/announcement',
  category: 'broadcast',
  title: 'Announcement opener',
  message: 'Opens with the brand’s excitement instead of the reader’s interest.',
  why: 'Readers care about what changes for them; “we are excited” is about us.',
  severity: 'warning',
  weight: 10,
  examples: {
    flagged: [
      'We are excited to announce our new app.',
      "We're thrilled to share that we raised funding.",
      'Introducing the new dashboard',
      'Big news: we moved!',
    ],
    clean: ['You asked for dark mode, so here it is.', 'Are you excited about the conference?'],
  },
  checkSentence: (s) => {
    OPENER.lastIndex = 0;
    const m = OPENER.exec(s.text);
    // Only an opener counts: the phrase must start the sentence (after emoji or spaces).
    if (m === null || /[\p{L}\p{N}]/u.test(s.text.slice(0, m.index))) return [];
    return [{ start: m.index, end: m.index + m[0].length }];
  },
  suggest: (finding, input) => {
    const after = input.text.slice(finding.end);
    const lead = /^\s*(?:that\s+)?/i.exec(after)?.[0] ?? '';
    const rest = after.slice(lead.length);
    const topic = input.topic();
    const opener =
      topic !== null ? `For anyone who cares about ${topic}:` : 'Here’s something we made for you:';
    const insert = `${opener} `;
    return {
      label: 'Lead with the reader',
      edit: { start: finding.start, end: finding.end + lead.length, insert },
      explanation: 'A reader-first opener says why this matters to them before saying what it is.',
      // The rest of the sentence keeps its case only if it starts with a proper noun.
      // Lower-case the next word only when it is a common one ("Our new app" → "our new app"), never a name.
      ...(/^(?:Our|The|A|An|This|These|My|We|Its|Their|Your)\b/.test(rest)
        ? {
            edit: {
              start: finding.start,
              end: finding.end + lead.length + 1,
              insert: insert + rest[0].toLowerCase(),
            },
          }
        : {}),
    };
  },
});
