/**
 * broadcast/link-call — "Learn more: URL", "Check out the photos from the night", "Read the full
 * story here": a call to follow a link in a post that sells nothing. It is a broadcast habit (the
 * reader is sent away rather than asked), not a hard sell, so it is a gentle hint. The same call
 * in a post that sells ("Check out our 20% off sale: URL", "Click here for a coupon") stays a call
 * to buy (hard-sell/cta). Found by hard-sell/cta and moved here by the post-level judgement
 * (lib/analysis/context.ts), which sees the whole post.
 */
import { defineRule } from './types';

export const LINK_CALL_ID = 'broadcast/link-call';

export const linkCall = defineRule({
  id: LINK_CALL_ID,
  category: 'broadcast',
  title: 'Points to a link',
  message: 'Sends readers to a link: say what they will find, or ask what they think.',
  why: 'A link to an article or a recap is one-way; a line on what it gives the reader, or a question, starts the conversation.',
  severity: 'info',
  weight: 6,
  examples: {
    flagged: [
      'What a night at the gala for our honorees. Check out some great memories from the night and learn more: https://example.com/gala',
      'Our team visited the children’s hospital this week. Read the full story here: https://example.com/visit',
    ],
    clean: [
      'Check out our 20% off sale: https://example.com/sale',
      'Click here for a coupon: https://example.com/coupon',
      'What a night at the gala. Which moment was your favourite?',
    ],
  },
});
