/**
 * The sites' 2026 markup beside the classic one, with the built extension in Chromium: private
 * messages (Facebook's docked Messenger chats, in English and localised; X's DM box; LinkedIn's
 * messaging overlay) and a closed shadow root stay untouched, with no highlight, badge, stats or
 * health report; LinkedIn's shadow-root dialog closes and reopens with the badge following it; X's
 * inline reply on a status page takes two paragraphs and a multi-line Apply; a TipTap comment shows
 * LinkedIn's comment limit.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import { type Browser, editorText, launchBrowser, openPage } from './harness';

const SALESY = 'Buy now and get 20% off, today only!!! Link in bio. Tag a friend who needs this!';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ extension: true });
});
afterAll(async () => {
  await browser?.close();
});

const badge = (page: Page) => page.locator('rapport-ui .badge');
const panel = (page: Page) => page.locator('rapport-ui .panel');
const highlightTotal = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

/** What Rapport has stored: posts counted and compose boxes reported as unrecognised. */
async function storedState(): Promise<{ posts: number; health: unknown }> {
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const state = await ext.evaluate(async () => {
    type Local = { get(keys: string[]): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
    const all = await api.storage.local.get(['stats', 'health']);
    return { posts: Array.isArray(all.stats) ? all.stats.length : 0, health: all.health ?? null };
  });
  await ext.close();
  return state;
}

/** Types into an editable and waits well past the review pause. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 2 });
  await page.waitForTimeout(700);
}

describe('private messages and closed widgets are left alone', () => {
  it.each([
    [
      'Facebook Messenger chat (English label)',
      'facebook/home/',
      '#chat-en [data-lexical-editor="true"]',
      'chat-en',
    ],
    [
      'Facebook Messenger chat (localised label)',
      'facebook/home/',
      '#chat-de [data-lexical-editor="true"]',
      'chat-de',
    ],
    ['X DM box (2026 markup)', 'x/rapport/status/1/', '[data-testid="dmComposerTextInput"]', null],
    ['LinkedIn messaging overlay', 'linkedin/interop/', '.msg-form__contenteditable', null],
    ['an editable in a closed shadow root', 'linkedin/interop/', '#closed-widget', null],
  ] as const)('%s: no highlight, no badge, no stats, no health report', async (_name, path, selector, id) => {
    const before = await storedState();
    const page = await openPage(browser, path);
    await typeInto(page, selector, SALESY);
    if (id !== null) expect(await editorText(page, id)).toBe(SALESY);
    expect(await highlightTotal(page)).toBe(0);
    expect(await badge(page).count()).toBe(0);
    expect(await page.locator('rapport-ui .panel').count()).toBe(0);
    await page.close();
    const after = await storedState();
    expect(after.posts).toBe(before.posts);
    expect(after.health).toEqual(before.health);
  });

  it('while a comment box on the same page is reviewed (the chat is not mistaken for it, nor it for the chat)', async () => {
    const page = await openPage(browser, 'facebook/home/');
    await typeInto(page, '#chat-en [data-lexical-editor="true"]', 'Buy now!');
    await typeInto(page, '#comment-slot-fr [data-lexical-editor="true"]', SALESY);
    await expect.poll(() => badge(page).count()).toBe(1);
    expect(await highlightTotal(page)).toBeGreaterThan(0);
    await badge(page).click();
    await expect.poll(() => panel(page).locator('.panel-context').textContent()).toContain('Comment');
    // Back in the chat: Rapport lets go of it (no badge for a private message).
    await page.click('#chat-en [data-lexical-editor="true"]');
    await page.keyboard.type(' Hi', { delay: 2 });
    await page.waitForTimeout(500);
    expect(await editorText(page, 'chat-en')).toBe('Buy now! Hi');
    await page.close();
  });
});

describe("LinkedIn's Create-post dialog in the interop shadow root", () => {
  it('reviews inside the shadow root, follows the dialog closing and reopening, and draws nothing in the site’s DOM', async () => {
    const page = await openPage(browser, 'linkedin/interop/');
    const editable = '#interop-outlet .share-creation-state__text-editor .ql-editor';
    const domBefore = await page.evaluate(
      () => document.getElementById('interop-outlet')!.shadowRoot!.childElementCount,
    );
    await page.click('#start-post');
    await typeInto(page, editable, SALESY);
    await expect.poll(() => badge(page).count()).toBe(1);
    // The badge sits on the composer inside the fixed-position dialog, not on the zero-height host.
    const [composer, mark] = await Promise.all([
      page.locator(editable).boundingBox(),
      badge(page).boundingBox(),
    ]);
    expect(mark!.x).toBeGreaterThan(composer!.x);
    expect(mark!.x + mark!.width).toBeLessThanOrEqual(composer!.x + composer!.width + 1);
    expect(mark!.y).toBeGreaterThan(composer!.y);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(composer!.y + composer!.height + 1);
    // Highlights are ranges in the shadow tree; the rules reach it as an adopted sheet, not a node.
    const inShadow = await page.evaluate(() => {
      const root = document.getElementById('interop-outlet')!.shadowRoot!;
      const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]) as Range[];
      return {
        ranges: ranges.length,
        allInside: ranges.every((r) => r.startContainer.getRootNode() === root),
        adopted: root.adoptedStyleSheets.length,
        styleNodes: root.querySelectorAll('style').length,
      };
    });
    expect(inShadow.ranges).toBeGreaterThan(0);
    expect(inShadow.allInside).toBe(true);
    expect(inShadow.adopted).toBe(1);
    expect(inShadow.styleNodes).toBe(1); // the fixture's own
    await page.screenshot({ path: 'test/artifacts/linkedin-interop-dialog.png' });
    await page.click('#interop-outlet .artdeco-modal__dismiss');
    await expect.poll(() => badge(page).count()).toBe(0);
    await expect.poll(() => highlightTotal(page)).toBe(0);
    expect(
      await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.childElementCount),
    ).toBe(domBefore);
    await page.click('#start-post');
    await typeInto(page, editable, 'Hurry, last chance!');
    await expect.poll(() => badge(page).count()).toBe(1);
    await page.close();
  });
});

/** What Draft.js shows on screen: its blocks' text, one line each. */
const shownText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="tweetTextarea_0"] [data-block="true"]')]
      .map((block) => block.textContent)
      .join('\n'),
  );

describe("X's inline reply on a status page", () => {
  it('is a reply; the conversational version of a two-paragraph post applies with its blank lines and one Ctrl+Z undoes it', async () => {
    const page = await openPage(browser, 'x/rapport/status/1/');
    const first = 'We are excited to announce our new planner app!';
    const second = 'Buy now and get 20% off, today only!!! Link in bio.';
    const original = `${first}\n\n${second}`;
    await page.click('[data-testid="tweetTextarea_0"]:not([role="dialog"] *)');
    await page.keyboard.type(first, { delay: 2 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(second, { delay: 2 });
    await expect.poll(() => badge(page).count()).toBe(1);
    expect(await editorText(page, 'post')).toBe(original);
    const rewrite = review(original, { platform: 'x', kind: 'reply' }).suggestions.find(
      (s) => s.scope === 'post',
    )!;
    // The rewrite's edit spans both paragraphs (its insert holds the blank line).
    expect(rewrite.edit.insert).toContain('\n\n');
    await badge(page).click();
    await expect.poll(() => panel(page).locator('.panel-context').textContent()).toContain('Reply');
    await page.waitForTimeout(1100); // its own undo step
    await panel(page).locator('button[aria-label^="Apply the conversational version"]').click();
    await expect.poll(() => editorText(page, 'post')).toBe(rewrite.preview);
    await expect.poll(() => panel(page).textContent()).toContain('Applied');
    // What the editor shows is what its model holds (no drift between Draft.js's DOM and model).
    expect(await shownText(page)).toBe(rewrite.preview);
    await page.screenshot({ path: 'test/artifacts/x-status-reply-rewritten.png' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, 'post')).toBe(original);
    expect(await shownText(page)).toBe(original);
    await page.close();
  });
});

describe("LinkedIn's TipTap comment box", () => {
  it('counts against the comment limit (1,250), not the post limit', async () => {
    const page = await openPage(browser, 'linkedin/interop/');
    await page.click('#comment-button');
    const editable = '[data-view-name="comment-box"] .tiptap.ProseMirror';
    await page.click(editable);
    const long = 'Thanks for sharing this, it made me think about how we onboard people. '.repeat(18);
    await page.evaluate((text) => document.execCommand('insertText', false, text), long.trim());
    await expect.poll(() => badge(page).count()).toBe(1);
    await badge(page).click();
    await expect.poll(() => panel(page).locator('.length').textContent()).toContain('/ 1,250 characters');
    expect(await panel(page).locator('.length.over').count()).toBe(1);
    await page.close();
  });

  it('made no network request outside the fixture server', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
