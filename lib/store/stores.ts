/** The zustand stores the popup and options page render from, one per persisted item. */
import { healthItem } from './health';
import { DEFAULT_SETTINGS, getSettings, normalizeSettings, type Settings, watchSettings } from './settings';
import { type PostRecord, sessionStartItem, statsItem } from './stats';
import { createSyncedStore } from './synced';

/** The settings are made of several items (one per profile, prefs, the policy): read and watched as one. */
export const settingsStore = createSyncedStore<Settings>(
  { fallback: DEFAULT_SETTINGS, getValue: getSettings, watch: watchSettings },
  (value) => normalizeSettings(value),
);
export const statsStore = createSyncedStore(statsItem, (records) =>
  Array.isArray(records)
    ? records.filter(
        (r: PostRecord | null) => typeof r === 'object' && r !== null && typeof r.firstScore === 'number',
      )
    : [],
);
export const sessionStartStore = createSyncedStore(sessionStartItem);
export const healthStore = createSyncedStore(healthItem, (health) =>
  typeof health?.unrecognisedComposer === 'object' && health.unrecognisedComposer !== null
    ? health
    : { unrecognisedComposer: {} },
);
