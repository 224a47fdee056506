/**
 * The engine runs in the extension's background, not in the page: the page gets a review back for
 * every tab from one engine, also after Chrome stopped the idle service worker (measured: keystroke
 * → highlights, warm and cold), and the page itself carries no engine.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, focusComposerFixture, launchBrowser, openPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ extension: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Types the last key of "Please buy now" and resolves to the ms until the hard-sell highlight shows. */
async function keystrokeToHighlight(page: Page): Promise<number> {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) === 0);
  await page.keyboard.type('Please buy no', { delay: 2 });
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('w');
  const t1 = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () =>
          (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) > 0
            ? resolve(performance.now())
            : requestAnimationFrame(check);
        check();
      }),
  );
  return t1 - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('the engine in the background', () => {
  it('reviews warm and after the service worker was stopped (cold), within the pause plus a little', async () => {
    const page = await openPage(browser, 'x/');
    await focusComposerFixture(page, 'x-post');
    const cdp = await page.context().newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        if (v.scriptURL.startsWith('chrome-extension://')) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const warm: number[] = [];
    const cold: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await keystrokeToHighlight(page));
    for (let i = 0; i < 3; i++) {
      statuses.length = 0;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => statuses.at(-1), { timeout: 5000 }).toBe('stopped');
      cold.push(await keystrokeToHighlight(page));
    }
    console.log(
      `[engine] keystroke → highlights: warm median ${median(warm).toFixed(0)} ms, after the worker was stopped median ${median(cold).toFixed(0)} ms (${cold.map((c) => c.toFixed(0)).join(', ')})`,
    );
    // The review waits for the 150 ms pause; the cold start (worker start + engine evaluation) is
    // reported above rather than asserted as a time (shared, noisy machines).
    expect(Math.min(...cold)).toBeGreaterThanOrEqual(100);
    await cdp.detach();
    await page.close();
  });

  it('serves several tabs from one engine: the page holds no engine code', async () => {
    const pages = await Promise.all(['x/', 'linkedin/', 'facebook/'].map((p) => openPage(browser, p)));
    for (const [i, page] of pages.entries()) {
      await focusComposerFixture(page, (['x-post', 'linkedin-share', 'facebook-post'] as const)[i]);
      await page.keyboard.type('Buy now, today only!!!', { delay: 2 });
    }
    for (const page of pages)
      await page.waitForFunction(() => (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) > 0);
    // compromise would define its `nlp` world in whatever realm evaluated it: not in any page's.
    for (const page of pages)
      expect(await page.evaluate(() => typeof (globalThis as { nlp?: unknown }).nlp)).toBe('undefined');
    for (const page of pages) await page.close();
    expect(browser.foreignRequests).toEqual([]);
  });
});
