/** The zustand stores the popup and options page render from, one per persisted item. */
import { healthItem } from './health';
import { settingsItem } from './settings';
import { sessionStartItem, statsItem } from './stats';
import { createSyncedStore } from './synced';

export const settingsStore = createSyncedStore(settingsItem);
export const statsStore = createSyncedStore(statsItem);
export const sessionStartStore = createSyncedStore(sessionStartItem);
export const healthStore = createSyncedStore(healthItem);
