/**
 * Page detection as pure, tested predicates: which site a URL belongs to, and which element is a
 * composer we recognise. Anything else is left alone.
 */
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { Site } from './types';
import { x } from './x';

export type { Site } from './types';
/** Every site Rapport works on. */
export const SITES: readonly Site[] = [x, linkedin, facebook];

// Test-only: the e2e fixtures (test/fixtures/sites) are served on loopback under /x/, /linkedin/ and
// /facebook/. Only the e2e build's content script is injected on loopback (see wxt.config.ts), so
// this mapping never applies in production.
const FIXTURE_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** The site a URL belongs to (real hosts over https only, or a fixture path on loopback), or null. */
export function siteForUrl(url: URL): Site | null {
  const host = url.hostname.toLowerCase();
  const real = SITES.find((s) => s.hosts.includes(host));
  if (real !== undefined) return url.protocol === 'https:' ? real : null;
  if (FIXTURE_HOSTS.has(host)) {
    const first = url.pathname.split('/')[1];
    return SITES.find((s) => s.id === first) ?? null;
  }
  return null;
}

/** The composer (editable root) at or around an element, or null for editors we do not recognise. */
export function findComposer(el: Element | null, site: Site): HTMLElement | null {
  const found = el?.closest<HTMLElement>(site.composer) ?? null;
  return found?.isContentEditable === true || found?.getAttribute('contenteditable') === 'true'
    ? found
    : null;
}

/**
 * Whether an element is editable and sits where the site puts its compose boxes, yet is not a
 * composer we recognise: the sign of a site redesign (reported once in a while, otherwise left alone).
 */
export function isUnrecognisedComposer(el: Element | null, site: Site): boolean {
  if (el === null || findComposer(el, site) !== null) return false;
  const editable =
    (el as HTMLElement).isContentEditable === true || el.getAttribute('contenteditable') === 'true';
  return editable && el.closest(site.composerSlot) !== null;
}

/** Every composer below a root. */
export function findAllComposers(root: ParentNode, site: Site): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(site.composer)];
}

/** Whether a composer is a comment/reply box (they have lower limits on LinkedIn). */
export function isCommentComposer(el: Element, site: Site): boolean {
  return site.commentContext !== null && el.closest(site.commentContext) !== null;
}
