/**
 * The persisted stores on WXT's in-memory fake browser: settings (profiles, mute, pause, migration
 * from v1), stats (records, bounds, summaries per period), health (throttled reports) and the zustand
 * stores that mirror them live.
 */

import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_VOICE } from '../../lib/analysis/voice';
import {
  HEALTH_THROTTLE_MS,
  HEALTH_WINDOW_MS,
  healthItem,
  recentHealthProblems,
  reportUnrecognisedComposer,
  resetHealthThrottle,
} from '../../lib/store/health';
import { DEFAULT_ORGANISATION_NAME, NO_POLICY, POLICY_KEYS, parsePolicy } from '../../lib/store/managed';
import {
  activeVoice,
  addProfile,
  DEFAULT_SETTINGS,
  deleteProfile,
  getActiveVoice,
  getActiveVoiceWithSource,
  getSettings,
  isSitePaused,
  mergeProfiles,
  migratedProfileId,
  migrateV1,
  migrateV2,
  muteRule,
  newerProfile,
  normalizeSettings,
  ORGANISATION_ID,
  POLICY_WAIT_MS,
  patchProfileVoice,
  resetPolicyWait,
  resolveConcurrentEdits,
  type StoredProfile,
  saveProfileVoice,
  setActiveProfile,
  setSitePaused,
  unmuteRule,
  updateActiveVoice,
  VoiceLockedError,
  type VoiceProfile,
  watchActiveVoice,
  watchSettings,
  watchSitePaused,
} from '../../lib/store/settings';
import {
  biggestImprovement,
  MAX_AGE_MS,
  MAX_RECORDS,
  type PostRecord,
  periodStart,
  recordPostFinished,
  recordReview,
  recordSuggestionApplied,
  resetStats,
  scoreSeries,
  statsItem,
  summarise,
} from '../../lib/store/stats';
import { SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes, syncQuotaProblem } from '../../lib/store/sync-quota';
import { createSyncedStore } from '../../lib/store/synced';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(() => {
  fakeBrowser.reset();
  resetHealthThrottle();
  vi.useRealTimers();
});

/** Lets storage change events reach their listeners. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings', () => {
  it('defaults to one neutral profile and no paused site', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getActiveVoice()).toEqual(DEFAULT_VOICE);
  });

  it('migrates v1 (one voice, paused hosts) to profiles and site ids', async () => {
    expect(
      migrateV1({
        voice: { name: 'Acme', emoji: 'none' },
        paused: ['www.linkedin.com', 'x.com', 'x', 'example.com'],
      }),
    ).toEqual({
      activeId: 'default',
      profiles: [{ id: 'default', voice: { ...DEFAULT_VOICE, name: 'Acme', emoji: 'none' } }],
      pausedSites: ['linkedin', 'x'],
    });
    // Stored by the first release: a value without version metadata is v1, migrated on read, then to sync.
    await fakeBrowser.storage.local.set({ settings: { voice: { name: 'Old' }, paused: ['twitter.com'] } });
    expect(await getSettings()).toMatchObject({ pausedSites: ['x'], profiles: [{ voice: { name: 'Old' } }] });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('survives a v1 value with missing or odd fields', () => {
    expect(migrateV1({} as never).pausedSites).toEqual([]);
    expect(migrateV1({ voice: undefined, paused: 'x.com' } as never).profiles[0].voice).toEqual(
      DEFAULT_VOICE,
    );
  });

  it('reads a damaged stored value as usable settings, and leaves valid ones alone', async () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('oops')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ profiles: 3, pausedSites: ['x', 'nope'] })).toEqual({
      ...DEFAULT_SETTINGS,
      pausedSites: ['x'],
    });
    const two = { activeId: 'gone', profiles: [{ id: 'a', voice: DEFAULT_VOICE }, null], pausedSites: [] };
    expect(normalizeSettings(two)).toEqual({
      activeId: 'a',
      profiles: [{ id: 'a', voice: DEFAULT_VOICE }],
      pausedSites: [],
      policy: NO_POLICY,
    });
    const valid = { ...DEFAULT_SETTINGS, pausedSites: ['facebook'] };
    expect(normalizeSettings(valid)).toBe(valid);
    // Damaged items in sync storage: a profile without a voice, prefs of the wrong shape.
    await fakeBrowser.storage.sync.set({ 'profile.x': { id: 'x' }, prefs: 'broken' });
    expect(await getActiveVoice()).toEqual(DEFAULT_VOICE);
    await muteRule('urgency/caps');
    expect(await getActiveVoice()).toEqual({ ...DEFAULT_VOICE, disabledRules: ['urgency/caps'] });
    expect((await getSettings()).profiles.map((p) => p.id)).toEqual(['default']);
  });

  it('mutes and unmutes rules in the active voice, without duplicates', async () => {
    await muteRule('urgency/caps');
    await muteRule('urgency/caps');
    expect((await getActiveVoice()).disabledRules).toEqual(['urgency/caps']);
    await unmuteRule('urgency/caps');
    expect((await getActiveVoice()).disabledRules).toEqual([]);
  });

  it('keeps quick successive changes (each one sees the previous one)', async () => {
    await Promise.all(['a/1', 'a/2', 'a/3', 'a/4'].map((r) => muteRule(r)));
    expect((await getActiveVoice()).disabledRules).toEqual(['a/1', 'a/2', 'a/3', 'a/4']);
  });

  it('adds, activates, saves and deletes profiles; the last profile stays', async () => {
    await addProfile({ name: 'Client B', emoji: 'none' });
    let s = await getSettings();
    expect(s.profiles.map((p) => p.voice.name)).toEqual(['Default', 'Client B']);
    expect(s.activeId).toBe(s.profiles[1].id);
    expect((await getActiveVoice()).emoji).toBe('none');
    await saveProfileVoice(s.profiles[1].id, { ...DEFAULT_VOICE, name: 'Client B', formality: 'casual' });
    expect((await getActiveVoice()).formality).toBe('casual');
    await setActiveProfile('default');
    expect((await getActiveVoice()).name).toBe('Default');
    await setActiveProfile('nope');
    expect((await getSettings()).activeId).toBe('default');
    await deleteProfile('default');
    s = await getSettings();
    expect(s.profiles).toHaveLength(1);
    expect(s.activeId).toBe(s.profiles[0].id);
    await deleteProfile(s.activeId);
    expect((await getSettings()).profiles).toHaveLength(1);
  });

  it('patches only the given fields of a profile voice', async () => {
    await muteRule('urgency/caps');
    await patchProfileVoice('default', { signOff: 'Cheers', emoji: 'none' });
    expect(await getActiveVoice()).toEqual({
      ...DEFAULT_VOICE,
      signOff: 'Cheers',
      emoji: 'none',
      disabledRules: ['urgency/caps'],
    });
  });

  it('gives new profiles ids that never clash', async () => {
    await addProfile({ name: 'A' });
    await addProfile({ name: 'B' });
    await deleteProfile((await getSettings()).profiles[1].id);
    await addProfile({ name: 'C' });
    const ids = (await getSettings()).profiles.map((p) => p.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pauses and resumes sites, and tells watchers in this and other contexts', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSitePaused('linkedin', (p) => seen.push(p));
    await setSitePaused('linkedin', true);
    await setSitePaused('linkedin', true);
    expect(await isSitePaused('linkedin')).toBe(true);
    expect((await getSettings()).pausedSites).toEqual(['linkedin']);
    await setSitePaused('linkedin', false);
    await settle();
    expect(await isSitePaused('linkedin')).toBe(false);
    expect(seen).toContain(true);
    expect(seen.at(-1)).toBe(false);
    unwatch();
  });

  it('calls voice watchers with the new active voice, once per change of it', async () => {
    const names: string[] = [];
    const unwatch = watchActiveVoice((v, source) => names.push(`${v.name} (${source})`));
    await updateActiveVoice((v) => ({ ...v, name: 'Live' }));
    await vi.waitFor(() => expect(names.at(-1)).toBe('Live (personal)'));
    await setSitePaused('x', true); // not the voice: no call
    await settle();
    expect(names).toEqual(['Live (personal)']);
    unwatch();
  });
});

describe('settings in sync storage', () => {
  const stored = async () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

  it('keeps one sync item per profile (with createdAt and updatedAt) and the prefs; stats stay local', async () => {
    await addProfile({ name: 'Client B' });
    await setSitePaused('facebook', true);
    await recordReview({ postId: 'p', platform: 'x', score: 50, categories: [] });
    const sync = await stored();
    const id = (await getSettings()).activeId;
    // The default profile is saved once another profile joins it.
    expect(Object.keys(sync).sort()).toEqual(['prefs', 'profile.default', `profile.${id}`]);
    expect(sync[`profile.${id}`]).toMatchObject({ id, voice: { name: 'Client B' } });
    expect(sync[`profile.${id}`]).toEqual({
      id,
      voice: expect.any(Object),
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
    });
    expect(sync.prefs).toMatchObject({ activeId: id, pausedSites: ['facebook'] });
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).toContain('stats');
    expect(JSON.stringify(sync)).not.toContain('firstScore');
  });

  it('saves nothing for a fresh install until something changes', async () => {
    await getSettings();
    expect(await stored()).toEqual({});
    await muteRule('urgency/caps');
    expect(Object.keys(await stored())).toEqual(['profile.default']);
  });

  it('migrates every profile from the pre-sync local:settings, keeping the active one and paused sites', async () => {
    const acme = { ...DEFAULT_VOICE, name: 'Acme', banned: [{ phrase: 'synergy', replacement: 'teamwork' }] };
    const client = { ...DEFAULT_VOICE, name: 'Client', emoji: 'none' as const };
    await fakeBrowser.storage.local.set({
      settings: {
        activeId: 'profile-3',
        profiles: [
          { id: 'default', voice: DEFAULT_VOICE },
          { id: 'profile-2', voice: acme },
          { id: 'profile-3', voice: client },
        ],
        pausedSites: ['linkedin'],
      },
      settings$: { v: 2 },
    });
    const s = await getSettings();
    expect(s.profiles.map((p) => p.voice)).toEqual([DEFAULT_VOICE, acme, client]);
    expect(activeVoice(s)).toEqual(client);
    expect(s.pausedSites).toEqual(['linkedin']);
    expect(s.profiles.every((p) => p.storage?.area === 'sync')).toBe(true);
    // Migrated once: the old value is left in place (an older version still finds it), not read again.
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeDefined();
    await deleteProfile(s.profiles[1].id);
    expect((await getSettings()).profiles).toHaveLength(2);
  });

  it('migrates two devices’ different “default” profiles to different ids, and one device’s twice to the same', () => {
    const mine = { ...DEFAULT_VOICE, name: 'Mine' };
    const theirs = { ...DEFAULT_VOICE, name: 'Theirs' };
    expect(migratedProfileId('default', DEFAULT_VOICE)).toBe('default');
    expect(migratedProfileId('default', mine)).not.toBe(migratedProfileId('default', theirs));
    expect(migratedProfileId('default', mine)).toBe(migratedProfileId('default', { ...mine }));
    const a = migrateV2(
      { activeId: 'default', profiles: [{ id: 'default', voice: mine }], pausedSites: [] },
      5,
    );
    const b = migrateV2(
      { activeId: 'default', profiles: [{ id: 'default', voice: theirs }], pausedSites: [] },
      6,
    );
    // Both devices' profiles survive when their sync data meets.
    expect(
      mergeProfiles(a.profiles, b.profiles)
        .map((p) => p.voice.name)
        .sort(),
    ).toEqual(['Mine', 'Theirs']);
  });

  it('migrates concurrently from several contexts without duplicating profiles', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        activeId: 'default',
        profiles: [{ id: 'default', voice: { ...DEFAULT_VOICE, name: 'A' } }],
        pausedSites: [],
      },
      settings$: { v: 2 },
    });
    await Promise.all([getSettings(), getSettings(), muteRule('urgency/caps')]);
    const s = await getSettings();
    expect(s.profiles).toHaveLength(1);
    expect(s.profiles[0].voice).toMatchObject({ name: 'A', disabledRules: ['urgency/caps'] });
  });

  it('resolves edits made on two devices per profile: the newest wins, other profiles untouched', () => {
    const p = (id: string, name: string, updatedAt: number): StoredProfile => ({
      id,
      voice: { ...DEFAULT_VOICE, name },
      createdAt: id === 'a' ? 1 : 2,
      updatedAt,
    });
    const laptop = [p('a', 'A edited on the laptop', 20), p('b', 'B', 5)];
    const desktop = [
      p('a', 'A edited on the desktop', 10),
      p('b', 'B edited on the desktop', 30),
      p('c', 'C', 3),
    ];
    const merged = mergeProfiles(laptop, desktop);
    expect(merged.map((x) => x.voice.name)).toEqual([
      'A edited on the laptop',
      'B edited on the desktop',
      'C',
    ]);
    expect(mergeProfiles(desktop, laptop)).toEqual(merged); // the same on both devices
    // The same time on both: a fixed winner, whichever device decides.
    expect(newerProfile(p('a', 'X', 7), p('a', 'Y', 7))).toEqual(
      newerProfile(p('a', 'Y', 7), p('a', 'X', 7)),
    );
  });

  it('writes back the newer copy when sync brings an older one of the same profile', async () => {
    await addProfile({ name: 'Shared' });
    await addProfile({ name: 'Other' });
    const s = await getSettings();
    const shared = s.profiles.find((p) => p.voice.name === 'Shared') as VoiceProfile;
    const other = s.profiles.find((p) => p.voice.name === 'Other') as VoiceProfile;
    const mine = (await stored())[`profile.${shared.id}`] as StoredProfile;
    const olderFromDesktop = {
      ...mine,
      voice: { ...mine.voice, name: 'Shared (stale edit)' },
      updatedAt: mine.updatedAt - 1000,
    };
    // Sync delivers the desktop's older write, as chrome.storage.onChanged reports it.
    await fakeBrowser.storage.sync.set({ [`profile.${shared.id}`]: olderFromDesktop });
    const restored = await resolveConcurrentEdits({
      [`profile.${shared.id}`]: { oldValue: mine, newValue: olderFromDesktop },
      [`profile.${other.id}`]: { oldValue: undefined, newValue: (await stored())[`profile.${other.id}`] },
    });
    expect(restored).toEqual([shared.id]);
    expect(((await stored())[`profile.${shared.id}`] as StoredProfile).voice.name).toBe('Shared');
    // A newer copy from the other device is kept as it comes.
    const newer = {
      ...mine,
      voice: { ...mine.voice, name: 'Shared (newer)' },
      updatedAt: mine.updatedAt + 1000,
    };
    await fakeBrowser.storage.sync.set({ [`profile.${shared.id}`]: newer });
    expect(
      await resolveConcurrentEdits({ [`profile.${shared.id}`]: { oldValue: mine, newValue: newer } }),
    ).toEqual([]);
    expect((await getSettings()).profiles.map((x) => x.voice.name)).toEqual([
      'Default',
      'Shared (newer)',
      'Other',
    ]);
  });

  it('keeps a profile too large to sync on this device, says why, and syncs it again once it fits', async () => {
    await addProfile({ name: 'Big' });
    const id = (await getSettings()).activeId;
    const banned = Array.from({ length: 120 }, (_, i) => ({
      phrase: `phrase number ${i} to avoid`,
      replacement: `better wording ${i}`,
    }));
    await patchProfileVoice(id, { banned });
    let s = await getSettings();
    let big = s.profiles.find((p) => p.id === id);
    expect(big?.voice.banned).toHaveLength(120); // nothing lost
    expect(big?.storage).toEqual({
      area: 'local',
      reason: expect.stringMatching(
        /too large to sync \(\d+\.\d kB; the browser syncs at most 8\.2 kB per profile\)/,
      ),
    });
    // Other devices keep the last version that fitted.
    expect(((await stored())[`profile.${id}`] as StoredProfile).voice.banned).toEqual([]);
    expect(activeVoice(s).banned).toHaveLength(120);
    await patchProfileVoice(id, { banned: banned.slice(0, 10) });
    s = await getSettings();
    big = s.profiles.find((p) => p.id === id);
    expect(big?.storage).toEqual({ area: 'sync' });
    expect(((await stored())[`profile.${id}`] as StoredProfile).voice.banned).toHaveLength(10);
    expect(await fakeBrowser.storage.local.get('localProfiles')).toEqual({ localProfiles: {} });
  });

  it('keeps a profile local when the sync area is full, or when the browser refuses the write', async () => {
    const filler = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`filler${i}`, 'x'.repeat(7900)]));
    await fakeBrowser.storage.sync.set(filler);
    await addProfile({ name: 'No room' });
    let s = await getSettings();
    expect(s.profiles.find((p) => p.voice.name === 'No room')?.storage).toEqual({
      area: 'local',
      reason: expect.stringMatching(/sync storage is full/),
    });
    await fakeBrowser.storage.sync.clear();
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await addProfile({ name: 'Refused' });
    set.mockRestore();
    s = await getSettings();
    expect(s.profiles.find((p) => p.voice.name === 'Refused')?.storage).toEqual({
      area: 'local',
      reason: expect.stringMatching(/MAX_WRITE_OPERATIONS_PER_MINUTE/),
    });
  });

  it('measures items as Chrome does: key plus JSON, in bytes', () => {
    expect(syncItemBytes('k', { a: 'é' })).toBe(1 + '{"a":"é"}'.length + 1);
    expect(syncQuotaProblem('k', 'x'.repeat(SYNC_QUOTA_BYTES_PER_ITEM), {})).toMatch(/too large/);
    expect(syncQuotaProblem('k', 'small', {})).toBeNull();
  });
});

describe('organisation policy (managed storage)', () => {
  it('reads every key of a valid policy', () => {
    expect(
      parsePolicy({
        voiceName: 'Acme',
        formality: 'formal',
        emoji: 'none',
        hashtagsMax: 2,
        banned: [{ phrase: 'synergy', replacement: 'teamwork' }, { phrase: 'leverage' }],
        preferred: ['community'],
        names: ['ACME', 'AcmeCloud™', 'ACME'],
        signOff: '— Acme',
        regions: ['us', 'EU'],
        strictness: 'strict',
        disabledRules: ['urgency/caps'],
        sites: ['linkedin'],
        allowPersonalProfiles: false,
      }),
    ).toEqual({
      voice: {
        name: 'Acme',
        formality: 'formal',
        emoji: 'none',
        hashtags: { max: 2 },
        banned: [
          { phrase: 'synergy', replacement: 'teamwork' },
          { phrase: 'leverage', replacement: '' },
        ],
        preferred: ['community'],
        names: ['ACME', 'AcmeCloud™'],
        signOff: '— Acme',
        regions: ['US', 'EU'],
        strictness: 'strict',
        disabledRules: ['urgency/caps'],
      },
      sites: ['linkedin'],
      allowPersonalProfiles: false,
      problems: [],
    });
  });

  it('ignores each wrong value on its own, names it, and keeps the rest', () => {
    const policy = parsePolicy({
      voiceName: '  ',
      formality: 'very formal',
      emoji: 3,
      hashtagsMax: 99,
      banned: [{ phrase: 'synergy' }, { replacement: 'x' }, 'buy now'],
      preferred: 'community',
      names: ['ACME', 7, '  '],
      regions: ['US', 'North America'],
      strictness: 'strict',
      disabledRules: ['Urgency Caps', 'urgency/caps'],
      sites: ['linkedin', 'instagram'],
      allowPersonalProfiles: 'no',
      theme: 'dark',
    });
    expect(policy.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'voiceName: must not be empty',
      'formality: must be one of "formal", "neutral", "casual"',
      'emoji: must be one of "none", "sparing", "free"',
      'hashtagsMax: must be 30 or less',
      'banned[1]: phrase must be text',
      'banned[2]: must be an entry such as {"phrase": "synergy", "replacement": "teamwork"}',
      'preferred: must be a list',
      'names[1]: must be text',
      'names[2]: must not be empty',
      'regions[1]: must be a region code such as US, EU or APAC',
      'disabledRules[0]: must be a rule id such as "urgency/caps"',
      'sites[1]: must be one of "x", "linkedin", "facebook"',
      'allowPersonalProfiles: must be true or false',
      'theme: is not a Rapport policy setting',
    ]);
    expect(policy.voice).toEqual({
      ...DEFAULT_VOICE,
      name: DEFAULT_ORGANISATION_NAME,
      banned: [{ phrase: 'synergy', replacement: '' }],
      names: ['ACME'],
      regions: ['US'],
      strictness: 'strict',
      disabledRules: ['urgency/caps'],
    });
    expect(policy.sites).toEqual(['linkedin']);
    expect(policy.allowPersonalProfiles).toBe(true);
  });

  it('never throws, whatever the managed area holds', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const policy = parsePolicy(raw);
        expect(Array.isArray(policy.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...POLICY_KEYS, 'other'), fc.anything()), (raw) => {
        const policy = parsePolicy(raw);
        if (policy.voice !== null)
          expect(Object.keys(policy.voice).sort()).toEqual(Object.keys(DEFAULT_VOICE).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('with a policy, the organisation voice is active by default; personal profiles stay untouched underneath', async () => {
    await addProfile({ name: 'Mine' });
    await setSitePaused('x', true);
    await fakeBrowser.storage.managed.set({
      voiceName: 'Acme',
      banned: [{ phrase: 'synergy' }],
      sites: ['x', 'facebook'],
    });
    let s = await getSettings();
    expect(s.activeId).toBe(ORGANISATION_ID);
    expect(await getActiveVoiceWithSource()).toMatchObject({
      voice: { name: 'Acme' },
      source: 'organisation',
    });
    expect(s.pausedSites).toEqual(['linkedin']);
    await setSitePaused('x', true); // decided by the policy: no effect
    expect(await isSitePaused('x')).toBe(false);
    await expect(muteRule('urgency/caps')).rejects.toBeInstanceOf(VoiceLockedError);
    await setActiveProfile(s.profiles[1].id);
    expect((await getActiveVoiceWithSource()).source).toBe('personal');
    await muteRule('urgency/caps'); // the personal profile's own rule
    await fakeBrowser.storage.managed.clear();
    s = await getSettings();
    expect(s.activeId).toBe(s.profiles[1].id);
    expect(s.pausedSites).toEqual(['x']); // the user's own choice, kept underneath
    expect(activeVoice(s)).toMatchObject({ name: 'Mine', disabledRules: ['urgency/caps'] });
  });

  it('tells voice watchers which voice and where from when a policy arrives or goes', async () => {
    const seen: string[] = [];
    const unwatch = watchActiveVoice((v, source) => seen.push(`${v.name}/${source}`));
    await settle();
    await fakeBrowser.storage.managed.set({ voiceName: 'Acme' });
    await vi.waitFor(() => expect(seen).toEqual(['Acme/organisation']));
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(seen).toEqual(['Acme/organisation', 'Default/personal']));
    unwatch();
  });

  it('does not wait for a slow first policy answer: reviews go on, and the voice follows when it comes', async () => {
    resetPolicyWait();
    await fakeBrowser.storage.managed.set({ voiceName: 'Acme' });
    let answer: (v: Record<string, unknown>) => void = () => undefined;
    const get = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)) as never);
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(activeVoice(s).name));
    const started = Date.now();
    expect(activeVoice(await getSettings()).name).toBe('Default');
    expect(Date.now() - started).toBeLessThan(POLICY_WAIT_MS + 200);
    expect(activeVoice(await getSettings()).name).toBe('Default'); // no second wait
    answer({ voiceName: 'Acme' });
    await vi.waitFor(() => expect(seen).toContain('Acme'));
    expect(activeVoice(await getSettings()).name).toBe('Acme');
    get.mockRestore();
    unwatch();
  });
});

const record = (over: Partial<PostRecord>): PostRecord => ({
  id: Math.random().toString(36).slice(2),
  platform: 'linkedin',
  startedAt: Date.now(),
  updatedAt: Date.now(),
  firstScore: 40,
  lastScore: 60,
  finished: true,
  applied: 0,
  categories: {},
  ...over,
});

describe('stats', () => {
  it('records first and last score, suggestions applied and the end of a post; never text', async () => {
    await recordReview({
      postId: 'p1',
      platform: 'x',
      score: 20,
      categories: ['hard-sell', 'hard-sell', 'urgency'],
    });
    await recordReview({ postId: 'p1', platform: 'x', score: 55, categories: ['urgency'] });
    await recordSuggestionApplied({ postId: 'p1', platform: 'x', category: 'hard-sell' });
    await recordPostFinished({ postId: 'p1', platform: 'x', score: 81 });
    const [r] = await statsItem.getValue();
    expect(r).toMatchObject({
      id: 'p1',
      platform: 'x',
      firstScore: 20,
      lastScore: 81,
      applied: 1,
      finished: true,
      categories: { urgency: 1 },
    });
    expect(Object.keys(r).sort()).toEqual(
      [
        'applied',
        'categories',
        'finished',
        'firstScore',
        'id',
        'lastScore',
        'platform',
        'startedAt',
        'updatedAt',
      ].sort(),
    );
  });

  it('starts over when the stored records are damaged', async () => {
    await fakeBrowser.storage.local.set({ stats: { not: 'a list' }, stats$: { v: 1 } });
    await recordReview({ postId: 'p', platform: 'x', score: 10, categories: [] });
    expect((await statsItem.getValue()).map((r) => r.id)).toEqual(['p']);
  });

  it('keeps 30 days and 2,000 posts at most', async () => {
    const now = Date.now();
    await statsItem.setValue([
      record({ id: 'old', updatedAt: now - MAX_AGE_MS - 1000 }),
      ...Array.from({ length: MAX_RECORDS }, (_, i) => record({ id: `r${i}` })),
    ]);
    await recordReview({ postId: 'new', platform: 'facebook', score: 50, categories: [] });
    const records = await statsItem.getValue();
    expect(records).toHaveLength(MAX_RECORDS);
    expect(records.some((r) => r.id === 'old' || r.id === 'r0')).toBe(false);
    expect(records.at(-1)?.id).toBe('new');
    await resetStats();
    expect(await statsItem.getValue()).toEqual([]);
  });

  it('summarises a period: averages, suggestions, categories, platforms', () => {
    const now = Date.now();
    const records = [
      record({ platform: 'x', firstScore: 30, lastScore: 70, applied: 2, categories: { 'hard-sell': 2 } }),
      record({ platform: 'x', firstScore: 50, lastScore: 51, applied: 1, categories: { urgency: 1 } }),
      record({ platform: 'linkedin', firstScore: 10, lastScore: 90, categories: { 'hard-sell': 1 } }),
      record({ platform: 'facebook', updatedAt: now - 10 * DAY, firstScore: 0, lastScore: 0 }),
    ];
    const s = summarise(records, now - 7 * DAY);
    expect(s).toMatchObject({ posts: 3, first: 30, last: 70, applied: 3 });
    expect(s.categories).toMatchObject({ 'hard-sell': 3, urgency: 1, broadcast: 0 });
    expect(s.platforms).toEqual({
      x: { posts: 2, first: 40, last: 61 },
      linkedin: { posts: 1, first: 10, last: 90 },
    });
    expect(summarise([], 0)).toMatchObject({ posts: 0, first: null, last: null, applied: 0, platforms: {} });
  });

  it('starts periods at the session start (or a day ago when unknown), 7 and 30 days back', () => {
    const now = 1_000_000_000_000;
    expect(periodStart('session', now, now - 5000)).toBe(now - 5000);
    expect(periodStart('session', now, 0)).toBe(now - DAY);
    expect(periodStart('7d', now, 0)).toBe(now - 7 * DAY);
    expect(periodStart('30d', now, 0)).toBe(now - 30 * DAY);
  });

  it('charts posts one by one for the session and per day for 7 and 30 days', () => {
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    const records = [
      record({ startedAt: now - 2000, updatedAt: now - 1000, firstScore: 20, lastScore: 80 }),
      record({ startedAt: now - 4000, updatedAt: now - 3000, firstScore: 50, lastScore: 60 }),
      record({ startedAt: now - 2 * DAY, updatedAt: now - 2 * DAY, firstScore: 10, lastScore: 30 }),
    ];
    const session = scoreSeries(records, 'session', now - 10_000, now);
    expect(session.map((p) => [p.first, p.last])).toEqual([
      [50, 60],
      [20, 80],
    ]);
    const week = scoreSeries(records, '7d', now - 7 * DAY, now);
    expect(week).toHaveLength(7);
    expect(week[6]).toMatchObject({ posts: 2, first: 35, last: 70 });
    expect(week[4]).toMatchObject({ posts: 1, first: 10, last: 30 });
    expect(week[5]).toMatchObject({ posts: 0, first: null, last: null });
    expect(scoreSeries(records, '30d', now - 30 * DAY, now)).toHaveLength(30);
    const many = Array.from({ length: 30 }, (_, i) => record({ startedAt: now - 1000 + i }));
    expect(scoreSeries(many, 'session', 0, now)).toHaveLength(20);
  });

  it('finds the biggest improvement, or none when no score rose', () => {
    const records = [
      record({ id: 'a', firstScore: 40, lastScore: 60 }),
      record({ id: 'b', firstScore: 31, lastScore: 78 }),
      record({ id: 'c', firstScore: 90, lastScore: 20 }),
    ];
    expect(biggestImprovement(records, 0)?.id).toBe('b');
    expect(biggestImprovement([record({ firstScore: 50, lastScore: 50 })], 0)).toBeNull();
  });
});

describe('health', () => {
  it('records an unrecognised composer per site, at most once a minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    await reportUnrecognisedComposer('linkedin');
    expect((await healthItem.getValue()).unrecognisedComposer).toEqual({ linkedin: 1_000_000 });
    vi.setSystemTime(1_000_000 + HEALTH_THROTTLE_MS - 1);
    await reportUnrecognisedComposer('linkedin');
    await reportUnrecognisedComposer('x');
    expect((await healthItem.getValue()).unrecognisedComposer).toEqual({ linkedin: 1_000_000, x: 1_059_999 });
    vi.setSystemTime(1_000_000 + HEALTH_THROTTLE_MS);
    await reportUnrecognisedComposer('linkedin');
    expect((await healthItem.getValue()).unrecognisedComposer.linkedin).toBe(1_060_000);
  });

  it('writes nothing for unknown sites and throttles many reports to one write', async () => {
    const set = vi.spyOn(healthItem, 'setValue');
    await reportUnrecognisedComposer('example');
    await Promise.all(Array.from({ length: 50 }, () => reportUnrecognisedComposer('facebook')));
    expect(set).toHaveBeenCalledTimes(1);
    set.mockRestore();
  });

  it('reports only problems seen in the last 7 days', () => {
    const now = 10 * HEALTH_WINDOW_MS;
    expect(
      recentHealthProblems(
        { unrecognisedComposer: { x: now - HEALTH_WINDOW_MS - 1, facebook: now - 1000 } },
        now,
      ),
    ).toEqual(['facebook']);
    expect(recentHealthProblems({ unrecognisedComposer: {} }, now)).toEqual([]);
  });
});

describe('synced zustand stores', () => {
  it('load the stored value, follow changes from any context, and stop following when disconnected', async () => {
    await setSitePaused('x', true);
    const store = createSyncedStore({
      fallback: DEFAULT_SETTINGS,
      getValue: getSettings,
      watch: watchSettings,
    });
    expect(store.getState()).toMatchObject({ ready: false, value: DEFAULT_SETTINGS });
    const disconnect = store.connect();
    await vi.waitFor(() => expect(store.getState().ready).toBe(true));
    expect(store.getState().value.pausedSites).toEqual(['x']);
    // Another context (the popup) writes: this one (the options page) sees it without a reload.
    await setSitePaused('facebook', true);
    await vi.waitFor(() => expect(store.getState().value.pausedSites).toEqual(['x', 'facebook']));
    disconnect();
    disconnect(); // idempotent
    await setSitePaused('linkedin', true);
    await settle();
    expect(store.getState().value.pausedSites).toEqual(['x', 'facebook']);
  });

  it('show the fallback after a reset and keep watching while one consumer remains', async () => {
    const store = createSyncedStore(statsItem);
    const a = store.connect();
    const b = store.connect();
    await recordReview({ postId: 'p', platform: 'x', score: 10, categories: [] });
    await vi.waitFor(() => expect(store.getState().value).toHaveLength(1));
    a();
    await resetStats();
    await vi.waitFor(() => expect(store.getState().value).toEqual([]));
    b();
  });
});
