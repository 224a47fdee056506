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
  type ParsedProfile,
  PROFILE_FILE_FORMAT,
  PROFILE_FILE_VERSION,
  parseProfileFile,
  planImport,
  profileFileName,
  saveImport,
  serializeProfile,
} from '../../lib/store/profile-file';
import { addProfile, getSettings, muteRule, ORGANISATION_ID, setSitePaused } from '../../lib/store/settings';

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
    [
      'a future version',
      file({}, { version: 3 }),
      /Unsupported file version 3; this Rapport reads versions 1 and 2/,
    ],
    ['a profile without a date', file({}, { profile: { id: 'p-1' } }), /profile\.updatedAt/],
    [
      'a profile with a bad date',
      file({}, { profile: { id: 'p-1', updatedAt: 'yesterday' } }),
      /profile\.updatedAt: must be a date/,
    ],
    [
      'a profile id with odd characters',
      file({}, { profile: { id: 'a b', updatedAt: '2026-01-01T00:00:00Z' } }),
      /profile\.id/,
    ],
    [
      'a version 1 file with a profile',
      file({}, { version: 1, profile: { id: 'p', updatedAt: '2026-01-01T00:00:00Z' } }),
      /version 1 files have no profile/,
    ],
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
    ['names as one string', file({ names: 'SONIC' }), /voice\.names: must be a list of names/],
    ['a name that is not text', file({ names: ['SONIC', 7] }), /voice\.names\.1: a name is text/],
    ['a too long protected name', file({ names: ['x'.repeat(81)] }), /voice\.names\.0: a name is at most 80/],
    ['too many names', file({ names: Array.from({ length: 501 }, (_, i) => `N${i}`) }), /at most 500 names/],
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
      names: ['SONIC', ' GEICO ', '', 'SONIC', 'EBONY Power 100'],
      signOff: '— The Acme team',
      regions: ['EU', 'UK'],
      strictness: 'strict',
      disabledRules: ['urgency/caps'],
    };
    const text = serializeProfile(voice, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'rapport-voice',
      version: 2,
      exportedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(parseProfileFile(text)).toEqual({
      ok: true,
      voice: {
        ...voice,
        banned: [voice.banned[0]],
        preferred: ['community'],
        names: ['SONIC', 'GEICO', 'EBONY Power 100'],
      },
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
  names: fc.uniqueArray(
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
          fc.constantFrom('name', 'emoji', 'banned', 'names', 'regions', 'hashtags'),
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
        'names',
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

describe('protected names in voice files', () => {
  it('a file without names (every file before them) imports with none', () => {
    const old = file({ name: 'Acme', preferred: ['community'] }, { version: 1 });
    expect(parseProfileFile(old)).toEqual({
      ok: true,
      voice: { ...DEFAULT_VOICE, name: 'Acme', preferred: ['community'], names: [] },
    });
  });

  it('an export writes names only when the voice has some, so older versions still read it', () => {
    expect(JSON.parse(serializeProfile(DEFAULT_VOICE)).voice).not.toHaveProperty('names');
    expect(JSON.parse(serializeProfile({ ...DEFAULT_VOICE, names: ['  '] })).voice).not.toHaveProperty(
      'names',
    );
    expect(JSON.parse(serializeProfile({ ...DEFAULT_VOICE, names: ['SONIC'] })).voice.names).toEqual([
      'SONIC',
    ]);
  });

  it('a malformed names list is refused with a clear error and nothing saved changes', async () => {
    await addProfile({ name: 'Mine', names: ['GEICO'] });
    const before = await getSettings();
    const result = await importProfileFile(file({ name: 'Acme', names: [{ name: 'SONIC' }] }));
    expect(result).toEqual({
      ok: false,
      error: 'The voice in the file is not valid: voice.names.0: a name is text.',
    });
    expect(await getSettings()).toEqual(before);
  });
});

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

describe('voice files with a version and updatedAt', () => {
  const at = (iso: string) => Date.parse(iso);

  it('carry the profile id and when it was last changed, and read back to the same', () => {
    const text = serializeProfile(DEFAULT_VOICE, new Date('2026-03-06T00:00:00Z'), {
      id: 'p-acme',
      updatedAt: at('2026-03-05T14:20:00Z'),
    });
    expect(JSON.parse(text)).toMatchObject({
      version: PROFILE_FILE_VERSION,
      profile: { id: 'p-acme', updatedAt: '2026-03-05T14:20:00.000Z' },
    });
    expect(parseProfileFile(text)).toEqual({
      ok: true,
      voice: DEFAULT_VOICE,
      profile: { id: 'p-acme', updatedAt: at('2026-03-05T14:20:00Z') },
    });
  });

  it('still reads version 1 files (no profile): always a new profile', async () => {
    const v1 = JSON.stringify({ format: PROFILE_FILE_FORMAT, version: 1, voice: { name: 'Old file' } });
    const parsed = parseProfileFile(v1);
    expect(parsed).toEqual({ ok: true, voice: { ...DEFAULT_VOICE, name: 'Old file' } });
    if (parsed.ok) expect(planImport(parsed, await getSettings())).toEqual({ kind: 'new' });
  });

  it('plan: new profile, newer copy, same copy, or an older copy that needs asking', async () => {
    await addProfile({ name: 'Acme' });
    const s = await getSettings();
    const mine = s.profiles[1];
    const copy = (updatedAt: number, voice = mine.voice) =>
      parseProfileFile(serializeProfile(voice, new Date(), { id: mine.id, updatedAt })) as ParsedProfile & {
        ok: true;
      };
    const stamp = mine.updatedAt as number;
    expect(planImport(copy(stamp + 1), s)).toEqual({ kind: 'newer', existing: mine });
    expect(planImport(copy(stamp), s)).toEqual({ kind: 'same', existing: mine });
    expect(planImport(copy(stamp - 1), s)).toEqual({ kind: 'older', existing: mine });
    // Same date, different content (edited on two devices in the same millisecond): ask.
    expect(planImport(copy(stamp, { ...mine.voice, emoji: 'none' }), s).kind).toBe('older');
    const other = parseProfileFile(serializeProfile(mine.voice, new Date(), { id: 'p-other', updatedAt: 1 }));
    if (other.ok) expect(planImport(other, s)).toEqual({ kind: 'new' });
    const organisation = parseProfileFile(
      serializeProfile(mine.voice, new Date(), { id: ORGANISATION_ID, updatedAt: 1 }),
    );
    if (organisation.ok) expect(planImport(organisation, s)).toEqual({ kind: 'new' });
  });

  it('importProfileFile never replaces a profile with an older copy of it (it reports it instead)', async () => {
    await addProfile({ name: 'Acme', signOff: 'new' });
    const mine = (await getSettings()).profiles[1];
    const older = serializeProfile({ ...mine.voice, signOff: 'old' }, new Date(), {
      id: mine.id,
      updatedAt: (mine.updatedAt as number) - 1000,
    });
    const result = await importProfileFile(older);
    expect(result).toMatchObject({ ok: true, older: { kind: 'older', existing: { id: mine.id } } });
    expect((await getSettings()).profiles[1].voice.signOff).toBe('new');
    // A newer copy replaces it in place, keeping the file's date.
    const newer = serializeProfile({ ...mine.voice, signOff: 'newest' }, new Date(), {
      id: mine.id,
      updatedAt: (mine.updatedAt as number) + 1000,
    });
    await importProfileFile(newer);
    const after = await getSettings();
    expect(after.profiles).toHaveLength(2);
    expect(after.profiles[1]).toMatchObject({
      id: mine.id,
      voice: { signOff: 'newest' },
      updatedAt: (mine.updatedAt as number) + 1000,
    });
    // Replacing with an older copy on purpose dates it now, so it wins over the user's other devices.
    const p = parseProfileFile(older) as ParsedProfile & { ok: true };
    const before = Date.now();
    await saveImport(p, 'replace');
    const replaced = (await getSettings()).profiles[1];
    expect(replaced.voice.signOff).toBe('old');
    expect(replaced.updatedAt).toBeGreaterThanOrEqual(before);
  });
});
