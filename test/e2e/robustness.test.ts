/**
 * Robustness in Chromium with the built extension: a compose box whose DOM Rapport does not know
 * (a site redesign) is left alone without errors and reported in the popup's health line; an
 * extension reloaded under an open tab leaves no errors and no duplicate UI; browser storage that
 * refuses writes still gets reviews, and the failure is shown once. No network.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, COMPOSERS, focusComposer, launchBrowser, openFixture } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ extension: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Console errors and warnings, and uncaught page errors, seen by a page from now on. */
function watchErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      seen.push(`${message.type()}: ${message.text()}`);
  });
  return seen;
}

const badgeCount = (page: Page) => page.locator('rapport-ui .badge').count();
const uiHosts = (page: Page) => page.evaluate(() => document.querySelectorAll('rapport-ui').length);
const highlightTotal = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

describe('a compose box Rapport does not recognise (site redesign)', () => {
  it('stays silent, logs nothing, and the popup says which site', async () => {
    const page = await openFixture(browser, 'linkedin');
    const errors = watchErrors(page);
    // LinkedIn "moves" to another editor: a plain contenteditable (as ProseMirror renders) in the share box.
    await page.click('#start-post');
    await page.waitForSelector('.share-box');
    await page.evaluate(() => {
      const box = document.querySelector('.share-box')!;
      for (const el of box.querySelectorAll('.ql-container, .editor-container')) el.remove();
      const editor = document.createElement('div');
      editor.className = 'ProseMirror';
      editor.contentEditable = 'true';
      editor.setAttribute('role', 'textbox');
      editor.id = 'redesigned';
      box.append(editor);
    });
    await page.click('#redesigned');
    await page.keyboard.type('Buy now and get 20% off, today only!!! Link in bio.', { delay: 2 });
    await page.waitForTimeout(800); // well past the 150 ms review pause
    expect(await badgeCount(page)).toBe(0);
    expect(await highlightTotal(page)).toBe(0);
    expect(await page.evaluate(() => document.getElementById('redesigned')?.textContent)).toBe(
      'Buy now and get 20% off, today only!!! Link in bio.',
    );
    expect(errors).toEqual([]);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect
      .poll(() => popup.locator('body').textContent())
      .toContain('LinkedIn: a compose box was not recognised');
    // The fixture's other editors (the messaging box, not a composer slot) raise nothing.
    expect(await popup.locator('body').textContent()).not.toContain('X: a compose box');
    await popup.close();
    await page.close();
  });
});

describe('browser storage refuses writes', () => {
  it('reviews still work and the failure is shown once', async () => {
    // Fill chrome.storage.local to its 10 MB quota, so every later write fails.
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const filled = await extensionPage.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: { local: { set(items: object): Promise<void> } };
          runtime: { lastError?: unknown };
        };
      };
      // Largest pieces first, then smaller ones, until not even 16 bytes fit.
      let n = 0;
      for (let size = 1024 * 1024; size >= 16; size = Math.floor(size / 4)) {
        for (;;) {
          try {
            await chrome.storage.local.set({ [`filler${n++}`]: 'x'.repeat(size) });
          } catch {
            break;
          }
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(5);
    const page = await openFixture(browser, 'x');
    await focusComposer(page, 'x');
    await page.keyboard.type('Buy now and get 20% off!', { delay: 2 });
    await expect.poll(() => badgeCount(page)).toBe(1);
    await page.locator('rapport-ui .badge').click();
    const notice = page.locator('rapport-ui .notice');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('reviews still work');
    await notice.locator('button').click();
    await expect.poll(() => notice.count()).toBe(0);
    // More reviews, more failed writes: the notice does not come back, and reviews go on.
    await page.click(COMPOSERS.x.editable);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Today only!!!', { delay: 2 });
    await page.waitForFunction(() => (CSS.highlights.get('rapport-urgency')?.size ?? 0) > 0);
    await page.waitForTimeout(500);
    expect(await notice.count()).toBe(0);
    await extensionPage.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(): Promise<object>; remove(keys: string[]): Promise<void> } } };
      };
      const keys = Object.keys(await chrome.storage.local.get()).filter((k) => k.startsWith('filler'));
      await chrome.storage.local.remove(keys);
    });
    await extensionPage.close();
    await page.close();
  });

  it('made no network request outside the fixture server', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});

describe('the extension is reloaded while a tab is open', () => {
  // Its own browser: a reloaded extension is not the one the other tests talk to.
  let own: Browser;
  beforeAll(async () => {
    own = await launchBrowser({ extension: true });
  });
  afterAll(async () => {
    await own?.close();
  });

  it('the orphaned content script removes its UI and highlights without an error, and leaves the editor alone', async () => {
    const page = await openFixture(own, 'facebook');
    const errors = watchErrors(page);
    await focusComposer(page, 'facebook');
    await page.keyboard.type('Buy now, today only!', { delay: 2 });
    await expect.poll(() => badgeCount(page)).toBe(1);

    const extensionPage = await own.context.newPage();
    await extensionPage.goto(`chrome-extension://${own.extensionId}/popup.html`);
    // The page closes with the extension it belongs to.
    await extensionPage
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await expect
      .poll(() => extensionPage.isClosed() || extensionPage.url() !== '', { timeout: 5000 })
      .toBe(true);
    await page.waitForTimeout(1500);

    // Typing again wakes the orphaned script: it sees it was invalidated and removes its UI.
    await page.keyboard.type(' More text.', { delay: 2 });
    await expect.poll(() => uiHosts(page), { timeout: 5000 }).toBe(0);
    expect(await highlightTotal(page)).toBe(0);
    expect(await page.evaluate(() => window.__fixture.getText('post'))).toBe(
      'Buy now, today only! More text.',
    );

    // (Chrome re-injects content scripts only into pages loaded after the update; a page loaded
    // now gets the new script alone. Headless Chromium does not bring a --load-extension extension
    // back after runtime.reload(), so this page has none: still no stray UI and no errors.)
    await page.reload();
    await page.waitForFunction(() => window.__fixture !== undefined);
    await focusComposer(page, 'facebook');
    await page.keyboard.type('Hurry, last chance!', { delay: 2 });
    await page.waitForTimeout(500);
    expect(await uiHosts(page)).toBeLessThanOrEqual(1);
    expect(errors.filter((e) => /rapport|extension|invalidated/i.test(e))).toEqual([]);
    await page.close();
  });

  it('made no network request outside the fixture server', () => {
    expect(own.foreignRequests).toEqual([]);
  });
});
