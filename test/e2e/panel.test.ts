/**
 * The panel's controls with the built extension, in Chromium and in Firefox ESR from one body (see
 * driver.ts), on the X fixture (Draft.js): the message of a highlight under the caret and under the
 * mouse; Dismiss, Mute rule and Copy; suggestions asked for only after the findings; the
 * toggle-panel message; keyboard reach (Tab to the badge, Escape back to the editor) and
 * screen-reader labels; SPA navigation off the site and back. No network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import { composer, focusComposer } from './composers';
import { BROWSERS, inExtension, launch, sendToTab, type TestBrowser, type TestPage } from './driver';

const POST = 'Buy now and save big. We love our customers, today only!!!';
const X = composer('x-post');

/**
 * What the clipboard holds, read as a person would: pasted (Ctrl+V) into a scratch textarea of the
 * page. (The page's `navigator.clipboard.readText()` needs a permission Chromium grants only by
 * flag and Firefox asks the user for; a paste works the same in both.) Leaves the focus there.
 */
async function clipboardText(page: TestPage): Promise<string> {
  await page.evaluate(() => {
    document.getElementById('rapport-test-clipboard')?.remove();
    const scratch = document.createElement('textarea');
    scratch.id = 'rapport-test-clipboard';
    scratch.style.cssText = 'position: fixed; left: 0; top: 0; width: 200px; height: 40px; z-index: 99;';
    document.body.append(scratch);
  });
  await page.focus('#rapport-test-clipboard');
  await page.press('Control+v');
  const text = await page.evaluate(() => {
    const scratch = document.getElementById('rapport-test-clipboard') as HTMLTextAreaElement;
    scratch.remove();
    return scratch.value;
  });
  return text;
}

describe.each(BROWSERS)('%s: the panel', (name) => {
  let browser: TestBrowser;
  let page: TestPage;

  beforeAll(async () => {
    browser = await launch(name, { extension: true });
    page = await browser.openFixture(X.fixture);
    await focusComposer(page, X);
    await page.type(POST, 2);
    await page.waitForHighlights('hard-sell');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const panel = () => page.ui('.panel');
  const tooltip = () => page.ui('.tooltip');
  const highlightSize = (category: string) =>
    page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, `rapport-${category}`);
  const editorHasFocus = () => page.hasFocus(X.editable);

  async function openPanel(): Promise<void> {
    if ((await page.count(panel())) === 0) await page.click(page.ui('.badge'));
    await page.waitFor(panel());
  }

  /** Copies the conversational version with the panel's button, and reads it back from the clipboard. */
  async function copiedVersion(): Promise<string> {
    await page.click(page.ui('button[aria-label^="Copy the conversational version"]'));
    await expect.poll(() => page.text(page.ui('.panel'))).toContain('Copied the rewritten post.');
    return clipboardText(page);
  }

  it('shows a highlight’s message when the caret moves into it, and when the mouse is over it', async () => {
    const cta = review(POST, { platform: 'x' }).findings.find((f) => f.rule === 'hard-sell/cta')!;
    await page.press('Control+Home');
    await page.press('ArrowRight');
    await expect.poll(() => page.count(tooltip())).toBe(1);
    expect(await page.text(tooltip())).toBe(cta.message);
    // Out of every highlight (the middle of "We love our customers"): the message goes.
    await page.press('End');
    const middle = POST.indexOf('love');
    await page.press('Control+Home');
    for (let i = 0; i < middle; i++) await page.press('ArrowRight');
    await expect.poll(() => page.count(tooltip())).toBe(0);
    // The mouse over the first highlighted word.
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('rapport-hard-sell') ?? [])][0] as Range;
      const r = range.getBoundingClientRect();
      return { x: r.left + 5, y: r.top + r.height / 2 };
    });
    await page.mouseMove(box.x, box.y);
    await expect.poll(() => page.count(tooltip())).toBe(1);
    expect(await page.text(tooltip())).toBe(cta.message);
    await page.mouseMove(5, 5);
  });

  it('is reached with Tab, opens from the badge with the keyboard, and Escape returns to the editor', async () => {
    await page.click(X.editable);
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'RAPPORT-UI');
    }
    expect(reached).toBe(true);
    const badgeLabel = await page.attribute(page.ui('.badge'), 'aria-label');
    expect(badgeLabel).toMatch(/^Rapport score \d+, (Salesy|Mixed|Conversational)\. Show the Rapport panel$/);
    await page.press('Enter');
    await page.waitFor(panel());
    await page.press('Tab');
    await page.press('Escape');
    await expect.poll(() => page.count(panel())).toBe(0);
    await expect.poll(editorHasFocus).toBe(true);
    // Every control in the panel has a name for screen readers.
    await openPanel();
    const unnamed = await page.evaluate(() => {
      const root = document.querySelector('rapport-ui')?.shadowRoot;
      return [...(root?.querySelectorAll('.panel button') ?? [])].filter(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === '',
      ).length;
    });
    expect(unnamed).toBe(0);
  });

  it('copies a suggestion’s full text, leaving the editor alone', async () => {
    await openPanel();
    // The first suggestion is the conversational version of the whole post (its first version).
    const suggestion = review(POST, { platform: 'x' }).suggestions[0];
    expect(suggestion.scope).toBe('post');
    expect(await copiedVersion()).toBe(suggestion.preview);
    expect(await page.editorText(X.editorId)).toBe(POST);
  });

  it('asks for suggestions only after the findings, and shows the current text’s, not an older one’s', async () => {
    // An extension page of Rapport's own hears what the content script asks the engine (runtime
    // messages reach every extension page; it answers nothing, so the background still does).
    const listener = await browser.openExtensionPage('popup.html');
    await listener.evaluate(() => {
      const g = globalThis as unknown as {
        browser?: unknown;
        chrome?: unknown;
        rapportSeen: { type: unknown; text: unknown }[];
      };
      const api = (g.browser ?? g.chrome) as {
        runtime: { onMessage: { addListener(fn: (m: unknown) => undefined): void } };
      };
      g.rapportSeen = [];
      api.runtime.onMessage.addListener((m) => {
        const message = m as { type?: unknown; text?: unknown };
        g.rapportSeen.push({ type: message.type, text: message.text });
        return undefined;
      });
    });
    await page.bringToFront();
    await openPanel();
    const added = ' Our new candles are here.';
    const next = `${POST}${added}`;
    await page.click(X.editable);
    await page.press('Control+End');
    await page.type(added, 2);
    const expected = review(next, { platform: 'x' }).suggestions[0];
    expect(expected.scope).toBe('post');
    expect(expected.preview).not.toBe(review(POST, { platform: 'x' }).suggestions[0].preview);
    // The panel, open all along, comes to show the new text's conversational version.
    await expect.poll(copiedVersion, { timeout: 5000 }).toBe(expected.preview);
    const seen = await listener.evaluate(
      () => (globalThis as unknown as { rapportSeen: { type: string; text: string }[] }).rapportSeen,
    );
    await listener.close();
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
    await page.click(X.editable);
    await page.press('Control+End');
    for (let i = 0; i < added.length; i++) await page.press('Backspace');
    await expect.poll(() => page.editorText(X.editorId)).toBe(POST);
    await expect
      .poll(copiedVersion, { timeout: 5000 })
      .toBe(review(POST, { platform: 'x' }).suggestions[0].preview);
  });

  it('dismisses a finding for this post: its highlight and entry go, the text stays', async () => {
    await openPanel();
    const before = await highlightSize('hard-sell');
    await page.click(page.ui('.panel button[aria-label="Dismiss “Buy now” for this post"]'));
    await expect.poll(() => highlightSize('hard-sell')).toBe(before - 1);
    expect(await page.text(panel())).not.toContain('“Buy now”');
    await expect.poll(() => page.text(panel())).toContain('Dismissed for this post.');
    expect(await page.editorText(X.editorId)).toBe(POST);
  });

  it('mutes a rule: saved in the settings, and its findings go from this and other composers', async () => {
    await openPanel();
    expect(await highlightSize('urgency')).toBeGreaterThan(0);
    const rules = [
      ...new Set(
        review(POST, { platform: 'x' })
          .findings.filter((f) => f.category === 'urgency')
          .map((f) => f.rule),
      ),
    ];
    for (const rule of rules) await page.click(page.ui(`.panel button[aria-label="Mute the rule ${rule}"]`));
    await expect.poll(() => highlightSize('urgency'), { timeout: 5000 }).toBe(0);
    const stored = (await inExtension(
      browser,
      async (api) => (await api.storage.sync.get(['profile.default']))['profile.default'],
      undefined,
    )) as { voice: { disabledRules: string[] } };
    expect(stored.voice.disabledRules).toEqual(expect.arrayContaining(rules));
  });

  it('toggles with the toggle-panel message the background relays for Alt+Shift+R', async () => {
    await page.click(X.editable);
    const wasOpen = (await page.count(panel())) === 1;
    await sendToTab(browser, X.fixture, { type: 'rapport:toggle-panel' });
    await expect.poll(() => page.count(panel())).toBe(wasOpen ? 0 : 1);
    await sendToTab(browser, X.fixture, { type: 'rapport:toggle-panel' });
    await expect.poll(() => page.count(panel())).toBe(wasOpen ? 1 : 0);
    // The panel never took the focus: typing goes on in the editor.
    expect(await editorHasFocus()).toBe(true);
  });

  it('follows SPA navigation: off the site it stops, back on it reviews again', async () => {
    const c = composer('linkedin-post');
    const spa = await browser.openFixture(c.fixture);
    await focusComposer(spa, c);
    await spa.type('Buy now!', 2);
    await expect.poll(() => spa.count(spa.ui('.badge'))).toBe(1);
    // The site's router moves to a page that is not one of Rapport's sites (as a pushState SPA does).
    await spa.evaluate(() => history.pushState({}, '', '/elsewhere/'));
    await expect.poll(() => spa.count(spa.ui('.badge')), { timeout: 5000 }).toBe(0);
    expect(await spa.evaluate(() => CSS.highlights.size)).toBe(0);
    await spa.type(' Today only!!!', 2);
    await spa.wait(500);
    expect(await spa.count(spa.ui('.badge'))).toBe(0);
    await spa.evaluate(() => history.pushState({}, '', '/linkedin/feed/'));
    await spa.click(c.editable);
    await spa.type(' Hurry!', 2);
    await expect.poll(() => spa.count(spa.ui('.badge')), { timeout: 5000 }).toBe(1);
    // (The urgency rules were muted by the test above: the hard sell is what shows.)
    await spa.waitForHighlights('hard-sell');
    await spa.close();
  });

  it('made no network request outside the fixture server', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
