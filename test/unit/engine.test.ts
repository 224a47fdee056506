import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  CATEGORIES,
  clearCaches,
  MAX_ANALYSED_CHARS,
  review,
  suggest,
} from '../../lib/analysis/index';
import type { Review } from '../../lib/analysis/types';

const SALESY =
  'We are excited to announce our new CRM for remote teams! Buy now and get 20% off, today only!!! Link in bio.';

/** Texts that look like posts: words from sales, chat and global-clarity vocabularies, emoji, RTL, newlines. */
const postLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Buy now',
        '20% off',
        'today only',
        'We are excited to announce',
        'Link in bio',
        'Tag a friend',
        'What do you think?',
        'thanks @ana',
        'at 3pm',
        'on 3/4/2025',
        '$20',
        'LAST CHANCE',
        '!!!',
        '#growth',
        'https://example.com/x',
        'remote onboarding',
        '🎉',
        '👨‍👩‍👧',
        'שלום',
        'مرحبا',
        '\n',
        '. ',
        '? ',
        'e.g.',
        'you',
        'we',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

function checkInvariants(text: string, r: Review): void {
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  expect(Number.isInteger(r.score)).toBe(true);
  for (const c of CATEGORIES) expect(r.dimensions[c]).toBeGreaterThanOrEqual(0);
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.actual);
  }
  const ids = new Set(r.findings.map((f) => f.id));
  for (const s of r.suggestions) {
    expect(s.edit.start).toBeGreaterThanOrEqual(0);
    expect(s.edit.end).toBeLessThanOrEqual(text.length);
    expect(s.edit.start).toBeLessThanOrEqual(s.edit.end);
    expect(s.preview).toBe(applyEdit(text, s.edit));
    expect(s.preview).not.toBe(text);
    for (const id of s.findingIds) expect(ids.has(id)).toBe(true);
  }
}

describe('review() properties', () => {
  it('never throws; offsets are in bounds and match; previews equal applying their edits', () => {
    fc.assert(
      fc.property(
        fc.oneof(postLike, fc.string(), fc.string({ unit: 'binary' })),
        fc.constantFrom('x', 'linkedin', 'facebook', 'generic' as const),
        (text, platform) => {
          checkInvariants(text, review(text, { platform }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(postLike, (text) => {
        expect(JSON.stringify(review(text))).toBe(JSON.stringify(review(text)));
      }),
      { numRuns: 150 },
    );
  });

  it('applying a suggestion and reviewing again keeps every invariant', () => {
    fc.assert(
      fc.property(postLike, (text) => {
        for (const s of review(text).suggestions) checkInvariants(s.preview, review(s.preview));
      }),
      { numRuns: 100 },
    );
  });
});

describe('review() contract', () => {
  it('flags a salesy post as salesy, with findings in several categories and concrete suggestions', () => {
    const r = review(SALESY, { platform: 'x' });
    expect(r.verdict).toBe('salesy');
    expect(r.score).toBeLessThan(50);
    const categories = new Set(r.findings.map((f) => f.category));
    for (const c of ['hard-sell', 'urgency', 'broadcast']) expect(categories).toContain(c);
    const labels = r.suggestions.map((s) => s.label).join('\n');
    expect(r.suggestions[0].scope).toBe('post');
    expect(r.suggestions[0].preview).toMatch(/\?$/);
    expect(labels).toMatch(/Remove “today only”/);
  });

  it('scores a conversational post as conversational, with positive signals', () => {
    const r = review(
      'Last week a customer told us onboarding took her team three weeks. We rebuilt the checklist with her. Thanks @ana for the idea! How long does onboarding take on your team?',
      { platform: 'linkedin' },
    );
    expect(r.verdict).toBe('conversational');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['question', 'thanks', 'story']));
  });

  it('replaces the call to buy with a question that suits the post (no product named: an open one)', () => {
    const r = review('Our new remote onboarding toolkit is live. Order yours today!');
    expect(r.suggestions[0].preview).toBe('Our new remote onboarding toolkit is live. What do you think?');
    expect(r.suggestions.some((s) => s.id.startsWith('hard-sell/cta'))).toBe(false);
  });

  it('ends a general post with an open question, never one built from an arbitrary noun phrase (issue 17)', () => {
    const r = review(
      'We wrote down what we learned about email marketing this year 📬 Tag a friend who needs to see this! Like and share if you agree!',
    );
    expect(r.suggestions[0].preview).toBe(
      'We wrote down what we learned about email marketing this year 📬 What’s your take?',
    );
  });

  it('turns an announcement opener into a person speaking', () => {
    const r = review('We are excited to announce our new analytics dashboard for small shops.');
    expect(r.suggestions[0].preview).toBe(
      'Meet our new analytics dashboard for small shops. What do you think?',
    );
  });

  it('removes urgency and shouting cleanly', () => {
    const r = review('Get 20% off, today only. LAST CHANCE TO JOIN!!!');
    const previews = r.suggestions.map((s) => s.preview);
    expect(previews).toContain('Get 20% off. LAST CHANCE TO JOIN!!!');
    expect(previews).toContain('Get 20% off, today only. Last chance to join!!!');
    expect(previews).toContain('Get 20% off, today only. LAST CHANCE TO JOIN!');
  });

  it('offers global fixes: time zone, unambiguous date, currency code', () => {
    const r = review('Join our live Q&A on 3/4/2025 at 3pm. Tickets are $20.');
    const inserts = r.suggestions.map((s) => s.edit.insert);
    expect(inserts).toEqual(expect.arrayContaining(['4 March 2025', '3pm UTC', 'US$20']));
  });

  it('honours the audience: a single-region voice does not flag US dates and dollars', () => {
    const r = review('Join us on 3/4/2025 at 3pm. Tickets are $20.', { voice: { regions: ['US'] } });
    expect(r.findings.filter((f) => f.category === 'global')).toEqual([]);
  });

  it('counts X length with twitter-text weighting (URLs 23, CJK 2)', () => {
    const r = review('日本語 https://example.com/a/very/long/path/that/is/long', { platform: 'x' });
    expect(r.stats.length).toBe(3 * 2 + 1 + 23);
    expect(r.stats.limit).toBe(280);
    expect(review('a'.repeat(281), { platform: 'x' }).stats.overLimit).toBe(true);
    expect(review('a'.repeat(281), { platform: 'linkedin' }).stats.limit).toBe(3000);
  });

  it('reports other languages as not analysed instead of flagging them', () => {
    for (const text of [
      'Compra ahora con un descuento del 20% solo por hoy, no te lo pierdas y dile a tus amigos que lo compren',
      'Jetzt kaufen und 20% sparen, nur heute, das ist die beste Gelegenheit für dich und deine Freunde',
      '今すぐ購入して20％オフ！本日限り！',
      'Купите сейчас со скидкой 20%, только сегодня!',
    ]) {
      const r = review(text);
      expect(r.analysed).toBe(false);
      expect(r.language).not.toBe('en');
      expect(r.findings).toEqual([]);
    }
  });

  it('handles empty and whitespace-only texts', () => {
    for (const text of ['', '   ', '\n\n']) {
      const r = review(text);
      expect(r.findings).toEqual([]);
      expect(r.analysed).toBe(false);
    }
  });

  it('analyses a 100,000-character text in a bounded window', () => {
    const text = `${SALESY} `.repeat(Math.ceil(100_000 / (SALESY.length + 1))).slice(0, 100_000);
    const r = review(text);
    expect(r.truncated).toBe(true);
    expect(r.stats.chars).toBe(100_000);
    expect(Math.max(...r.findings.map((f) => f.end))).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('finds the same findings after an edit elsewhere, at shifted offsets (sentence cache stays correct)', () => {
    const base = 'Great chat with the team today. Buy now and save!';
    const before = review(base).findings.find((f) => f.rule === 'hard-sell/cta')!;
    const edited = `Hello all. ${base}`;
    const after = review(edited).findings.find((f) => f.rule === 'hard-sell/cta')!;
    expect(after.start).toBe(before.start + 11);
    expect(edited.slice(after.start, after.end)).toBe('Buy now');
  });
});

describe('lazy suggestions', () => {
  const POSTS = [
    'Buy now and save big. We love our customers, today only!!!',
    'DM us for prices. Limited spots left, sign up today and share with your friends!',
    'Thanks everyone who came to the meetup yesterday. What should we cover next time?',
    'ok',
  ];

  it('review(text, { suggestions: false }) is the full review without its suggestions, and suggest() gives them', () => {
    for (const text of POSTS) {
      for (const options of [
        { platform: 'x' as const },
        { platform: 'linkedin' as const, kind: 'reply' as const },
      ]) {
        clearCaches();
        const quick = review(text, { ...options, suggestions: false });
        const lazy = suggest(text, options);
        clearCaches();
        const full = review(text, options);
        expect(quick).toEqual({ ...full, suggestions: [] });
        expect(lazy).toEqual(full.suggestions);
        // From the cache, in any order: the same answers.
        expect(review(text, options)).toEqual(full);
        expect(suggest(text, options)).toEqual(full.suggestions);
      }
    }
    expect(review(POSTS[0], { platform: 'x' }).suggestions.length).toBeGreaterThan(0);
  });

  it('keeps suggestions apart per text and per options', () => {
    const banned = { banned: [{ phrase: 'customers', replacement: 'people' }] };
    const withVoice = suggest(POSTS[0], { platform: 'x', voice: banned });
    const plain = suggest(POSTS[0], { platform: 'x' });
    expect(withVoice.some((s) => s.preview.includes('people'))).toBe(true);
    expect(plain.some((s) => s.preview.includes('people'))).toBe(false);
    expect(suggest(POSTS[1], { platform: 'x' })).not.toEqual(plain);
  });
});

describe('suggestions on realistic marketing posts', () => {
  it('finds the topic behind the product and hype words', () => {
    const r = review(
      '🚀 Introducing FlowDesk 2.0 — the revolutionary project management platform for agencies! Sign up today and get 50% off your first 3 months. Offer ends Friday. Link in bio!',
    );
    const post = r.suggestions[0];
    expect(post.preview).toMatch(/^🚀 Meet FlowDesk 2\.0 — a project management platform for agencies!/);
    expect(post.preview).toMatch(/What would you use FlowDesk 2\.0 for first\?$/);
    // The way to act and the offer stay, softened (issue 17); the deadline and "link in bio" go.
    expect(post.preview).toContain('If you’d like to try it, sign up and get 50% off your first 3 months.');
    expect(post.preview).not.toMatch(/Offer ends|Link in bio|today/);
  });

  it('never builds a question from markup, code or paths', () => {
    const r = review('Buy now <img src=x onerror="alert(1)"> see docs/setup_guide.md today');
    for (const s of r.suggestions) expect(s.edit.insert).not.toMatch(/\?/);
    expect(r.suggestions.some((s) => s.scope === 'post')).toBe(false);
  });

  it('removes scarcity without leaving fragments', () => {
    const r = review('Our webinar starts tomorrow. Register now - only 12 seats left! See you there.');
    expect(r.suggestions.map((s) => s.preview)).toContain(
      'Our webinar starts tomorrow. Register now! See you there.',
    );
  });

  it('does not call a story’s “the best teams” hype', () => {
    const r = review(
      'The surprise: the best teams reply slower, not faster. How does your team handle the first reply?',
    );
    expect(r.findings).toEqual([]);
  });

  it('replaces engagement bait with an open question and keeps what the post says', () => {
    const r = review('We planted 200 trees with our volunteers this spring 🌱 Like and share if you agree!', {
      platform: 'facebook',
    });
    expect(r.verdict).not.toBe('conversational');
    expect(r.suggestions[0].preview).toMatch(
      /^We planted 200 trees with our volunteers this spring 🌱 .+\?$/,
    );
    expect(r.suggestions[0].preview).not.toMatch(/like and share/i);
  });
});

describe('brand voice', () => {
  it('replaces banned phrases with the preferred wording', () => {
    const r = review('Our customers love the synergy of our tools.', {
      voice: { banned: [{ phrase: 'customers', replacement: 'community' }] },
    });
    const f = r.findings.find((x) => x.rule === 'voice/banned');
    expect(f?.actual).toBe('customers');
    expect(r.suggestions.find((s) => s.findingIds.includes(f!.id))?.preview).toBe(
      'Our community love the synergy of our tools.',
    );
  });

  it('applies the emoji policy', () => {
    expect(review('Launch day 🎉', { voice: { emoji: 'none' } }).findings.map((f) => f.rule)).toContain(
      'voice/emoji',
    );
    expect(
      review('Launch day 🎉', { voice: { emoji: 'sparing' } }).findings.map((f) => f.rule),
    ).not.toContain('voice/emoji');
    expect(review('🎉🎉🎉🎉🎉', { voice: { emoji: 'free' } }).findings.map((f) => f.rule)).not.toContain(
      'voice/emoji',
    );
  });

  it('applies the hashtag policy or the platform norm', () => {
    const text = 'Great day #one #two #three';
    expect(review(text, { platform: 'x' }).findings.filter((f) => f.rule === 'voice/hashtags')).toHaveLength(
      1,
    );
    expect(
      review(text, { platform: 'linkedin' }).findings.filter((f) => f.rule === 'voice/hashtags'),
    ).toHaveLength(0);
    expect(
      review(text, { platform: 'linkedin', voice: { hashtags: { max: 1 } } }).findings.filter(
        (f) => f.rule === 'voice/hashtags',
      ),
    ).toHaveLength(2);
  });

  it('applies formality both ways', () => {
    expect(
      review('gonna be fun lol', { voice: { formality: 'formal' } }).findings.map((f) => f.rule),
    ).toContain('voice/formality');
    expect(
      review('Kindly be advised of the change.', { voice: { formality: 'casual' } }).findings.map(
        (f) => f.rule,
      ),
    ).toContain('voice/formality');
    expect(
      review('gonna be fun lol', { voice: { formality: 'neutral' } }).findings.map((f) => f.rule),
    ).not.toContain('voice/formality');
  });

  it('suggests the sign-off on longer posts', () => {
    const text =
      'We spent the week talking to people who run support teams about what slows them down, and the answers surprised us a lot.';
    const r = review(text, { voice: { signOff: '— Ana, Rapport team' } });
    const s = r.suggestions.find((x) => x.id.startsWith('voice/sign-off'));
    expect(s?.preview).toBe(`${text}\n\n— Ana, Rapport team`);
  });

  it('skips disabled rules and softens with gentle strictness', () => {
    const strict = review(SALESY, { voice: { strictness: 'strict' } });
    const gentle = review(SALESY, { voice: { strictness: 'gentle' } });
    expect(gentle.score).toBeGreaterThanOrEqual(strict.score);
    expect(gentle.findings.some((f) => f.severity === 'info')).toBe(false);
    const off = review(SALESY, { voice: { disabledRules: ['hard-sell/cta', 'urgency/deadline'] } });
    expect(off.findings.map((f) => f.rule)).not.toContain('hard-sell/cta');
    expect(off.findings.map((f) => f.rule)).not.toContain('urgency/deadline');
  });
});
