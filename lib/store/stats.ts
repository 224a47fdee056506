/**
 * Session statistics: per post, the score at first review and when sent or left, suggestions
 * applied, and the categories found. Never the post's text.
 */
import { storage } from '#imports';
import { CATEGORIES, type Category, type Platform } from '../analysis/types';

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
    const stored = await statsItem.getValue();
    const records = change(Array.isArray(stored) ? stored : [], now)
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

/** What the popup can show: this browser session, or the last 7 or 30 days. */
export type Period = 'session' | '7d' | '30d';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a period starts. The session falls back to the last 24 hours when its start is unknown. */
export function periodStart(period: Period, now: number, sessionStartedAt: number): number {
  if (period === '7d') return now - 7 * DAY_MS;
  if (period === '30d') return now - 30 * DAY_MS;
  return sessionStartedAt > 0 ? sessionStartedAt : now - DAY_MS;
}

export interface ScoreAverages {
  posts: number;
  /** Average score at first review, rounded; null without posts. */
  first: number | null;
  /** Average score when sent or left (the last review), rounded; null without posts. */
  last: number | null;
}

export interface StatsSummary extends ScoreAverages {
  applied: number;
  /** Findings per category at each post's last review, summed. */
  categories: Record<Category, number>;
  /** Per platform, only those with posts. */
  platforms: Partial<Record<Platform, ScoreAverages>>;
}

function averages(records: readonly PostRecord[]): ScoreAverages {
  if (records.length === 0) return { posts: 0, first: null, last: null };
  const mean = (pick: (r: PostRecord) => number) =>
    Math.round(records.reduce((sum, r) => sum + pick(r), 0) / records.length);
  return { posts: records.length, first: mean((r) => r.firstScore), last: mean((r) => r.lastScore) };
}

/** The records of posts active since `since` (their last review is in the period). */
export function recordsSince(records: readonly PostRecord[], since: number): PostRecord[] {
  return records.filter((r) => r.updatedAt >= since);
}

/** Counts and averages of the posts reviewed since `since`. Pure. */
export function summarise(records: readonly PostRecord[], since: number): StatsSummary {
  const inPeriod = recordsSince(records, since);
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byPlatform = new Map<Platform, PostRecord[]>();
  for (const r of inPeriod) {
    for (const c of CATEGORIES) categories[c] += r.categories[c] ?? 0;
    byPlatform.set(r.platform, [...(byPlatform.get(r.platform) ?? []), r]);
  }
  const platforms: Partial<Record<Platform, ScoreAverages>> = {};
  for (const [platform, list] of byPlatform) platforms[platform] = averages(list);
  return {
    ...averages(inPeriod),
    applied: inPeriod.reduce((sum, r) => sum + r.applied, 0),
    categories,
    platforms,
  };
}

/** One bar of the score chart: a post (session) or a day (7/30 days). */
export interface ScorePoint {
  /** Start of the post or day (ms). */
  at: number;
  /** Average first and last score; null for a day without posts. */
  first: number | null;
  last: number | null;
  posts: number;
}

/**
 * The score over time for the chart: the session's posts one by one (the latest 20), or one point per
 * day for the 7- and 30-day views, oldest first. Pure.
 */
export function scoreSeries(
  records: readonly PostRecord[],
  period: Period,
  since: number,
  now: number,
): ScorePoint[] {
  const inPeriod = recordsSince(records, since).sort((a, b) => a.startedAt - b.startedAt);
  if (period === 'session')
    return inPeriod
      .slice(-20)
      .map((r) => ({ at: r.startedAt, first: r.firstScore, last: r.lastScore, posts: 1 }));
  const days = period === '7d' ? 7 : 30;
  const firstDay = new Date(now);
  firstDay.setHours(0, 0, 0, 0);
  firstDay.setDate(firstDay.getDate() - (days - 1));
  const points: ScorePoint[] = [];
  for (let i = 0; i < days; i++) {
    const start = new Date(firstDay);
    start.setDate(firstDay.getDate() + i);
    const end = new Date(start);
    end.setDate(start.getDate() + 1);
    const avg = averages(
      inPeriod.filter((r) => r.updatedAt >= start.getTime() && r.updatedAt < end.getTime()),
    );
    points.push({ at: start.getTime(), first: avg.first, last: avg.last, posts: avg.posts });
  }
  return points;
}

/** The post whose score rose most between its first review and when it was sent or left, if any rose. */
export function biggestImprovement(records: readonly PostRecord[], since: number): PostRecord | null {
  let best: PostRecord | null = null;
  for (const r of recordsSince(records, since)) {
    const gain = r.lastScore - r.firstScore;
    if (gain > 0 && (best === null || gain > best.lastScore - best.firstScore)) best = r;
  }
  return best;
}
