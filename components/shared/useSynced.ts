/** React access to a synced store: connects while the component is mounted and re-renders on changes. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { SyncedState, SyncedStore } from '../../lib/store/synced';

export function useSynced<T>(store: SyncedStore<T>): SyncedState<T> {
  useEffect(() => store.connect(), [store]);
  return useStore(store);
}
