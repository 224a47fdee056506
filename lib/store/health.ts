/**
 * Health: per site, when the content script last saw an editable element that looked like a compose
 * box but was not one Rapport recognises (the site may have changed its markup). The popup says so,
 * because Rapport then stays silent there. Only a site id and a time are stored.
 */
import { storage } from '#imports';

export type HealthSiteId = 'x' | 'linkedin' | 'facebook';

export interface Health {
  /** Per site id, when an unrecognised compose box was last seen (ms since the epoch). */
  unrecognisedComposer: Partial<Record<HealthSiteId, number>>;
}

export const HEALTH_SITES: readonly HealthSiteId[] = ['x', 'linkedin', 'facebook'];
/** A report is written at most this often per site. */
export const HEALTH_THROTTLE_MS = 60_000;
/** Reports older than this are not shown. */
export const HEALTH_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export const healthItem = storage.defineItem<Health>('local:health', {
  fallback: { unrecognisedComposer: {} },
  version: 1,
});

const lastWritten = new Map<string, number>();

function isHealthSite(siteId: string): siteId is HealthSiteId {
  return (HEALTH_SITES as readonly string[]).includes(siteId);
}

/**
 * Records that a compose-box-like element on `siteId` was not recognised. Throttled to one write a
 * minute per site (in this context, and against what is already stored); unknown site ids are ignored.
 */
export async function reportUnrecognisedComposer(siteId: string): Promise<void> {
  if (!isHealthSite(siteId)) return;
  const now = Date.now();
  const previous = lastWritten.get(siteId);
  if (previous !== undefined && now - previous < HEALTH_THROTTLE_MS) return;
  lastWritten.set(siteId, now);
  const health = await healthItem.getValue();
  const stored = health.unrecognisedComposer?.[siteId];
  if (stored !== undefined && now - stored >= 0 && now - stored < HEALTH_THROTTLE_MS) return;
  await healthItem.setValue({
    ...health,
    unrecognisedComposer: { ...health.unrecognisedComposer, [siteId]: now },
  });
}

/** The sites with an unrecognised compose box seen in the last 7 days, in a fixed order. Pure. */
export function recentHealthProblems(health: Health, now: number): HealthSiteId[] {
  return HEALTH_SITES.filter((site) => {
    const at = health.unrecognisedComposer?.[site];
    return at !== undefined && now - at <= HEALTH_WINDOW_MS;
  });
}

/** Test hook: forgets the in-memory throttle. */
export function resetHealthThrottle(): void {
  lastWritten.clear();
}
