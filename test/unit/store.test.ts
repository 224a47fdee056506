/**
 * The persisted stores on WXT's in-memory fake browser: settings (profiles, mute, pause, migration
 * from v1), stats (records, bounds, summaries per period), health (throttled reports) and the zustand
 * stores that mirror them live.
 */
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
import {
  addProfile,
  DEFAULT_SETTINGS,
  deleteProfile,
  getActiveVoice,
  getSettings,
  isSitePaused,
  migrateV1,
  muteRule,
  normalizeSettings,
  patchProfileVoice,
  saveProfileVoice,
  setActiveProfile,
  setSitePaused,
  settingsItem,
  unmuteRule,
  updateActiveVoice,
  watchActiveVoice,
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
    // Stored by the first release: a value without version metadata is v1 and is migrated on read.
    await fakeBrowser.storage.local.set({ settings: { voice: { name: 'Old' }, paused: ['twitter.com'] } });
    await settingsItem.migrate();
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
    });
    const valid = { ...DEFAULT_SETTINGS, pausedSites: ['facebook'] };
    expect(normalizeSettings(valid)).toBe(valid);
    await fakeBrowser.storage.local.set({ settings: { profiles: 'broken' }, settings$: { v: 2 } });
    expect(await getActiveVoice()).toEqual(DEFAULT_VOICE);
    await muteRule('urgency/caps');
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      profiles: [{ id: 'default', voice: { ...DEFAULT_VOICE, disabledRules: ['urgency/caps'] } }],
    });
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
    await deleteProfile('profile-2');
    await addProfile({ name: 'C' });
    const ids = (await getSettings()).profiles.map((p) => p.id);
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

  it('calls voice watchers with the new active voice', async () => {
    const names: string[] = [];
    const unwatch = watchActiveVoice((v) => names.push(v.name));
    await updateActiveVoice((v) => ({ ...v, name: 'Live' }));
    await settle();
    expect(names.at(-1)).toBe('Live');
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
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedSites: ['x'] });
    const store = createSyncedStore(settingsItem);
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
