/**
 * Settings, persisted with @wxt-dev/storage and shared live by content script, popup and options:
 * brand-voice profiles (one active), and the sites where Rapport is paused.
 */
import { storage } from '#imports';
import type { BrandVoice } from '../analysis/types';
import { DEFAULT_VOICE, resolveVoice } from '../analysis/voice';

export interface VoiceProfile {
  id: string;
  voice: BrandVoice;
}

export interface Settings {
  activeId: string;
  profiles: VoiceProfile[];
  /** Site ids ('x', 'linkedin', 'facebook') where Rapport is paused. */
  pausedSites: string[];
}

/** Version 1 (first release): a single voice and paused hosts. */
export interface SettingsV1 {
  voice: Partial<BrandVoice>;
  paused: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  activeId: 'default',
  profiles: [{ id: 'default', voice: DEFAULT_VOICE }],
  pausedSites: [],
};

const HOST_TO_SITE: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.linkedin.com': 'linkedin',
  'linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook',
  'facebook.com': 'facebook',
};

/** v1 → v2: the single voice becomes the first profile; paused hosts become site ids. */
export function migrateV1(v1: SettingsV1): Settings {
  const paused = [
    ...new Set(
      (Array.isArray(v1?.paused) ? v1.paused : [])
        .filter((h): h is string => typeof h === 'string')
        .map((h) => HOST_TO_SITE[h] ?? h)
        .filter((s) => ['x', 'linkedin', 'facebook'].includes(s)),
    ),
  ];
  return {
    activeId: 'default',
    profiles: [{ id: 'default', voice: resolveVoice(v1?.voice ?? undefined) }],
    pausedSites: paused,
  };
}

const SITE_IDS = ['x', 'linkedin', 'facebook'];

/**
 * A usable Settings from whatever is stored (a value damaged by hand or by an old bug): at least one
 * profile, an active id that exists, only known site ids. Valid values come back unchanged.
 */
export function normalizeSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const v = value as Partial<Settings>;
  const profiles = (Array.isArray(v.profiles) ? v.profiles : []).filter(
    (p): p is VoiceProfile =>
      typeof p === 'object' && p !== null && typeof p.id === 'string' && typeof p.voice === 'object',
  );
  const pausedSites = Array.isArray(v.pausedSites) ? v.pausedSites.filter((x) => SITE_IDS.includes(x)) : [];
  if (profiles.length === 0) return { ...DEFAULT_SETTINGS, pausedSites };
  const activeId = profiles.some((p) => p.id === v.activeId) ? (v.activeId as string) : profiles[0].id;
  if (
    profiles.length === v.profiles?.length &&
    activeId === v.activeId &&
    pausedSites.length === v.pausedSites?.length
  )
    return v as Settings;
  return { activeId, profiles, pausedSites };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateV1 },
});

/** The active profile's voice (defaults filled in). */
export function activeVoice(settings: Settings): BrandVoice {
  const profile = settings.profiles.find((p) => p.id === settings.activeId) ?? settings.profiles[0];
  return resolveVoice(profile?.voice);
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

let queue: Promise<unknown> = Promise.resolve();

/** Read-modify-write, one at a time in this context, so quick successive changes never lose each other. */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = queue.then(async () => {
    const updated = change(normalizeSettings(await settingsItem.getValue()));
    await settingsItem.setValue(updated);
    return updated;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Changes the active profile's voice. */
export function updateActiveVoice(change: (v: BrandVoice) => BrandVoice): Promise<Settings> {
  return updateSettings((s) => ({
    ...s,
    profiles: s.profiles.map((p) =>
      p.id === s.activeId ? { ...p, voice: change(resolveVoice(p.voice)) } : p,
    ),
  }));
}

export async function getActiveVoice(): Promise<BrandVoice> {
  return activeVoice(await getSettings());
}

/** Calls back with the active voice whenever settings change (in any context); returns unwatch. */
export function watchActiveVoice(cb: (v: BrandVoice) => void): () => void {
  return settingsItem.watch((s) => cb(activeVoice(normalizeSettings(s))));
}

/** A new profile id, unique among the existing ones. */
function newProfileId(existing: readonly VoiceProfile[]): string {
  const ids = new Set(existing.map((p) => p.id));
  for (let n = existing.length + 1; ; n++) {
    const id = `profile-${n}`;
    if (!ids.has(id)) return id;
  }
}

/** Switches the voice every composer is reviewed against. Unknown ids are ignored. */
export function setActiveProfile(id: string): Promise<Settings> {
  return updateSettings((s) => (s.profiles.some((p) => p.id === id) ? { ...s, activeId: id } : s));
}

/** Adds a profile (a copy of `voice`, or of the default voice) and makes it the active one. */
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

/** Turns a rule off in the active voice (the panel's "Mute rule"; undone from the options page). */
export async function muteRule(ruleId: string): Promise<void> {
  await updateActiveVoice((v) => ({ ...v, disabledRules: [...new Set([...v.disabledRules, ruleId])] }));
}

export async function unmuteRule(ruleId: string): Promise<void> {
  await updateActiveVoice((v) => ({ ...v, disabledRules: v.disabledRules.filter((r) => r !== ruleId) }));
}

export async function isSitePaused(siteId: string): Promise<boolean> {
  return (await getSettings()).pausedSites.includes(siteId);
}

export async function setSitePaused(siteId: string, paused: boolean): Promise<void> {
  await updateSettings((s) => ({
    ...s,
    pausedSites: paused
      ? [...new Set([...s.pausedSites, siteId])]
      : s.pausedSites.filter((x) => x !== siteId),
  }));
}

export function watchSitePaused(siteId: string, cb: (paused: boolean) => void): () => void {
  return settingsItem.watch((s) => cb(normalizeSettings(s).pausedSites.includes(siteId)));
}
