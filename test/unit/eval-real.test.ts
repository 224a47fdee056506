/**
 * The mechanical checks of `npm run eval:real` (lib/cli/eval-real-checks.ts): every defect of
 * issue 17 is detected on the issue's own examples, and a good rewrite of the same post is not.
 * The checks are the evaluation's, not the engine's guard; these rows test the evaluator.
 */
import { describe, expect, it } from 'vitest';
import {
  actionTokens,
  checkVersion,
  keptShare,
  questionShape,
  type RealDefectKind,
  sentences,
} from '../../lib/cli/eval-real-checks';
import { auc, neighbourMedians, sample, weightedMean } from '../../lib/cli/eval-real-metrics';

const kinds = (original: string, version: string): RealDefectKind[] => [
  ...new Set(checkVersion(original, version).defects.map((d) => d.kind)),
];

interface Row {
  name: string;
  original: string;
  bad: string;
  kind: RealDefectKind;
  /** A version a community manager could post as it stands. */
  good: string;
}

const ROWS: Row[] = [
  {
    name: 'a brand name in capitals lowered ("at SONIC" → "at sonic")',
    original: 'Grab a Cherry Limeade at SONIC this weekend. Hurry, only while supplies last!',
    bad: 'Grab a Cherry Limeade at sonic this weekend. What’s your go-to order?',
    kind: 'protected-case',
    good: 'Grab a Cherry Limeade at SONIC this weekend. What’s your go-to order?',
  },
  {
    name: 'a sponsor’s acronym lowered ("sponsored by GEICO")',
    original: 'The concert series is sponsored by GEICO. Get your tickets NOW!',
    bad: 'The concert series is sponsored by geico. Get your tickets NOW! Who are you taking?',
    kind: 'protected-case',
    good: 'The concert series is sponsored by GEICO. Tickets are out. Who are you taking?',
  },
  {
    name: 'a magazine’s name lowered ("EBONY Power 100")',
    original: 'Congratulations to the honorees of the EBONY Power 100 gala!',
    bad: 'Congratulations to the honorees of the ebony Power 100 gala!',
    kind: 'protected-case',
    good: 'Congratulations to the honorees of the EBONY Power 100 gala! Who inspired you this year?',
  },
  {
    name: 'a CamelCase product name altered (CreamSlush)',
    original: 'Our new CreamSlush® is here. Try one today!',
    bad: 'Our new Creamslush® is here. What flavor would you try?',
    kind: 'protected-case',
    good: 'Our new CreamSlush® is here. What flavor would you try?',
  },
  {
    name: 'a template question built on a phrase that is no topic ("still room")',
    original: 'We still have room for you at the table. Come by tonight, the patio is open!',
    bad: 'We still have room for you at the table. Come by tonight, the patio is open! What’s your biggest still room challenge these days?',
    kind: 'off-topic-question',
    good: 'We still have room for you at the table. Come by tonight, the patio is open! Who would you bring along?',
  },
  {
    name: 'a template question on words that are not together in the post ("idea ingenuity")',
    original:
      'Every big idea starts small. Celebrate the ingenuity of our young inventors at the science fair.',
    bad: 'Every big idea starts small. Celebrate the ingenuity of our young inventors at the science fair. What’s your biggest idea ingenuity challenge these days?',
    kind: 'off-topic-question',
    good: 'Every big idea starts small. Celebrate the ingenuity of our young inventors at the science fair. What did you invent as a kid?',
  },
  {
    name: 'thanks the post never gave, appended to a sponsorship post',
    original:
      'We are proud to sponsor the summer music series downtown. See the full lineup: https://example.com/music',
    bad: 'We are proud to sponsor the summer music series downtown. See the full lineup: https://example.com/music Thank you to everyone who shops with us.',
    kind: 'added-thanks',
    good: 'We are proud to sponsor the summer music series downtown. See the full lineup: https://example.com/music Who are you hoping to see?',
  },
  {
    name: 'thanks inserted into a gala recap',
    original:
      'What a night at the Community Gala! Check out some great memories from the night and learn more: https://example.com/gala',
    bad: 'What a night at the Community Gala! Thank you to our customers and our team for getting us here. Some memories from the night: https://example.com/gala',
    kind: 'added-thanks',
    good: 'What a night at the Community Gala! Some great memories from the night: https://example.com/gala What was your favorite moment?',
  },
  {
    name: 'a claim the post never made',
    original: 'Our new salad is here. Order yours today!',
    bad: 'Our new salad is here. It is the freshest salad in town. What would you pair it with?',
    kind: 'added-statement',
    good: 'Our new salad is here. What would you pair it with? Order yours when you’re ready.',
  },
  {
    name: 'the guide sentence dropped ("What’s under the hood? What’s your take?")',
    original: 'What’s under the hood? Check out this A to Z guide to some important auto terms.',
    bad: 'What’s under the hood? What’s your take?',
    kind: 'sentence-dropped',
    good: 'What’s under the hood? Here’s an A to Z guide to some important auto terms. Which one surprised you?',
  },
  {
    name: 'most of the post dropped ("Watch and learn more. URL Which part would help you most?")',
    original:
      'Promise to make your home safer this year. Download our free app for a room-by-room checklist and tips from our experts. Watch and learn more. https://example.com/safe',
    bad: 'Watch and learn more. https://example.com/safe Which part would help you most?',
    kind: 'content-dropped',
    good: 'Want to make your home safer this year? Our free app has a room-by-room checklist and tips from our experts; download it if it helps. Watch and learn more: https://example.com/safe Which room worries you most?',
  },
  {
    name: 'the way to apply dropped from a hiring post',
    original: 'We’re hiring crew members in Tulsa! Apply via the link: https://example.com/jobs',
    bad: 'We’re hiring crew members in Tulsa! What makes a team one you’d want to join?',
    kind: 'action-dropped',
    good: 'We’re hiring crew members in Tulsa! If it sounds like you, apply via the link: https://example.com/jobs What would you want to know about the role?',
  },
  {
    name: 'a sale’s code and price dropped',
    original: 'Use code SUMMER20 for a $5 meal deal this week only!',
    bad: 'A meal deal this week. What would you pick first?',
    kind: 'action-dropped',
    good: 'Use code SUMMER20 for a $5 meal deal this week. What would you pick first?',
  },
  {
    name: 'a capital after a line break that continues the sentence ("or\\nMobilize")',
    original:
      'Are you a startup with ideas to reinvent the restaurant experience, rethink digital content, or\nmobilize transportation and delivery? Tell us about it.',
    bad: 'Are you a startup with ideas to reinvent the restaurant experience, rethink digital content, or\nMobilize transportation and delivery? Tell us about it.',
    kind: 'continuation-capital',
    good: 'Are you a startup with ideas to reinvent the restaurant experience, rethink digital content, or\nmobilize transportation and delivery? Tell us what you’re building.',
  },
  {
    name: 'a capital after a line break ("that\\nCan")',
    original:
      'We want to team up with startups that\ncan improve the customer experience. Apply here: https://example.com/s',
    bad: 'We want to team up with startups that\nCan improve the customer experience. Apply here: https://example.com/s',
    kind: 'continuation-capital',
    good: 'We want to team up with startups that\ncan improve the customer experience. If that’s you, apply here: https://example.com/s',
  },
  {
    name: 'a superlative removed word by word ("an analytics suite ever built")',
    original: 'Meet the most powerful analytics suite ever built.',
    bad: 'Meet an analytics suite ever built.',
    kind: 'broken-grammar',
    good: 'Meet our analytics suite.',
  },
  {
    name: 'an adjective removed between a comma and its noun ("Our award-winning, platform")',
    original: 'Our award-winning, best-in-class platform helps teams ship faster.',
    bad: 'Our award-winning, platform helps teams ship faster.',
    kind: 'broken-grammar',
    good: 'Our award-winning platform helps teams ship faster.',
  },
];

describe('eval:real defect checks', () => {
  for (const row of ROWS) {
    it(`flags ${row.name}`, () => {
      expect(kinds(row.original, row.bad)).toContain(row.kind);
    });
    it(`passes a good rewrite of: ${row.name}`, () => {
      expect(kinds(row.original, row.good)).toEqual([]);
    });
  }

  it('counts a shouted word apart from a name: the page’s own name, a noun, a CamelCase word', () => {
    const details = (o: string, v: string, page = '') =>
      checkVersion(o, v, page).defects.map((x) => x.detail);
    expect(details('Get a FREE shake at SONIC.', 'Get a free shake at sonic.', 'SonicDriveIn')).toEqual([
      'FREE → free (shouted word)',
      'SONIC → sonic',
    ]);
    // Without the page, SONIC is an adjective shouted; GEICO is a name anyway.
    expect(details('Get a FREE shake at SONIC.', 'Get a free shake at sonic.')).toEqual([
      'FREE → free (shouted word)',
      'SONIC → sonic (shouted word)',
    ]);
    expect(
      details('Sponsored by GEICO. We are EXTREMELY proud.', 'Sponsored by geico. We are extremely proud.'),
    ).toEqual(['GEICO → geico', 'EXTREMELY → extremely (shouted word)']);
  });

  it('does not take the version’s own words for the post’s capitals', () => {
    // "You" and "Day" are title case in the post; the closing question's "you" and "day" are new words.
    expect(
      kinds(
        '20 Fun Facts You Might Not Know About Us via PARADE Magazine https://example.com/f',
        '20 Fun Facts You Might Not Know About Us via PARADE Magazine https://example.com/f What would make it a perfect day for you?',
      ),
    ).toEqual([]);
  });

  it('takes a link the version keeps for a softened call to action, not a dropped sentence', () => {
    expect(
      kinds(
        'Our kiosks let you customize your order. Tap to learn more: https://example.com/k',
        'Our kiosks let you customize your order. If you’d like a closer look: https://example.com/k',
      ),
    ).not.toContain('sentence-dropped');
  });

  it('flags a superlative taken out of "the best thing ever" and a doubled word from a template', () => {
    expect(
      kinds(
        'Meet the new shake. It’s basically the best thing ever.',
        'Meet the new shake. It’s basically a thing ever.',
      ),
    ).toContain('broken-grammar');
    expect(
      kinds(
        'What happens when Pete and TJ challenge Kevin Durant?',
        'What happens when Pete and TJ challenge Kevin Durant? What’s your biggest TJ challenge challenge these days?',
      ),
    ).toContain('broken-grammar');
  });

  it('does not take a comma before a verb, or "the:30", for grammar broken by a removal', () => {
    const original = 'If you’re not at SONIC, then just watch it. Win by entering the:30 contest, every DAY.';
    expect(
      kinds(original, 'If you’re not at SONIC, watch it. Win by entering the:30 contest, every day.'),
    ).not.toContain('broken-grammar');
  });

  it('takes a reworded line that keeps the post’s link or hashtag for the old line, not an added one', () => {
    expect(
      kinds(
        'Introducing #SquareShakes, inspired by our Creamery Shakes. Check them out at SonicSquareShakes.com',
        'Meet #SquareShakes, inspired by our Creamery Shakes. If you’d like to try one: SonicSquareShakes.com',
      ),
    ).not.toContain('added-statement');
  });

  it('reads a template question and its slot', () => {
    expect(questionShape('What’s your biggest wedding party challenge these days?')).toEqual({
      shape: 'What’s your biggest X challenge these days?',
      slot: 'wedding party',
      product: false,
    });
    expect(questionShape('What’s your take?').slot).toBeNull();
  });

  it('finds the ways to act', () => {
    expect(
      actionTokens('Call 555-123-4567 or visit https://example.com/x by Aug 24. Use code SAVE10 for $2 off.'),
    ).toEqual(
      expect.arrayContaining([
        'https://example.com/x',
        'SAVE10',
        '$2',
        'Aug 24',
        '555-123-4567',
        'call',
        'visit',
      ]),
    );
  });

  it('splits sentences at a link and keeps an ellipsis before lower case in its sentence', () => {
    expect(
      sentences('See it here: https://example.com/a. Thank you all! Wait a minute…go on.').map((s) => s.text),
    ).toEqual(['See it here: https://example.com/a.', 'Thank you all!', 'Wait a minute…go on.']);
  });

  it('measures the content kept', () => {
    expect(
      keptShare('Our beef burgers are grilled fresh daily.', 'Our beef burgers are grilled fresh daily.'),
    ).toBe(1);
    expect(keptShare('Our beef burgers are grilled fresh daily.', 'Hello.')).toBe(0);
  });
});

describe('eval:real outcome arithmetic', () => {
  it('computes AUC with ties as one half', () => {
    expect(auc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(auc([1, 1, 1, 1], [false, true, false, true])).toBe(0.5);
    expect(auc([0, 1, 1, 0], [false, true, false, true])).toBe(0.5);
    expect(auc([1, 2], [true, true])).toBeNaN();
  });

  it('takes the median of the nearest neighbours in time, not the post itself', () => {
    const times = [0, 1, 2, 3, 100];
    const values = [1, 2, 3, 4, 50];
    // Post 0’s two nearest are posts 1 and 2; post 2’s are 1 and 3; post 4’s are 3 and 2.
    expect(neighbourMedians(times, values, 2)).toEqual([2.5, 2, 3, 2.5, 3.5]);
  });

  it('weights per-page figures by their counts and skips pages without both classes', () => {
    expect(
      weightedMean([
        { value: 0.6, n: 100 },
        { value: 0.5, n: 300 },
        { value: Number.NaN, n: 50 },
      ]),
    ).toBeCloseTo(0.525);
  });

  it('draws the same seeded sample every time', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(sample(items, 5, 17)).toEqual(sample(items, 5, 17));
    expect(sample(items, 5, 17)).not.toEqual(sample(items, 5, 18));
    expect(new Set(sample(items, 50, 3)).size).toBe(50);
  });
});
