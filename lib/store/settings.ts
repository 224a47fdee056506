/**
 * Settings, shared live by the content script, popup and options page: brand-voice profiles (one
 * active), the sites where Rapport is paused, and the organisation's voice when a policy sets one.
 *
 * Where they live:
 * - `sync:profile.<id>`: one item per personal profile (`StoredProfile`), so each follows the user
 *   to every browser signed in to the same account, and edits made on two devices at once meet per
 *   profile (newest `updatedAt` wins, see `resolveConcurrentEdits`) without touching the others.
 * - `sync:prefs`: the active profile and the paused sites.
 * - `local:localProfiles`: profiles that could not be synced (too large, sync full or failing); they
 *   stay on this device, and the options page says why. Nothing is dropped.
 * - `managed:*`: the organisation's policy (managed.ts), read-only.
 * - `local:settings`: what versions before sync stored; migrated once into the above and left in
 *   place, so nothing is lost and an older version still finds it.
 * Stats and health stay `local:` (stats.ts, health.ts): they are per device.
 */
import { browser, storage } from '#imports';
import type { BrandVoice } from '../analysis/types';
import { DEFAULT_VOICE, resolveVoice } from '../analysis/voice';
import { NO_POLICY, type OrganisationPolicy, parsePolicy } from './managed';
import { syncQuotaProblem } from './sync-quota';

/** The id of the organisation's voice among the profiles; never a personal profile's. */
export const ORGANISATION_ID = 'organisation';

/** A personal profile as stored, in `sync:profile.<id>` (or `local:localProfiles`). */
export interface StoredProfile {
  id: string;
  voice: BrandVoice;
  /** When it was created (ms): profiles are listed in this order on every device. */
  createdAt: number;
  /** When it was last changed (ms): of two copies, the newer one wins. */
  updatedAt: number;
}

/** Where a profile is kept: synced, or on this device only and why. */
export type ProfileStorage = { area: 'sync' } | { area: 'local'; reason: string };

export interface VoiceProfile {
  id: string;
  voice: BrandVoice;
  createdAt?: number;
  updatedAt?: number;
  /** Absent for a profile never saved (the default one before its first change): it is synced then. */
  storage?: ProfileStorage;
}

export interface Settings {
  /** The profile every composer is reviewed against: a personal id, or ORGANISATION_ID. */
  activeId: string;
  /** The personal profiles (at least one). */
  profiles: VoiceProfile[];
  /** Site ids ('x', 'linkedin', 'facebook') where Rapport is paused (the policy's, when it sets them). */
  pausedSites: string[];
  /** What the organisation's policy sets (NO_POLICY without one). */
  policy: OrganisationPolicy;
}

/** Version 1 (first release): a single voice and paused hosts. */
export interface SettingsV1 {
  voice: Partial<BrandVoice>;
  paused: string[];
}

/** Version 2 (`local:settings`, before sync): profiles, the active one and paused sites. */
export interface SettingsV2 {
  activeId: string;
  profiles: { id: string; voice: BrandVoice }[];
  pausedSites: string[];
}

/** The synced preferences. */
export interface Prefs {
  /** The personal profile chosen last. */
  activeId: string;
  /**
   * True once the user chose a personal profile while an organisation voice was there: without
   * that choice the organisation's voice is the active one.
   */
  preferPersonal: boolean;
  pausedSites: string[];
  updatedAt: number;
}

export const DEFAULT_PROFILE: VoiceProfile = { id: 'default', voice: DEFAULT_VOICE };

export const DEFAULT_SETTINGS: Settings = {
  activeId: 'default',
  profiles: [DEFAULT_PROFILE],
  pausedSites: [],
  policy: NO_POLICY,
};

const DEFAULT_PREFS: Prefs = { activeId: 'default', preferPersonal: false, pausedSites: [], updatedAt: 0 };

const SITE_IDS = ['x', 'linkedin', 'facebook'];

const HOST_TO_SITE: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.linkedin.com': 'linkedin',
  'linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook',
  'facebook.com': 'facebook',
};

/** v1 → v2: the single voice becomes the first profile; paused hosts become site ids. */
export function migrateV1(v1: SettingsV1): SettingsV2 {
  const paused = [
    ...new Set(
      (Array.isArray(v1?.paused) ? v1.paused : [])
        .filter((h): h is string => typeof h === 'string')
        .map((h) => HOST_TO_SITE[h] ?? h)
        .filter((s) => SITE_IDS.includes(s)),
    ),
  ];
  return {
    activeId: 'default',
    profiles: [{ id: 'default', voice: resolveVoice(v1?.voice ?? undefined) }],
    pausedSites: paused,
  };
}

/** What versions before sync stored (v1, migrated to v2 when read). Only read, to migrate it. */
export const legacySettingsItem = storage.defineItem<SettingsV2 | null>('local:settings', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateV1 },
});

/** When `local:settings` was copied into sync storage (ms); absent before. */
const migratedItem = storage.defineItem<number | null>('local:settingsMigratedAt', { fallback: null });

export const prefsItem = storage.defineItem<Prefs>('sync:prefs', { fallback: DEFAULT_PREFS });

/** Profiles kept on this device only, by id, with the reason they are not synced. */
export const localProfilesItem = storage.defineItem<Record<string, StoredProfile & { reason: string }>>(
  'local:localProfiles',
  { fallback: {} },
);

const PROFILE_PREFIX = 'profile.';
const profileKey = (id: string) => `${PROFILE_PREFIX}${id}`;

function isStoredProfile(p: unknown): p is StoredProfile {
  if (typeof p !== 'object' || p === null) return false;
  const v = p as Partial<StoredProfile>;
  return (
    typeof v.id === 'string' &&
    v.id !== ORGANISATION_ID &&
    typeof v.voice === 'object' &&
    v.voice !== null &&
    typeof v.updatedAt === 'number'
  );
}

/** Of two copies of one profile, the one that wins: the newer, or (same time) a fixed choice on every device. */
export function newerProfile<P extends StoredProfile>(a: P, b: P): P {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * Merges two sets of profiles (two devices, or the synced and the local copies): per profile id,
 * the newest wins; a profile in only one set is kept. Pure.
 */
export function mergeProfiles<P extends StoredProfile>(a: readonly P[], b: readonly P[]): P[] {
  const byId = new Map<string, P>();
  for (const p of [...a, ...b]) {
    const seen = byId.get(p.id);
    byId.set(p.id, seen === undefined ? p : newerProfile(seen, p));
  }
  return [...byId.values()].sort((x, y) => x.createdAt - y.createdAt || (x.id < y.id ? -1 : 1));
}

/** What the stores hold, read at once. */
export interface RawSettings {
  /** The sync area: `prefs`, `profile.<id>` items, anything else. */
  sync: Record<string, unknown>;
  localProfiles: Record<string, StoredProfile & { reason: string }>;
  /** The managed area (the policy), `{}` without one. */
  managed: Record<string, unknown>;
}

function normalizePrefs(value: unknown): Prefs {
  if (typeof value !== 'object' || value === null) return DEFAULT_PREFS;
  const v = value as Partial<Prefs>;
  return {
    activeId: typeof v.activeId === 'string' ? v.activeId : DEFAULT_PREFS.activeId,
    preferPersonal: v.preferPersonal === true,
    pausedSites: Array.isArray(v.pausedSites)
      ? [...new Set(v.pausedSites.filter((s) => SITE_IDS.includes(s)))]
      : [],
    updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : 0,
  };
}

/**
 * The settings every surface shows, from what is stored (anything damaged is read as usable):
 * personal profiles (synced and local copies merged, newest wins), the active one (the
 * organisation's voice unless the user chose a personal one and may), and the paused sites. Pure.
 */
export function composeSettings(raw: RawSettings): Settings {
  const synced = Object.entries(raw.sync)
    .filter(([key, value]) => key.startsWith(PROFILE_PREFIX) && isStoredProfile(value))
    .map(([, value]) => ({ ...(value as StoredProfile), storage: { area: 'sync' } as ProfileStorage }));
  const local = Object.values(
    typeof raw.localProfiles === 'object' && raw.localProfiles !== null ? raw.localProfiles : {},
  )
    .filter(isStoredProfile)
    .map(({ reason, ...p }) => ({ ...p, storage: { area: 'local', reason } as ProfileStorage }));
  const merged = mergeProfiles<StoredProfile & { storage: ProfileStorage }>(synced, local).map(
    (p): VoiceProfile => ({ ...p, voice: resolveVoice(p.voice) }),
  );
  const profiles = merged.length > 0 ? merged : [DEFAULT_PROFILE];
  const prefs = normalizePrefs(raw.sync.prefs);
  const policy = parsePolicy(raw.managed);
  const personalId = profiles.some((p) => p.id === prefs.activeId) ? prefs.activeId : profiles[0].id;
  const organisationActive =
    policy.voice !== null && (!policy.allowPersonalProfiles || !prefs.preferPersonal);
  return {
    activeId: organisationActive ? ORGANISATION_ID : personalId,
    profiles,
    pausedSites:
      policy.sites === null
        ? prefs.pausedSites
        : SITE_IDS.filter((s) => !(policy.sites as readonly string[]).includes(s)),
    policy,
  };
}

/**
 * A usable Settings from any value (one damaged by hand or by an old bug): at least one profile, an
 * active id that exists, only known site ids. Valid values come back unchanged.
 */
export function normalizeSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const v = value as Partial<Settings>;
  const profiles = (Array.isArray(v.profiles) ? v.profiles : []).filter(
    (p): p is VoiceProfile =>
      typeof p === 'object' && p !== null && typeof p.id === 'string' && typeof p.voice === 'object',
  );
  const pausedSites = Array.isArray(v.pausedSites) ? v.pausedSites.filter((x) => SITE_IDS.includes(x)) : [];
  const policy = typeof v.policy === 'object' && v.policy !== null ? v.policy : NO_POLICY;
  if (profiles.length === 0) return { ...DEFAULT_SETTINGS, pausedSites, policy };
  const activeOk =
    profiles.some((p) => p.id === v.activeId) || (v.activeId === ORGANISATION_ID && policy.voice !== null);
  const activeId = activeOk ? (v.activeId as string) : profiles[0].id;
  if (
    profiles.length === v.profiles?.length &&
    activeId === v.activeId &&
    pausedSites.length === v.pausedSites?.length &&
    policy === v.policy
  )
    return v as Settings;
  return { activeId, profiles, pausedSites, policy };
}

/** The organisation's voice as a profile (read-only), when the policy sets one. */
export function organisationProfile(settings: Settings): VoiceProfile | null {
  return settings.policy.voice === null ? null : { id: ORGANISATION_ID, voice: settings.policy.voice };
}

/** Where the active voice comes from, for the panel and the options page. */
export type VoiceSource = 'organisation' | 'personal';

/** The active profile's voice (defaults filled in). */
export function activeVoice(settings: Settings): BrandVoice {
  if (settings.activeId === ORGANISATION_ID && settings.policy.voice !== null) return settings.policy.voice;
  const profile = settings.profiles.find((p) => p.id === settings.activeId) ?? settings.profiles[0];
  return resolveVoice(profile?.voice);
}

export function activeVoiceSource(settings: Settings): VoiceSource {
  return settings.activeId === ORGANISATION_ID && settings.policy.voice !== null
    ? 'organisation'
    : 'personal';
}

/** The organisation's voice is read-only: changes to it are refused with this error. */
export class VoiceLockedError extends Error {
  constructor() {
    super("This voice is set by your organisation: its rules can't be changed here.");
    this.name = 'VoiceLockedError';
  }
}

/** A short hash of a string (FNV-1a), for ids that are the same wherever they are computed. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The id a pre-sync profile gets when it moves to sync storage: the default voice untouched keeps
 * 'default' (the same on every device); any other gets an id from its old id and its content, so
 * two devices migrating different "default" profiles never overwrite each other, and two contexts
 * of one device migrating at once write the same items.
 */
export function migratedProfileId(oldId: string, voice: BrandVoice): string {
  if (oldId === 'default' && JSON.stringify(resolveVoice(voice)) === JSON.stringify(DEFAULT_VOICE))
    return 'default';
  return `m-${hash(`${oldId}\n${JSON.stringify(voice)}`)}`;
}

/** v2 (`local:settings`) → the synced layout: profiles with their new ids, and the prefs. Pure. */
export function migrateV2(v2: SettingsV2, now: number): { profiles: StoredProfile[]; prefs: Prefs } {
  const valid = (Array.isArray(v2?.profiles) ? v2.profiles : []).filter(
    (p) => typeof p === 'object' && p !== null && typeof p.id === 'string' && typeof p.voice === 'object',
  );
  const ids = new Map<string, string>();
  const profiles = valid.map((p, i): StoredProfile => {
    const voice = resolveVoice(p.voice);
    const id = migratedProfileId(p.id, voice);
    ids.set(p.id, id);
    return { id, voice, createdAt: i, updatedAt: now };
  });
  return {
    profiles: mergeProfiles(profiles, []),
    prefs: {
      activeId: ids.get(v2?.activeId) ?? profiles[0]?.id ?? 'default',
      preferPersonal: false,
      pausedSites: Array.isArray(v2?.pausedSites) ? v2.pausedSites.filter((s) => SITE_IDS.includes(s)) : [],
      updatedAt: now,
    },
  };
}

let migrating: Promise<void> | null = null;

/**
 * Copies `local:settings` (what versions before sync stored) into the synced layout once, keeping
 * every profile. Safe to run from several contexts at once (the ids are computed, not counted).
 */
export function migrateToSync(): Promise<void> {
  migrating ??= (async () => {
    if ((await migratedItem.getValue()) !== null) return;
    const legacy = await storage.getItem<unknown>('local:settings');
    if (legacy !== null) {
      await legacySettingsItem.migrate(); // v1 (first release) → v2
      const v2 = await legacySettingsItem.getValue();
      if (v2 !== null) {
        const now = Date.now();
        const { profiles, prefs } = migrateV2(v2, now);
        const existing = await storage.snapshot('sync');
        for (const p of profiles) {
          const there = existing[profileKey(p.id)];
          if (!isStoredProfile(there)) await putProfile(p);
        }
        // Another device may have synced its preferences already: they are newer than ours.
        if (existing.prefs === undefined) await prefsItem.setValue(prefs);
      }
    }
    await migratedItem.setValue(Date.now());
  })().finally(() => {
    migrating = null;
  });
  return migrating;
}

/**
 * How long a read of the settings waits for the browser's policies before going on without them.
 * Chromium answers the first `storage.managed` read of a browser session only once its policy
 * service is ready: about 6 s after start-up here (headless, measured by test/e2e/voice.test.ts's
 * set-up), a few ms afterwards. A review must not wait that long; the organisation's voice
 * replaces the personal one as soon as the policy arrives (see `watchSettings`).
 */
export const POLICY_WAIT_MS = 300;

/** Whether this context has had one answer from the managed area (later reads are fast). */
let policyAnswered = false;
/** The first read of this context, while it has no answer yet. */
let firstPolicyRead: Promise<Record<string, unknown>> | null = null;
/** In this context, called when the first read, given up on, has its answer after all. */
const policyArrivedListeners = new Set<() => void>();

/** Test hook: forgets that this context had an answer from the managed area. */
export function resetPolicyWait(): void {
  policyAnswered = false;
  firstPolicyRead = null;
}

async function readManagedNow(): Promise<Record<string, unknown>> {
  try {
    return await storage.snapshot('managed');
  } catch {
    // Firefox without a policy for Rapport: "Managed storage manifest not found".
    return {};
  }
}

/**
 * The managed area. The first read of a context waits at most POLICY_WAIT_MS; while it has no
 * answer, later reads do not wait at all (`{}`); when it answers, the listeners are called.
 */
function readManaged(): Promise<Record<string, unknown>> {
  if (policyAnswered) return readManagedNow();
  if (firstPolicyRead !== null) return Promise.resolve({});
  let late = false;
  const read = readManagedNow().then((value) => {
    policyAnswered = true;
    firstPolicyRead = null;
    if (late && Object.keys(value).length > 0) for (const listener of policyArrivedListeners) listener();
    return value;
  });
  firstPolicyRead = read;
  return Promise.race([
    read,
    new Promise<Record<string, unknown>>((resolve) =>
      setTimeout(() => {
        late = true;
        resolve({});
      }, POLICY_WAIT_MS),
    ),
  ]);
}

/** Everything settings are made of, read at once. */
export async function readRawSettings(): Promise<RawSettings> {
  await migrateToSync();
  const [sync, localProfiles, managed] = await Promise.all([
    storage.snapshot('sync'),
    localProfilesItem.getValue(),
    readManaged(),
  ]);
  return { sync, localProfiles, managed };
}

export async function getSettings(): Promise<Settings> {
  return composeSettings(await readRawSettings());
}

/**
 * Saves one personal profile: to sync storage when it fits the quotas (and then drops any local
 * copy), otherwise on this device with the reason. The previous synced copy stays synced, so other
 * devices keep the last version that fitted. Returns where it went.
 */
export async function putProfile(profile: StoredProfile): Promise<ProfileStorage> {
  const key = profileKey(profile.id);
  const sync = await storage.snapshot('sync');
  let problem = syncQuotaProblem(key, profile, sync);
  if (problem === null) {
    try {
      await storage.setItem(`sync:${key}`, profile);
    } catch (error) {
      problem = `the browser refused to sync it (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  const local = await localProfilesItem.getValue();
  if (problem === null) {
    if (profile.id in local) {
      const { [profile.id]: _, ...rest } = local;
      await localProfilesItem.setValue(rest);
    }
    return { area: 'sync' };
  }
  await localProfilesItem.setValue({ ...local, [profile.id]: { ...profile, reason: problem } });
  return { area: 'local', reason: problem };
}

async function removeProfile(id: string): Promise<void> {
  await storage.removeItem(`sync:${profileKey(id)}`);
  const local = await localProfilesItem.getValue();
  if (id in local) {
    const { [id]: _, ...rest } = local;
    await localProfilesItem.setValue(rest);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write, one at a time in this context, so quick successive changes never lose each
 * other. Only what changed is written: each changed profile to its own item (with a new
 * `updatedAt`), the prefs when the active profile or the paused sites changed.
 */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = queue.then(async () => {
    const raw = await readRawSettings();
    const before = composeSettings(raw);
    const after = normalizeSettings(change(before));
    const now = Date.now();
    const old = new Map(before.profiles.map((p) => [p.id, p]));
    // New profiles go last, on every device, even when several are made within a millisecond.
    let created = Math.max(now, ...before.profiles.map((p) => (p.createdAt ?? 0) + 1));
    for (const p of after.profiles) {
      if (p.id === ORGANISATION_ID) continue;
      const was = old.get(p.id);
      const voice = resolveVoice(p.voice);
      const unchanged =
        was !== undefined && JSON.stringify(resolveVoice(was.voice)) === JSON.stringify(voice);
      // The default profile exists unsaved until it changes, or until another profile joins it.
      const unsaved = was !== undefined && was.storage === undefined && after.profiles.length > 1;
      if (unchanged && !unsaved) continue;
      await putProfile({
        id: p.id,
        voice,
        createdAt: was?.createdAt ?? p.createdAt ?? (p.id === DEFAULT_PROFILE.id ? 0 : created++),
        // A date given with the change (an imported copy's) is kept; an edit is dated now.
        updatedAt:
          p.updatedAt !== undefined && p.updatedAt > (was?.updatedAt ?? -1)
            ? p.updatedAt
            : Math.max(now, (was?.updatedAt ?? 0) + 1),
      });
    }
    const kept = new Set(after.profiles.map((p) => p.id));
    for (const p of before.profiles)
      if (!kept.has(p.id) && p.storage !== undefined) await removeProfile(p.id);

    const prefs = normalizePrefs(raw.sync.prefs);
    const nextPrefs = { ...prefs };
    if (after.activeId !== before.activeId) {
      const organisation = before.policy.voice !== null;
      if (after.activeId === ORGANISATION_ID) nextPrefs.preferPersonal = false;
      else if (!organisation || before.policy.allowPersonalProfiles) {
        nextPrefs.activeId = after.activeId;
        if (organisation) nextPrefs.preferPersonal = true;
      }
    }
    // Sites set by the organisation are not the user's to change; the user's own choice stays underneath.
    if (before.policy.sites === null) nextPrefs.pausedSites = after.pausedSites;
    if (JSON.stringify(nextPrefs) !== JSON.stringify(prefs))
      await prefsItem.setValue({ ...nextPrefs, updatedAt: now });
    return getSettings();
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Changes the active profile's voice. The organisation's voice is read-only (VoiceLockedError). */
export async function updateActiveVoice(change: (v: BrandVoice) => BrandVoice): Promise<Settings> {
  return updateSettings((s) => {
    if (s.activeId === ORGANISATION_ID) throw new VoiceLockedError();
    return {
      ...s,
      profiles: s.profiles.map((p) =>
        p.id === s.activeId ? { ...p, voice: change(resolveVoice(p.voice)) } : p,
      ),
    };
  });
}

export async function getActiveVoice(): Promise<BrandVoice> {
  return activeVoice(await getSettings());
}

/** The active voice and where it comes from (the organisation's policy, or a personal profile). */
export async function getActiveVoiceWithSource(): Promise<{ voice: BrandVoice; source: VoiceSource }> {
  const settings = await getSettings();
  return { voice: activeVoice(settings), source: activeVoiceSource(settings) };
}

const WATCHED_LOCAL_KEYS = new Set(['localProfiles']);

/**
 * Calls back with the settings whenever something they are made of changes, in any context (this
 * one, another page, another device through sync, a new policy); returns unwatch. The keys are
 * dynamic (one per profile), so this listens to the storage areas rather than to single items.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  let generation = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    const relevant =
      area === 'managed' ||
      (area === 'sync' && keys.some((k) => k === 'prefs' || k.startsWith(PROFILE_PREFIX))) ||
      (area === 'local' && keys.some((k) => WATCHED_LOCAL_KEYS.has(k)));
    if (!relevant) return;
    const current = ++generation;
    getSettings().then(
      (settings) => {
        if (current === generation) cb(settings);
      },
      () => undefined,
    );
  };
  const policyArrived = () => listener({}, 'managed');
  browser.storage.onChanged.addListener(listener);
  policyArrivedListeners.add(policyArrived);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    policyArrivedListeners.delete(policyArrived);
  };
}

/**
 * Calls back with the active voice (and where it comes from) whenever it changes, in any context;
 * returns unwatch. Changes that leave the active voice as it was are not reported.
 */
export function watchActiveVoice(cb: (v: BrandVoice, source: VoiceSource) => void): () => void {
  let last: string | null = null;
  const keyOf = (s: Settings) => JSON.stringify([activeVoice(s), activeVoiceSource(s)]);
  // What the caller has (it read the voice before watching): changes are reported from there on.
  getSettings().then(
    (s) => {
      last ??= keyOf(s);
    },
    () => undefined,
  );
  return watchSettings((s) => {
    const key = keyOf(s);
    if (key === last) return;
    last = key;
    cb(activeVoice(s), activeVoiceSource(s));
  });
}

/** A new profile id, unique among the existing ones and unlikely to meet one made on another device. */
function newProfileId(existing: readonly VoiceProfile[]): string {
  const ids = new Set(existing.map((p) => p.id));
  for (;;) {
    const id = `p-${crypto.randomUUID().slice(0, 8)}`;
    if (!ids.has(id)) return id;
  }
}

/** Switches the voice every composer is reviewed against. Unknown ids are ignored. */
export function setActiveProfile(id: string): Promise<Settings> {
  return updateSettings((s) => {
    if (id === ORGANISATION_ID) return s.policy.voice === null ? s : { ...s, activeId: id };
    if (s.policy.voice !== null && !s.policy.allowPersonalProfiles) return s;
    return s.profiles.some((p) => p.id === id) ? { ...s, activeId: id } : s;
  });
}

/**
 * Adds a profile (a copy of `voice`, or of the default voice) and makes it the active one (unless
 * the organisation's policy keeps its own voice active).
 */
export function addProfile(voice: Partial<BrandVoice> = {}): Promise<Settings> {
  return updateSettings((s) => {
    const id = newProfileId(s.profiles);
    return { ...s, activeId: id, profiles: [...s.profiles, { id, voice: resolveVoice(voice) }] };
  });
}

/** Removes a profile; the last one cannot be removed. The first remaining one becomes active if needed. */
export function deleteProfile(id: string): Promise<Settings> {
  return updateSettings((s) => {
    if (s.profiles.length <= 1) return s;
    const profiles = s.profiles.filter((p) => p.id !== id);
    if (profiles.length === s.profiles.length) return s;
    return { ...s, profiles, activeId: s.activeId === id ? profiles[0].id : s.activeId };
  });
}

/** Replaces one profile's voice (the options page saves the whole edited voice at once). */
export function saveProfileVoice(id: string, voice: BrandVoice): Promise<Settings> {
  return updateSettings((s) => ({
    ...s,
    profiles: s.profiles.map((p) => (p.id === id ? { ...p, voice: resolveVoice(voice) } : p)),
  }));
}

/** Changes some fields of one profile's voice, keeping the others as they are stored now. */
export function patchProfileVoice(id: string, patch: Partial<BrandVoice>): Promise<Settings> {
  return updateSettings((s) => ({
    ...s,
    profiles: s.profiles.map((p) =>
      p.id === id ? { ...p, voice: resolveVoice({ ...resolveVoice(p.voice), ...patch }) } : p,
    ),
  }));
}

/**
 * Turns a rule off in the active voice (the panel's "Mute rule"; undone from the options page).
 * Rejects with VoiceLockedError when the active voice is the organisation's.
 */
export async function muteRule(ruleId: string): Promise<void> {
  await updateActiveVoice((v) => ({ ...v, disabledRules: [...new Set([...v.disabledRules, ruleId])] }));
}

export async function unmuteRule(ruleId: string): Promise<void> {
  await updateActiveVoice((v) => ({ ...v, disabledRules: v.disabledRules.filter((r) => r !== ruleId) }));
}

export async function isSitePaused(siteId: string): Promise<boolean> {
  return (await getSettings()).pausedSites.includes(siteId);
}

/** Pauses or resumes a site; a no-op for sites the organisation's policy sets. */
export async function setSitePaused(siteId: string, paused: boolean): Promise<void> {
  await updateSettings((s) => ({
    ...s,
    pausedSites: paused
      ? [...new Set([...s.pausedSites, siteId])]
      : s.pausedSites.filter((x) => x !== siteId),
  }));
}

export function watchSitePaused(siteId: string, cb: (paused: boolean) => void): () => void {
  let last: boolean | null = null;
  return watchSettings((s) => {
    const paused = s.pausedSites.includes(siteId);
    if (paused === last) return;
    last = paused;
    cb(paused);
  });
}

/**
 * Settles edits of one profile made on two devices at once: when sync brings a copy of a profile
 * older (by `updatedAt`) than the one it replaces, the newer one is written back, so every device
 * ends with the newest. Other profiles are never touched. Called by the background for
 * `storage.sync` changes; returns the ids written back.
 */
export async function resolveConcurrentEdits(
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
): Promise<string[]> {
  const restored: string[] = [];
  for (const [key, { oldValue, newValue }] of Object.entries(changes)) {
    if (!key.startsWith(PROFILE_PREFIX) || !isStoredProfile(oldValue) || !isStoredProfile(newValue)) continue;
    if (oldValue.id !== newValue.id || newerProfile(oldValue, newValue) !== oldValue) continue;
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    await storage.setItem(`sync:${key}`, oldValue);
    restored.push(oldValue.id);
  }
  return restored;
}
