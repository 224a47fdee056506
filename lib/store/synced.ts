/**
 * A zustand store mirroring one @wxt-dev/storage item (or a value made of several, like the
 * settings): it loads the value, then follows every change made in any context (content script,
 * popup, options, another device) through `watch`, so each surface sees the others' changes live.
 * Writes go through the item (settings.ts, stats.ts), never through the store.
 */

import { createStore, type StoreApi } from 'zustand/vanilla';

/** What a synced store mirrors: a @wxt-dev/storage item, or anything read and watched the same way. */
export interface SyncedSource<T> {
  fallback: T;
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

export interface SyncedState<T> {
  value: T;
  /** False until the stored value has been read once. */
  ready: boolean;
  /** Set when reading storage failed; the fallback value is shown meanwhile. */
  error: string | null;
}

export interface SyncedStore<T> extends StoreApi<SyncedState<T>> {
  /** Loads the item and follows its changes; returns the function that stops following. Ref-counted. */
  connect(): () => void;
}

/** Creates a store that mirrors `item` while at least one consumer is connected. */
export function createSyncedStore<T>(
  item: SyncedSource<T>,
  /** Turns whatever is stored into a usable value (defaults to `value ?? fallback`). */
  normalize: (value: T | null) => T = (value) => value ?? item.fallback,
): SyncedStore<T> {
  const store = createStore<SyncedState<T>>(() => ({
    value: normalize(item.fallback),
    ready: false,
    error: null,
  }));
  let consumers = 0;
  let unwatch: (() => void) | null = null;
  let generation = 0;
  const connect = (): (() => void) => {
    consumers++;
    if (consumers === 1) {
      const current = ++generation;
      unwatch = item.watch((value) => {
        generation++; // a change seen through watch is newer than any read still in flight
        store.setState({ value: normalize(value), ready: true, error: null });
      });
      item.getValue().then(
        (value) => {
          if (generation === current) store.setState({ value: normalize(value), ready: true, error: null });
        },
        (error: unknown) => {
          if (generation === current) store.setState({ ready: true, error: String(error) });
        },
      );
    }
    let connected = true;
    return () => {
      if (!connected) return;
      connected = false;
      consumers--;
      if (consumers === 0) {
        unwatch?.();
        unwatch = null;
        generation++;
      }
    };
  };
  return Object.assign(store, { connect });
}
