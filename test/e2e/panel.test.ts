/**
 * The panel's controls in Chromium with the built extension, on the X fixture (Draft.js): the
 * message of a highlight under the caret and under the mouse; Dismiss, Mute rule and Copy; the
 * toggle command's message; keyboard reach (Tab to the badge, Escape back to the editor) and
 * screen-reader labels. No network.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import { type Browser, COMPOSERS, editorText, focusComposer, launchBrowser, openFixture } from './harness';

const POST = 'Buy now and save big. We love our customers, today only!!!';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ extension: true });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin });
  page = await openFixture(browser, 'x');
  await focusComposer(page, 'x');
  await page.keyboard.type(POST, { delay: 2 });
  await page.waitForFunction(() => (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) > 0);
});
afterAll(async () => {
  await browser?.close();
});

const panel = () => page.locator('rapport-ui .panel');
const tooltip = () => page.locator('rapport-ui .tooltip');
const highlightSize = (category: string) =>
  page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, `rapport-${category}`);
const activeInEditor = () =>
  page.evaluate(
    (selector) => document.activeElement?.closest(selector.split(' ')[0]) !== null,
    COMPOSERS.x.editable,
  );

async function openPanel(): Promise<void> {
  if ((await panel().count()) === 0) await page.locator('rapport-ui .badge').click();
  await panel().waitFor();
}

describe('the panel', () => {
  it('shows a highlight’s message when the caret moves into it, and when the mouse is over it', async () => {
    const cta = review(POST, { platform: 'x' }).findings.find((f) => f.rule === 'hard-sell/cta')!;
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip().count()).toBe(1);
    expect(await tooltip().textContent()).toBe(cta.message);
    // Out of every highlight (the middle of "We love our customers"): the message goes.
    await page.keyboard.press('End');
    const middle = POST.indexOf('love');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < middle; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip().count()).toBe(0);
    // The mouse over the first highlighted word.
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('rapport-hard-sell') ?? [])][0] as Range;
      const r = range.getBoundingClientRect();
      return { x: r.left + 5, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => tooltip().count()).toBe(1);
    expect(await tooltip().textContent()).toBe(cta.message);
    await page.mouse.move(5, 5);
  });

  it('is reached with Tab, opens from the badge with the keyboard, and Escape returns to the editor', async () => {
    await page.click(COMPOSERS.x.editable);
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'RAPPORT-UI');
    }
    expect(reached).toBe(true);
    const badgeLabel = await page.locator('rapport-ui .badge').getAttribute('aria-label');
    expect(badgeLabel).toMatch(/^Rapport score \d+, (Salesy|Mixed|Conversational)\. Show the Rapport panel$/);
    await page.keyboard.press('Enter');
    await panel().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    await expect.poll(activeInEditor).toBe(true);
    // Every control in the panel has a name for screen readers.
    await openPanel();
    const unnamed = await panel().evaluate(
      (el) =>
        [...el.querySelectorAll('button')].filter(
          (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === '',
        ).length,
    );
    expect(unnamed).toBe(0);
  });

  it('copies a suggestion’s full text, leaving the editor alone', async () => {
    await openPanel();
    // The first suggestion is the conversational version of the whole post (its first version).
    const suggestion = review(POST, { platform: 'x' }).suggestions[0];
    expect(suggestion.scope).toBe('post');
    await panel().locator('button[aria-label^="Copy the conversational version"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(suggestion.preview);
    expect(await editorText(page, 'post')).toBe(POST);
  });

  it('asks for suggestions only after the findings, and shows the current text’s, not an older one’s', async () => {
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    // Watches the requests the engine gets (a second listener, answering nothing).
    await worker.evaluate(() => {
      const g = globalThis as unknown as {
        rapportSeen: { type: unknown; text: unknown }[];
        chrome: { runtime: { onMessage: { addListener(fn: (m: unknown) => undefined): void } } };
      };
      g.rapportSeen = [];
      g.chrome.runtime.onMessage.addListener((m) => {
        const message = m as { type?: unknown; text?: unknown };
        g.rapportSeen.push({ type: message.type, text: message.text });
        return undefined;
      });
    });
    await openPanel();
    const added = ' Our new candles are here.';
    const next = `${POST}${added}`;
    await page.click(COMPOSERS.x.editable);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(added, { delay: 2 });
    const expected = review(next, { platform: 'x' }).suggestions[0];
    expect(expected.scope).toBe('post');
    expect(expected.preview).not.toBe(review(POST, { platform: 'x' }).suggestions[0].preview);
    // The panel, open all along, comes to show the new text's conversational version.
    await expect
      .poll(async () => {
        await panel().locator('button[aria-label^="Copy the conversational version"]').click();
        return page.evaluate(() => navigator.clipboard.readText());
      })
      .toBe(expected.preview);
    const seen = (await worker.evaluate(
      () => (globalThis as unknown as { rapportSeen: { type: string; text: string }[] }).rapportSeen,
    )) as { type: string; text: string }[];
    const reviews = seen.filter((m) => m.type === 'rapport:review');
    const suggests = seen.filter((m) => m.type === 'rapport:suggest');
    expect(reviews.map((m) => m.text)).toContain(next);
    expect(suggests.map((m) => m.text)).toContain(next);
    // Suggestions are asked for a text only after its review came back, at most once per text.
    for (const [i, m] of seen.entries()) {
      if (m.type !== 'rapport:suggest') continue;
      expect(seen.slice(0, i).some((r) => r.type === 'rapport:review' && r.text === m.text)).toBe(true);
    }
    expect(new Set(suggests.map((m) => m.text)).size).toBe(suggests.length);
    // Back to the post the other tests expect.
    await page.click(COMPOSERS.x.editable);
    await page.keyboard.press('Control+End');
    for (let i = 0; i < added.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => editorText(page, 'post')).toBe(POST);
    await expect
      .poll(async () => {
        await panel().locator('button[aria-label^="Copy the conversational version"]').click();
        return page.evaluate(() => navigator.clipboard.readText());
      })
      .toBe(review(POST, { platform: 'x' }).suggestions[0].preview);
  });

  it('dismisses a finding for this post: its highlight and entry go, the text stays', async () => {
    await openPanel();
    const before = await highlightSize('hard-sell');
    await panel().locator('button[aria-label="Dismiss “Buy now” for this post"]').click();
    await expect.poll(() => highlightSize('hard-sell')).toBe(before - 1);
    expect(await panel().textContent()).not.toContain('“Buy now”');
    await expect.poll(() => panel().textContent()).toContain('Dismissed for this post.');
    expect(await editorText(page, 'post')).toBe(POST);
  });

  it('mutes a rule: saved in the settings, and its findings go from this and other composers', async () => {
    await openPanel();
    expect(await highlightSize('urgency')).toBeGreaterThan(0);
    const rules = review(POST, { platform: 'x' })
      .findings.filter((f) => f.category === 'urgency')
      .map((f) => f.rule);
    for (const rule of new Set(rules))
      await panel().locator(`button[aria-label="Mute the rule ${rule}"]`).first().click();
    await expect.poll(() => highlightSize('urgency')).toBe(0);
    const settings = await page.context().newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const stored = (await settings.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
      };
      return (await chrome.storage.sync.get('profile.default'))['profile.default'];
    })) as { voice: { disabledRules: string[] } };
    await settings.close();
    expect(stored.voice.disabledRules).toEqual(expect.arrayContaining([...new Set(rules)]));
  });

  it('toggles with the background’s toggle-panel message (the Alt+Shift+R command)', async () => {
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const send = () =>
      worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id: number; url?: string }[]>;
              sendMessage(id: number, m: object): Promise<unknown>;
            };
          };
        };
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url?.includes('/x/'))!;
        await chrome.tabs.sendMessage(tab.id, { type: 'rapport:toggle-panel' });
      });
    await page.click(COMPOSERS.x.editable);
    const wasOpen = (await panel().count()) === 1;
    await send();
    await expect.poll(() => panel().count()).toBe(wasOpen ? 0 : 1);
    await send();
    await expect.poll(() => panel().count()).toBe(wasOpen ? 1 : 0);
    // The panel never took the focus: typing goes on in the editor.
    expect(await activeInEditor()).toBe(true);
  });

  it('follows SPA navigation: off the site it stops, back on it reviews again', async () => {
    const spa = await openFixture(browser, 'linkedin');
    await focusComposer(spa, 'linkedin');
    await spa.keyboard.type('Buy now!', { delay: 2 });
    await expect.poll(() => spa.locator('rapport-ui .badge').count()).toBe(1);
    // The site's router moves to a page that is not one of Rapport's sites (as a pushState SPA does).
    await spa.evaluate(() => history.pushState({}, '', '/elsewhere/'));
    await expect.poll(() => spa.locator('rapport-ui .badge').count(), { timeout: 5000 }).toBe(0);
    expect(await spa.evaluate(() => CSS.highlights.size)).toBe(0);
    await spa.keyboard.type(' Today only!!!', { delay: 2 });
    await spa.waitForTimeout(500);
    expect(await spa.locator('rapport-ui .badge').count()).toBe(0);
    await spa.evaluate(() => history.pushState({}, '', '/linkedin/feed/'));
    await spa.click(COMPOSERS.linkedin.editable);
    await spa.keyboard.type(' Hurry!', { delay: 2 });
    await expect.poll(() => spa.locator('rapport-ui .badge').count(), { timeout: 5000 }).toBe(1);
    // (The urgency rules were muted by the test above: the hard sell is what shows.)
    await spa.waitForFunction(() => (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) > 0);
    await spa.close();
  });

  it('made no network request outside the fixture server', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
