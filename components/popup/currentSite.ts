/**
 * The site of the tab the popup was opened over. Needs no `tabs` permission: the browser reports a
 * tab's URL for hosts the extension already has access to (the three sites), and nothing otherwise.
 */
import { browser } from '#imports';
import { type Site, siteForUrl } from '../../lib/sites/detect';

/** The site of the active tab, or null (another site, or a tab whose URL the extension cannot see). */
export async function currentSite(): Promise<Site | null> {
  const tabs = await browser.tabs.query({ currentWindow: true });
  const own = browser.runtime.getURL('/');
  const isOwn = (url: string | undefined) => url?.startsWith(own) === true;
  const active = tabs.find((t) => t.active);
  // Opened as a page rather than over a tab (e.g. popup.html in a tab of its own): the tab used last.
  const tab =
    active !== undefined && !isOwn(active.url)
      ? active
      : tabs
          .filter((t) => !t.active && !isOwn(t.url))
          .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (tab?.url === undefined) return null;
  try {
    return siteForUrl(new URL(tab.url));
  } catch {
    return null;
  }
}
