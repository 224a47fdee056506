/** The zustand stores the popup and options page render from, one per persisted item. */
import { healthItem } from './health';
import { normalizeSettings, settingsItem } from './settings';
import { type PostRecord, sessionStartItem, statsItem } from './stats';
import { createSyncedStore } from './synced';

export const settingsStore = createSyncedStore(settingsItem, normalizeSettings);
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
