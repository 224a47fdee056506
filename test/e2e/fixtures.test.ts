/**
 * The fixture pages themselves, without the extension: each real editor takes typing into its
 * own model, posts exactly that text, opens its late composer on click, and undoes with Ctrl+Z.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  COMPOSERS,
  editorText,
  focusComposer,
  launchBrowser,
  openFixture,
  type SiteId,
  serveFixtures,
} from './harness';

let server: Awaited<ReturnType<typeof serveFixtures>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchBrowser({ extension: false, origin: server.origin });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const POST_BUTTON: Record<SiteId, string> = {
  x: '[data-testid="tweetButtonInline"]',
  linkedin: '.share-box .share-actions__primary-action',
  facebook: '[role="dialog"] button[aria-label="Post"]',
};

describe.each(['x', 'linkedin', 'facebook'] as const)('%s fixture (no extension)', (site) => {
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(browser, server.origin, site);
  });
  afterAll(() => page?.close());

  it('typing reaches the editor model, Ctrl+Z undoes, and Post posts the exact text', async () => {
    await focusComposer(page, site);
    await page.keyboard.type('Hello world. How are you?', { delay: 5 });
    expect(await editorText(page, 'post')).toBe('Hello world. How are you?');
    // Start a new undo step: past the 1 s merge window (Quill, Lexical) and after a caret move (Draft.js).
    await page.waitForTimeout(1100);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    // Let the editor see the selectionchange (a task later), as it would between a user's keys.
    await page.waitForTimeout(50);
    await page.keyboard.type(' More', { delay: 5 });
    expect(await editorText(page, 'post')).toBe('Hello world. How are you? More');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, 'post')).toBe('Hello world. How are you?');
    await page.click(POST_BUTTON[site]);
    expect(await page.evaluate(() => window.__fixture.posted)).toEqual(['Hello world. How are you?']);
    expect(await page.evaluate(() => window.__posted)).toEqual(['Hello world. How are you?']);
    expect(await editorText(page, 'post')).toBe('');
  });

  it('the late composer appears after its click', async () => {
    const c = COMPOSERS[site];
    expect(await page.$(c.lateEditable)).toBeNull();
    await page.click(c.late);
    await page.waitForSelector(c.lateEditable);
    await page.click(c.lateEditable);
    await page.keyboard.type('Nice one', { delay: 5 });
    const id = site === 'x' ? 'reply' : 'comment';
    expect(await editorText(page, id)).toBe('Nice one');
  });
});
