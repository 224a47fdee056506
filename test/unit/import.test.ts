/**
 * Voice-file import: named errors for each kind of bad input, a lossless export → import round trip,
 * and the property that any input either imports a valid profile or is rejected with nothing saved
 * changed (fast-check).
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrandVoice } from '../../lib/analysis/types';
import { DEFAULT_VOICE } from '../../lib/analysis/voice';
import {
  brandVoiceSchema,
  importProfileFile,
  MAX_PROFILE_FILE_BYTES,
  PROFILE_FILE_FORMAT,
  PROFILE_FILE_VERSION,
  parseProfileFile,
  profileFileName,
  serializeProfile,
} from '../../lib/store/profile-file';
import { addProfile, getSettings, muteRule, setSitePaused } from '../../lib/store/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

const file = (voice: unknown, over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PROFILE_FILE_FORMAT, version: PROFILE_FILE_VERSION, voice, ...over });

describe('parseProfileFile', () => {
  it.each([
    ['not JSON', '{"format": ', /not JSON/],
    ['empty', '', /not JSON/],
    ['an array', '[1, 2]', /expected a JSON object/],
    ['null', 'null', /expected a JSON object/],
    [
      'another format',
      JSON.stringify({ format: 'something-else', version: 1, voice: {} }),
      /"format" must be/,
    ],
    [
      'no version',
      JSON.stringify({ format: PROFILE_FILE_FORMAT, voice: {} }),
      /Unsupported file version null/,
    ],
    ['a future version', file({}, { version: 2 }), /Unsupported file version 2/],
    ['a version as text', file({}, { version: '1' }), /Unsupported file version "1"/],
    ['no voice', JSON.stringify({ format: PROFILE_FILE_FORMAT, version: 1 }), /voice/],
    ['a wrong enum', file({ emoji: 'lots' }), /voice\.emoji/],
    ['banned as a string', file({ banned: 'buy now' }), /voice\.banned/],
    ['a banned entry without phrase', file({ banned: [{ replacement: 'x' }] }), /voice\.banned\.0\.phrase/],
    [
      'an empty banned phrase',
      file({ banned: [{ phrase: '  ', replacement: '' }] }),
      /banned phrase is empty/,
    ],
    ['an unknown field', file({ colour: 'red' }), /Unrecognized key/],
    ['a negative hashtag limit', file({ hashtags: { max: -1 } }), /voice\.hashtags\.max/],
    ['a region that is not a code', file({ regions: ['United States of America'] }), /region is a code/],
    ['an empty name', file({ name: '   ' }), /name must not be empty/],
    ['a too long name', file({ name: 'x'.repeat(81) }), /voice\.name/],
  ])('rejects %s with a message naming the problem', (_, input, problem) => {
    const result = parseProfileFile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(problem);
  });

  it('rejects files above the size limit before parsing them', () => {
    const big = file(
      { name: 'Big', preferred: ['x'.repeat(150)] },
      { padding: ' '.repeat(MAX_PROFILE_FILE_BYTES) },
    );
    const result = parseProfileFile(big);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/too large \(\d+ kB; .* at most 100 kB\)/),
    });
  });

  it('fills missing fields with the defaults and normalises regions', () => {
    expect(parseProfileFile(file({ name: 'Acme', regions: ['us', 'eu'] }))).toEqual({
      ok: true,
      voice: { ...DEFAULT_VOICE, name: 'Acme', regions: ['US', 'EU'] },
    });
    expect(parseProfileFile(file({}))).toEqual({ ok: true, voice: DEFAULT_VOICE });
  });

  it('round-trips an exported voice, dropping only empty rows', () => {
    const voice: BrandVoice = {
      name: 'Acme — EU',
      formality: 'formal',
      emoji: 'none',
      hashtags: { max: 2 },
      banned: [
        { phrase: 'synergy', replacement: 'working together' },
        { phrase: '', replacement: 'left empty in the form' },
      ],
      preferred: ['community', ''],
      signOff: '— The Acme team',
      regions: ['EU', 'UK'],
      strictness: 'strict',
      disabledRules: ['urgency/caps'],
    };
    const text = serializeProfile(voice, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'rapport-voice',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(parseProfileFile(text)).toEqual({
      ok: true,
      voice: { ...voice, banned: [voice.banned[0]], preferred: ['community'] },
    });
    expect(profileFileName(voice)).toBe('rapport-voice-acme-eu.json');
    expect(profileFileName({ ...voice, name: '???' })).toBe('rapport-voice-profile.json');
  });
});

/** Any valid voice as an export writes it (names and phrases trimmed, no empty rows). */
const voiceArb: fc.Arbitrary<BrandVoice> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s.length > 0),
  formality: fc.constantFrom('formal', 'neutral', 'casual'),
  emoji: fc.constantFrom('none', 'sparing', 'free'),
  hashtags: fc.record({ max: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) }),
  banned: fc.array(
    fc.record({
      phrase: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s.length > 0),
      replacement: fc.string({ maxLength: 50 }),
    }),
    { maxLength: 5 },
  ),
  preferred: fc.array(
    fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0),
    { maxLength: 5 },
  ),
  signOff: fc.string({ maxLength: 60 }),
  regions: fc.array(fc.constantFrom('US', 'EU', 'UK', 'IN', 'APAC'), { maxLength: 3 }),
  strictness: fc.constantFrom('gentle', 'balanced', 'strict'),
  disabledRules: fc.array(fc.constantFrom('urgency/caps', 'hard-sell/cta', 'global/date'), { maxLength: 3 }),
}) as fc.Arbitrary<BrandVoice>;

/** Inputs of every kind: random text, random JSON, files with a random voice, valid files with one field broken. */
const inputArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .record({
      format: fc.oneof(fc.constant(PROFILE_FILE_FORMAT), fc.string({ maxLength: 10 })),
      version: fc.oneof(fc.constant(PROFILE_FILE_VERSION), fc.integer(), fc.string({ maxLength: 3 })),
      voice: fc.oneof(
        fc.object({ maxDepth: 2 }),
        fc.dictionary(
          fc.constantFrom('name', 'emoji', 'banned', 'regions', 'hashtags'),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      ),
    })
    .map((f) => JSON.stringify(f)),
  fc
    .tuple(
      voiceArb,
      fc.constantFrom<keyof BrandVoice>(
        'name',
        'formality',
        'emoji',
        'hashtags',
        'banned',
        'preferred',
        'signOff',
        'regions',
        'strictness',
        'disabledRules',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([voice, key, value]) => file({ ...voice, [key]: value })),
  voiceArb.map((voice) => serializeProfile(voice)),
);

describe('importProfileFile', () => {
  it('any input either imports a valid profile (and activates it) or is rejected with nothing changed', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async (input) => {
        fakeBrowser.reset();
        await addProfile({ name: 'Existing', banned: [{ phrase: 'buy now', replacement: '' }] });
        await muteRule('urgency/caps');
        await setSitePaused('x', true);
        const before = await getSettings();
        const result = await importProfileFile(input);
        const after = await getSettings();
        if (result.ok) {
          expect(after.profiles).toHaveLength(before.profiles.length + 1);
          expect(after.profiles.slice(0, -1)).toEqual(before.profiles);
          expect(after.pausedSites).toEqual(before.pausedSites);
          const added = after.profiles.at(-1)!;
          expect(after.activeId).toBe(added.id);
          expect(added.voice).toEqual(result.voice);
          // What was imported is itself a valid voice file.
          expect(brandVoiceSchema.safeParse(added.voice).success).toBe(true);
          expect(parseProfileFile(serializeProfile(added.voice))).toEqual({ ok: true, voice: added.voice });
        } else {
          expect(result.error.length).toBeGreaterThan(10);
          expect(after).toEqual(before);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('imports every exported valid voice unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(voiceArb, async (voice) => {
        fakeBrowser.reset();
        const result = await importProfileFile(serializeProfile(voice));
        expect(result).toEqual({ ok: true, voice });
        const settings = await getSettings();
        expect(settings.profiles.at(-1)?.voice).toEqual(voice);
      }),
      { numRuns: 150 },
    );
  });
});
