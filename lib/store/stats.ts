/**
 * Session statistics: per post, the score at first review and when sent or left, suggestions
 * applied, and the categories found. Never the post's text.
 */
import { storage } from '#imports';
import type { Category, Platform } from '../analysis/types';

export interface PostRecord {
  id: string;
  platform: Platform;
  startedAt: number;
  updatedAt: number;
  firstScore: number;
  lastScore: number;
  finished: boolean;
  applied: number;
  /** Findings per category at the last review. */
  categories: Partial<Record<Category, number>>;
}

export const MAX_RECORDS = 2000;
export const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export const statsItem = storage.defineItem<PostRecord[]>('local:stats', { fallback: [], version: 1 });
/** When the browser session started (set by the background on start-up). */
export const sessionStartItem = storage.defineItem<number>('local:sessionStartedAt', { fallback: 0 });

let queue: Promise<unknown> = Promise.resolve();

/** Applies a change to the records one at a time, keeping them bounded (30 days, 2,000 posts). */
function update(change: (records: PostRecord[], now: number) => PostRecord[]): Promise<void> {
  const next = queue.then(async () => {
    const now = Date.now();
    const records = change(await statsItem.getValue(), now)
      .filter((r) => now - r.updatedAt <= MAX_AGE_MS)
      .slice(-MAX_RECORDS);
    await statsItem.setValue(records);
  });
  queue = next.catch(() => undefined);
  return next;
}

function countCategories(categories: readonly Category[]): Partial<Record<Category, number>> {
  const out: Partial<Record<Category, number>> = {};
  for (const c of categories) out[c] = (out[c] ?? 0) + 1;
  return out;
}

/** Records a review of a post: the first sets its first score, later ones its last score. */
export function recordReview(e: {
  postId: string;
  platform: Platform;
  score: number;
  categories: Category[];
}): Promise<void> {
  return update((records, now) => {
    const existing = records.find((r) => r.id === e.postId);
    if (existing === undefined) {
      return [
        ...records,
        {
          id: e.postId,
          platform: e.platform,
          startedAt: now,
          updatedAt: now,
          firstScore: e.score,
          lastScore: e.score,
          finished: false,
          applied: 0,
          categories: countCategories(e.categories),
        },
      ];
    }
    return records.map((r) =>
      r.id === e.postId
        ? { ...r, updatedAt: now, lastScore: e.score, categories: countCategories(e.categories) }
        : r,
    );
  });
}

export function recordSuggestionApplied(e: {
  postId: string;
  platform: Platform;
  category: Category;
}): Promise<void> {
  return update((records, now) =>
    records.map((r) => (r.id === e.postId ? { ...r, updatedAt: now, applied: r.applied + 1 } : r)),
  );
}

/** The post was sent or abandoned: its last score is final. */
export function recordPostFinished(e: { postId: string; platform: Platform; score: number }): Promise<void> {
  return update((records, now) =>
    records.map((r) =>
      r.id === e.postId ? { ...r, updatedAt: now, lastScore: e.score, finished: true } : r,
    ),
  );
}

export function resetStats(): Promise<void> {
  return update(() => []);
}
