/**
 * Page detection as pure, tested predicates: which site a URL belongs to, which element is a
 * composer we recognise (and of which kind), which is private messaging. Anything else is left alone.
 * Composers may live in open shadow roots: every function here works inside the element's own tree.
 */
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { ComposerMarkup, Site } from './types';
import { x } from './x';

export type { ComposerKind, ComposerMarkup, Site } from './types';
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

/** The path as the site sees it (a fixture's `/x/rapport/status/1/` is the site's `/rapport/status/1/`). */
export function sitePath(url: URL): string {
  if (!FIXTURE_HOSTS.has(url.hostname.toLowerCase())) return url.pathname;
  return url.pathname.replace(/^\/[^/]+/, '') || '/';
}

/** The path of the page an element is in (where it is connected), as the site sees it. */
function pathOf(el: Element): string {
  const href = el.ownerDocument.defaultView?.location.href;
  return href === undefined ? '/' : sitePath(new URL(href));
}

const isEditable = (el: Element): boolean =>
  (el as HTMLElement).isContentEditable === true || el.getAttribute('contenteditable') === 'true';

/** The containers that bound a chat window, a post or a dialog, and the message list a chat has. */
const CHAT_BOUNDARY =
  '[role="dialog"], [role="complementary"], [role="region"], [role="main"], [role="article"]';
const MESSAGE_LIST = '[role="grid"], [role="log"]';

/**
 * Whether an editable is private messaging (a DM, a chat window, a messaging page): never reviewed.
 * Structure first (the messaging routes, the site's chat containers, a message list in the same
 * window), the site's English labels last.
 */
export function isPrivateMessage(el: Element, site: Site, path: string = pathOf(el)): boolean {
  const m = site.messaging;
  if (m.routes.some((r) => r.test(path))) return true;
  if (el.closest(m.containers) !== null) return true;
  const window = el.closest(m.windows === undefined ? CHAT_BOUNDARY : `${CHAT_BOUNDARY}, ${m.windows}`);
  const lists = m.lists === undefined ? MESSAGE_LIST : `${MESSAGE_LIST}, ${m.lists}`;
  if (window !== null && window.querySelector(lists) !== null) return true;
  return el.closest(m.labels) !== null;
}

/**
 * Whether an element is drawn where a person can see it: not hidden, not transparent, not a
 * pixel-sized box (LinkedIn preloads a hidden Quill editor). An invisible editor
 * gets no review and no UI, even when a script focuses it or fills it.
 */
export function isShown(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check !== undefined && !check.call(el, { opacityProperty: true, visibilityProperty: true }))
    return false;
  return true;
}

/** A recognised composer: its editable root and the markup entry that matched it. */
export interface ComposerMatch {
  root: HTMLElement;
  markup: ComposerMarkup;
}

/**
 * The composer (editable root) at or around an element, with the markup that matched first, or null
 * for editors we do not recognise and for private messaging.
 */
export function matchComposer(
  el: Element | null,
  site: Site,
  path: string | null = el === null ? null : pathOf(el),
): ComposerMatch | null {
  if (el === null || path === null) return null;
  for (const markup of site.composers) {
    if (markup.path !== undefined && !markup.path.test(path)) continue;
    const root = el.closest<HTMLElement>(markup.selector);
    if (root === null || !isEditable(root)) continue;
    if (markup.outside !== undefined && root.parentElement?.closest(markup.outside) != null) continue;
    if (isPrivateMessage(root, site, path)) return null;
    return { root, markup };
  }
  return null;
}

/** The composer (editable root) at or around an element, or null. */
export function findComposer(el: Element | null, site: Site, path?: string): HTMLElement | null {
  return matchComposer(el, site, path)?.root ?? null;
}

/**
 * Whether an element is editable and sits where the site puts its compose boxes, yet is not a
 * composer we recognise nor private messaging: the sign of a site redesign (reported once in a while,
 * otherwise left alone).
 */
export function isUnrecognisedComposer(el: Element | null, site: Site, path?: string): boolean {
  if (el === null || !isEditable(el) || findComposer(el, site, path) !== null) return false;
  if (isPrivateMessage(el, site, path)) return false;
  return el.closest(site.composerSlot) !== null;
}

/** The open shadow roots below `root` whose hosts the site renders composers into (closed roots are never touched). */
export function composerShadowRoots(root: ParentNode, site: Site): ShadowRoot[] {
  if (site.shadowHosts === null) return [];
  const roots: ShadowRoot[] = [];
  for (const host of root.querySelectorAll(site.shadowHosts)) {
    // `shadowRoot` is null for closed roots: those stay closed to us.
    if (host.shadowRoot !== null) roots.push(host.shadowRoot, ...composerShadowRoots(host.shadowRoot, site));
  }
  return roots;
}

/** Every composer below a root, including those in the site's open shadow roots. */
export function findAllComposers(root: ParentNode, site: Site, path?: string): HTMLElement[] {
  const selector = site.composers.map((c) => c.selector).join(', ');
  const found: HTMLElement[] = [];
  for (const scope of [root, ...composerShadowRoots(root, site)]) {
    for (const el of scope.querySelectorAll<HTMLElement>(selector))
      if (matchComposer(el, site, path)?.root === el) found.push(el);
  }
  return found;
}

/** Whether a composer is a comment or reply box (they have lower limits on LinkedIn). */
export function isCommentComposer(el: Element, site: Site, path?: string): boolean {
  const kind = matchComposer(el, site, path)?.markup.kind;
  return kind === 'comment' || kind === 'reply';
}
