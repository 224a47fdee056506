/**
 * The site adapters (lib/sites) against the real editors: on each built fixture page, the site's
 * own detection code (bundled and injected into the page) finds exactly the expected composers,
 * including the one that appears later, finds the composer from deep inside its text, and leaves
 * other contenteditables alone; every markup entry is proven by its fixture, and every row of
 * the composers table is what the adapter says (a reviewed row recognised with its kind; a private
 * or hidden row left alone for the reason named in WHY_IGNORED). Also proves headless Chromium
 * injects the e2e build's content script into the fixture pages.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITES } from '../../lib/sites/detect';
import type { ComposerMarkup, Site } from '../../lib/sites/types';
import { COMPOSERS as COMPOSERS_TABLE } from './composers';
import {
  type Browser,
  COMPOSERS,
  contentScriptOrigins,
  focusComposer,
  launchBrowser,
  openFixture,
  openPage,
  playwrightSelector,
  type SiteId,
} from './harness';
import { ROOT } from './paths';

/** lib/sites/detect.ts as the page sees it: `window.__sites`. */
interface PageSites {
  SITES: readonly Site[];
  matchComposer(el: Element | null, site: Site): { root: HTMLElement; markup: ComposerMarkup } | null;
  siteForUrl(url: URL): Site | null;
  findComposer(el: Element | null, site: Site): HTMLElement | null;
  findAllComposers(root: ParentNode, site: Site): HTMLElement[];
  isCommentComposer(el: Element, site: Site): boolean;
}
declare global {
  interface Window {
    __sites: PageSites;
  }
}

/** The unrecognised contenteditable on each page (a DM box, a messaging box, a non-Lexical textbox). */
const OTHER_EDITABLE: Record<SiteId, string> = {
  x: '[data-testid="dmComposerTextInput"] [contenteditable="true"]',
  linkedin: '.msg-form__contenteditable',
  facebook: '.legacy-textbox',
};
/** Whether the late composer is a comment (LinkedIn, Facebook) or, on X, a reply that is a post. */
const LATE_IS_COMMENT: Record<SiteId, boolean> = { x: false, linkedin: true, facebook: true };

let detectBundle: string;
let browser: Browser;

beforeAll(async () => {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(ROOT, 'lib/sites/detect.ts'),
        formats: ['iife'],
        name: '__sites',
        fileName: 'sites',
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Array<{
    output: Array<{ type: string; code?: string }>;
  }>;
  const chunk = outputs[0].output.find((o) => o.type === 'chunk');
  if (chunk?.code === undefined) throw new Error('could not bundle lib/sites/detect.ts');
  detectBundle = chunk.code.replace(/^var __sites\b/m, 'window.__sites');
  browser = await launchBrowser({ extension: false });
});
afterAll(async () => {
  await browser?.close();
});

async function openWithDetect(site: SiteId): Promise<Page> {
  const page = await openFixture(browser, site);
  await page.addScriptTag({ content: detectBundle });
  await page.waitForFunction(() => window.__sites !== undefined);
  return page;
}

/** What the site adapter sees on the page right now. */
function detectState(page: Page, other: string) {
  return page.evaluate((otherSelector) => {
    const s = window.__sites;
    const site = s.siteForUrl(new URL(location.href));
    if (site === null) return null;
    const all = s.findAllComposers(document, site);
    const otherEl = document.querySelector(otherSelector);
    return {
      id: site.id,
      count: all.length,
      allEditable: all.every((el) => el.isContentEditable),
      kinds: all.map((el) => (s.isCommentComposer(el, site) ? 'comment' : 'post')),
      otherExists: otherEl !== null,
      otherFound: s.findComposer(otherEl, site) !== null || all.some((el) => el === otherEl),
    };
  }, other);
}

describe.each(['x', 'linkedin', 'facebook'] as const)('%s site adapter on the fixture', (site) => {
  let page: Page;
  beforeAll(async () => {
    page = await openWithDetect(site);
  });
  afterAll(() => page?.close());

  it('recognises the page and ignores the unrecognised contenteditable', async () => {
    const state = await detectState(page, OTHER_EDITABLE[site]);
    expect(state).toMatchObject({ id: site, otherExists: true, otherFound: false });
    // X shows its composer at once; LinkedIn and Facebook only after "Start a post" / "What's on your mind?".
    expect(state?.count).toBe(site === 'x' ? 1 : 0);
  });

  it('finds the main composer: the focused element, also from deep inside its text', async () => {
    const selector = await focusComposer(page, site);
    await page.keyboard.type('Hello #rapport @ana https://example.com/x', { delay: 2 });
    const result = await page.evaluate((sel) => {
      const s = window.__sites;
      const site = s.siteForUrl(new URL(location.href));
      const editable = document.querySelector(sel);
      if (site === null || editable === null) return null;
      const all = s.findAllComposers(document, site);
      // The deepest text node's parent: on X, a decorator span for the link.
      const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
      let last: Node | null = null;
      while (walker.nextNode()) last = walker.currentNode;
      const deep = last?.parentElement ?? null;
      return {
        count: all.length,
        isTheEditable: all[0] === editable,
        focusedIsComposer: s.findComposer(document.activeElement, site) === editable,
        activeIsRoot: document.activeElement === editable,
        deepIsInside: deep !== null && deep !== editable && editable.contains(deep),
        fromDeep: s.findComposer(deep, site) === editable,
        kind: s.isCommentComposer(editable, site) ? 'comment' : 'post',
      };
    }, selector);
    expect(result).toEqual({
      count: 1,
      isTheEditable: true,
      focusedIsComposer: true,
      activeIsRoot: true,
      deepIsInside: true,
      fromDeep: true,
      kind: 'post',
    });
  });

  it('finds the late composer once it appears, with its kind', async () => {
    const c = COMPOSERS[site];
    // The post dialog stays open (and may cover the button): both composers exist at once.
    await page.locator(c.late).dispatchEvent('click');
    await page.waitForSelector(c.lateEditable);
    const state = await detectState(page, OTHER_EDITABLE[site]);
    expect(state).toMatchObject({ id: site, count: 2, allEditable: true, otherFound: false });
    // In document order, which differs per page (the dialogs are appended to <body>).
    expect(state?.kinds.sort()).toEqual(LATE_IS_COMMENT[site] ? ['comment', 'post'] : ['post', 'post']);
    const lateFound = await page.evaluate((sel) => {
      const s = window.__sites;
      const site = s.siteForUrl(new URL(location.href));
      const el = document.querySelector(sel);
      return site !== null && el !== null && s.findComposer(el, site) === el;
    }, c.lateEditable);
    expect(lateFound).toBe(true);
  });

  it('does not match the unrecognised contenteditable even when it has focus and text', async () => {
    await page.focus(OTHER_EDITABLE[site]); // a dialog may cover it; focus is what the adapter sees
    await page.keyboard.type('not a post', { delay: 2 });
    const found = await page.evaluate(() => {
      const s = window.__sites;
      const site = s.siteForUrl(new URL(location.href));
      return site === null ? 'no site' : s.findComposer(document.activeElement, site);
    });
    expect(found).toBeNull();
  });
});

/** Every markup entry of every site, with the fixture page that must prove it. */
const MARKUPS = SITES.flatMap((site) =>
  site.composers.map((markup) => ({ site: site.id, name: markup.name, fixture: markup.fixture })),
);

describe('every composer selector is proven by its fixture', () => {
  it.each(MARKUPS)('$site: "$name" on $fixture', async ({ name, fixture }) => {
    const page = await openPage(browser, fixture);
    await page.addScriptTag({ content: detectBundle });
    // Open every composer the page has (dialogs, comment boxes), then name each by its first match.
    for (const c of COMPOSERS_TABLE)
      if (
        c.fixture === `/${fixture}` &&
        c.open !== null &&
        (await page.$(playwrightSelector(c.editable))) === null
      ) {
        await page.locator(playwrightSelector(c.open)).dispatchEvent('click');
        await page.waitForSelector(playwrightSelector(c.editable));
      }
    const names = await page.evaluate(() => {
      const s = window.__sites;
      const site = s.siteForUrl(new URL(location.href))!;
      return s.findAllComposers(document, site).map((el) => s.matchComposer(el, site)?.markup.name);
    });
    expect(names).toContain(name);
    await page.close();
  });
});

/**
 * Why the content script leaves each 'ignored' row of the composers table alone, in the order it
 * decides: the editor is in another frame (it runs in the top frame only), it is a private message,
 * no composer entry matches it, or no one can see it.
 */
const WHY_IGNORED: Record<string, 'in a frame' | 'private message' | 'no entry matches' | 'hidden'> = {
  'facebook-messenger-chat': 'private message',
  'facebook-messenger-chat-localised': 'private message',
  'x-compose-alt-text': 'no entry matches',
  'x-chat': 'private message',
  'x-chat-drawer': 'private message',
  'linkedin-messaging-shadow': 'private message',
  'linkedin-messaging-shadow-localised': 'no entry matches',
  'linkedin-preload-decoy': 'in a frame',
  'linkedin-invisible-editor': 'hidden',
  'facebook-messenger-popup': 'private message',
  'facebook-messenger-full': 'private message',
};

describe('every row of the composers table is what the site adapter says it is', () => {
  it('names why each ignored row is left alone', () => {
    expect(Object.keys(WHY_IGNORED).sort()).toEqual(
      COMPOSERS_TABLE.filter((c) => c.rapport === 'ignored')
        .map((c) => c.id)
        .sort(),
    );
  });

  it.each(COMPOSERS_TABLE)('$id ($rapport) on $fixture', async (c) => {
    const page = await openPage(browser, c.fixture.slice(1));
    await page.addScriptTag({ content: detectBundle });
    const editable = playwrightSelector(c.editable);
    const frame = typeof c.editable === 'string' ? null : c.editable.host;
    if (c.open !== null) await page.locator(playwrightSelector(c.open)).dispatchEvent('click');
    const verdict = await page.waitForFunction(
      ({ t, frame }) => {
        const s = window.__sites as PageSites & {
          isPrivateMessage(el: Element, site: Site): boolean;
          isShown(el: Element): boolean;
          isUnrecognisedComposer(el: Element, site: Site): boolean;
        };
        const h = t.host === null ? null : document.querySelector(t.host);
        const root =
          t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
        const el = root?.querySelector(t.selector);
        if (el == null) return null;
        const site = s.siteForUrl(new URL(location.href))!;
        const match = s.matchComposer(el, site);
        return {
          matched: match?.root === el ? match.markup.name : null,
          kind: match?.root === el ? match.markup.kind : null,
          why:
            frame !== null && h instanceof HTMLIFrameElement
              ? 'in a frame'
              : s.isPrivateMessage(el, site)
                ? 'private message'
                : match === null
                  ? 'no entry matches'
                  : !s.isShown(el)
                    ? 'hidden'
                    : null,
          unrecognised: s.isUnrecognisedComposer(el, site),
        };
      },
      {
        t: typeof c.editable === 'string' ? { host: null, selector: c.editable } : c.editable,
        frame,
      },
    );
    const result = await verdict.jsonValue();
    if (c.rapport === 'reviewed') {
      // Recognised, as the row's kind, and drawn where a person sees it.
      expect(result, editable).toMatchObject({ kind: c.kind, why: null, unrecognised: false });
      expect(result?.matched).not.toBeNull();
    } else {
      expect(result?.why, editable).toBe(WHY_IGNORED[c.id]);
      // Never reported as a compose box Rapport did not recognise (the popup's health line).
      expect(result?.unrecognised).toBe(false);
    }
    await page.close();
  });
});

describe('the e2e build of the extension in headless Chromium', () => {
  let withExtension: Browser;
  beforeAll(async () => {
    withExtension = await launchBrowser({ extension: true });
  });
  afterAll(async () => {
    await withExtension?.close();
  });

  it('has a background service worker, so its id is known', () => {
    expect(withExtension.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it.each(['x', 'linkedin', 'facebook'] as const)(
    'injects the content script into the %s fixture (an isolated world of the extension)',
    async (site) => {
      const page = await openFixture(withExtension, site);
      expect(await contentScriptOrigins(page)).toEqual([`chrome-extension://${withExtension.extensionId}`]);
      await page.close();
      expect(withExtension.foreignRequests).toEqual([]);
    },
  );
});
