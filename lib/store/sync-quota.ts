/**
 * The limits of `storage.sync`, as Chrome documents them (Firefox's are the same or looser): what
 * decides whether a profile can follow the user to their other browsers or has to stay on this one.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync
 */

/** Bytes one item may take: its key plus the JSON of its value. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
/** Bytes all items together may take. */
export const SYNC_QUOTA_BYTES = 102_400;
/** Items the area may hold. */
export const SYNC_MAX_ITEMS = 512;

/** The size `storage.sync` counts for an item: its key plus its value's JSON, in UTF-8 bytes. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** "9.3 kB" for the options page. */
export function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * Whether an item of `bytes` fits beside what the area holds already (`others`: every other item,
 * key → value). Returns null when it fits, or the reason in one sentence when it does not.
 */
export function syncQuotaProblem(
  key: string,
  value: unknown,
  others: Readonly<Record<string, unknown>>,
): string | null {
  const bytes = syncItemBytes(key, value);
  if (bytes > SYNC_QUOTA_BYTES_PER_ITEM)
    return `it is too large to sync (${formatKB(bytes)}; the browser syncs at most ${formatKB(SYNC_QUOTA_BYTES_PER_ITEM)} per profile)`;
  let total = bytes;
  let items = 1;
  for (const [k, v] of Object.entries(others)) {
    if (k === key) continue;
    total += syncItemBytes(k, v);
    items++;
  }
  if (total > SYNC_QUOTA_BYTES)
    return `the browser's sync storage is full (${formatKB(total)} of ${formatKB(SYNC_QUOTA_BYTES)} with this profile)`;
  if (items > SYNC_MAX_ITEMS)
    return `the browser's sync storage holds too many items (${SYNC_MAX_ITEMS} at most)`;
  return null;
}
