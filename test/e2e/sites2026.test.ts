/**
 * The sites' 2026 markup beside the classic one, with the built extension, in Chromium and in
 * Firefox ESR from one body (see driver.ts): private messages not in the composers table (X's
 * Draft.js DM box, LinkedIn's classic messaging overlay) and a closed shadow root stay untouched,
 * with no highlight, badge, stats or health report (the table's private rows get the same checks in
 * inpage.test.ts); a docked chat and a comment box on one page are told apart both ways; LinkedIn's
 * shadow-root dialog closes and reopens with the badge following it, its highlights styled inside
 * the root; X's inline reply on a status page takes two paragraphs and a multi-line Apply; a TipTap
 * comment shows LinkedIn's comment limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import { composer, focusComposer } from './composers';
import { BROWSERS, launch, storedState, type Target, type TestBrowser, type TestPage } from './driver';

const SALESY = 'Buy now and get 20% off, today only!!! Link in bio. Tag a friend who needs this!';

const badgeCount = (page: TestPage) => page.count(page.ui('.badge'));
const panelCount = (page: TestPage) => page.count(page.ui('.panel'));
const highlightTotal = (page: TestPage) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

/** Types into an editable and waits well past the review pause. */
async function typeInto(page: TestPage, target: Target, text: string): Promise<void> {
  await page.click(target);
  await page.type(text, 2);
  await page.wait(700);
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name, { extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('private messages and closed widgets are left alone', () => {
    it.each([
      // (None is registered with the fixture API: the text is read from the DOM, or from the
      // closed root's own page hook.)
      ['X DM box (2026 markup)', '/x/rapport/status/1/', '[data-testid="dmComposerTextInput"]'],
      ['LinkedIn messaging overlay', '/linkedin/interop/', '.msg-form__contenteditable'],
      ['an editable in a closed shadow root', '/linkedin/interop/', '#closed-widget'],
    ] as const)('%s: no highlight, no badge, no stats, no health report', async (_name, path, target) => {
      const before = await storedState(browser);
      const page = await browser.openFixture(path);
      await typeInto(page, target, SALESY);
      const typed = await page.evaluate(
        (selector) =>
          selector === '#closed-widget'
            ? (window as Window & { __closedEditorText?: () => string }).__closedEditorText?.()
            : document.querySelector(selector)?.textContent,
        target,
      );
      expect(typed).toBe(SALESY);
      expect(await highlightTotal(page)).toBe(0);
      expect(await page.count('rapport-ui')).toBe(0);
      await page.close();
      expect(await storedState(browser)).toEqual(before);
    });

    it('while a comment box on the same page is reviewed (the chat is not mistaken for it, nor it for the chat)', async () => {
      const chat = composer('facebook-messenger-chat');
      const page = await browser.openFixture('/facebook/home/');
      await typeInto(page, chat.editable, 'Buy now!');
      await typeInto(page, '#comment-slot-fr [data-lexical-editor="true"]', SALESY);
      await expect.poll(() => badgeCount(page)).toBe(1);
      expect(await highlightTotal(page)).toBeGreaterThan(0);
      await page.click(page.ui('.badge'));
      await expect.poll(() => page.text(page.ui('.panel .panel-context'))).toContain('Comment');
      // Back in the chat: Rapport lets go of it (no badge for a private message).
      await page.click(chat.editable);
      await page.type(' Hi', 2);
      await page.wait(500);
      expect(await page.editorText(chat.editorId)).toBe('Buy now! Hi');
      await page.close();
    });
  });

  describe("LinkedIn's Create-post dialog in the interop shadow root", () => {
    it('reviews inside the shadow root, follows the dialog closing and reopening, and draws nothing in the site’s DOM', async () => {
      const c = composer('linkedin-interop-post');
      const page = await browser.openFixture(c.fixture);
      const childCount = () =>
        page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.childElementCount);
      const domBefore = await childCount();
      await focusComposer(page, c);
      await page.type(SALESY, 2);
      await expect.poll(() => badgeCount(page)).toBe(1);
      // The badge sits on the composer inside the fixed-position dialog, not on the zero-height host.
      const boxes = await page.evaluate(() => {
        const box = (el: Element | null | undefined) => {
          const r = el?.getBoundingClientRect();
          return r === undefined ? null : { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        return {
          composer: box(
            document
              .getElementById('interop-outlet')
              ?.shadowRoot?.querySelector('.share-creation-state__text-editor .ql-editor'),
          ),
          mark: box(document.querySelector('rapport-ui')?.shadowRoot?.querySelector('.badge')),
        };
      });
      const { composer: editor, mark } = boxes as Record<'composer' | 'mark', NonNullable<typeof boxes.mark>>;
      expect(mark.x).toBeGreaterThan(editor.x);
      expect(mark.x + mark.width).toBeLessThanOrEqual(editor.x + editor.width + 1);
      expect(mark.y).toBeGreaterThan(editor.y);
      expect(mark.y + mark.height).toBeLessThanOrEqual(editor.y + editor.height + 1);
      // Highlights are ranges in the shadow tree; the rules reach it as an adopted sheet, not a node
      // (Firefox paints a document's ::highlight() rules nowhere inside a shadow root).
      const inShadow = await page.evaluate(() => {
        const root = document.getElementById('interop-outlet')!.shadowRoot!;
        const ranges = [...CSS.highlights.values()].flatMap((h) => [...h]) as Range[];
        return {
          ranges: ranges.length,
          allInside: ranges.every((r) => r.startContainer.getRootNode() === root),
          adopted: root.adoptedStyleSheets.length,
          rules: [...root.adoptedStyleSheets]
            .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
            .join('\n'),
          styleNodes: root.querySelectorAll('style').length,
        };
      });
      expect(inShadow.ranges).toBeGreaterThan(0);
      expect(inShadow.allInside).toBe(true);
      expect(inShadow.adopted).toBe(1);
      expect(inShadow.rules).toContain('::highlight(rapport-hard-sell)');
      expect(inShadow.styleNodes).toBe(1); // the fixture's own
      await page.screenshot(`linkedin-interop-dialog-${name}`);
      await page.click(c.close!);
      await expect.poll(() => badgeCount(page)).toBe(0);
      await expect.poll(() => highlightTotal(page)).toBe(0);
      expect(await childCount()).toBe(domBefore);
      await focusComposer(page, c);
      await page.type('Hurry, last chance!', 2);
      await expect.poll(() => badgeCount(page)).toBe(1);
      await page.close();
    });
  });

  describe("X's inline reply on a status page", () => {
    it('is a reply; the conversational version of a two-paragraph post applies with its blank lines and one Ctrl+Z undoes it', async () => {
      const c = composer('x-status-reply');
      const page = await browser.openFixture(c.fixture);
      /** What Draft.js shows on screen: its blocks' text, one line each. */
      const shownText = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-testid="tweetTextarea_0"] [data-block="true"]')]
            .map((block) => block.textContent)
            .join('\n'),
        );
      const first = 'We are excited to announce our new planner app!';
      const second = 'Buy now and get 20% off, today only!!! Link in bio.';
      const original = `${first}\n\n${second}`;
      await focusComposer(page, c);
      await page.type(first, 2);
      await page.press('Enter');
      await page.press('Enter');
      await page.type(second, 2);
      await expect.poll(() => badgeCount(page)).toBe(1);
      expect(await page.editorText(c.editorId)).toBe(original);
      const rewrite = review(original, { platform: 'x', kind: 'reply' }).suggestions.find(
        (s) => s.scope === 'post',
      )!;
      // The rewrite's edit spans both paragraphs (its insert holds the blank line).
      expect(rewrite.edit.insert).toContain('\n\n');
      await page.click(page.ui('.badge'));
      await expect.poll(() => page.text(page.ui('.panel .panel-context'))).toContain('Reply');
      await page.wait(1100); // its own undo step
      await page.click(page.ui('.panel button[aria-label^="Apply the conversational version"]'));
      await expect.poll(() => page.editorText(c.editorId)).toBe(rewrite.preview);
      await expect.poll(() => page.text(page.ui('.panel'))).toContain('Applied');
      // What the editor shows is what its model holds (no drift between Draft.js's DOM and model).
      expect(await shownText()).toBe(rewrite.preview);
      await page.screenshot(`x-status-reply-rewritten-${name}`);
      await page.press('Control+z');
      await expect.poll(() => page.editorText(c.editorId)).toBe(original);
      expect(await shownText()).toBe(original);
      await page.close();
    });
  });

  describe("LinkedIn's TipTap comment box", () => {
    it('counts against the comment limit (1,250), not the post limit', async () => {
      const c = composer('linkedin-tiptap-comment');
      const page = await browser.openFixture(c.fixture);
      await focusComposer(page, c);
      const long = 'Thanks for sharing this, it made me think about how we onboard people. '.repeat(18);
      await page.evaluate((text) => document.execCommand('insertText', false, text), long.trim());
      await expect.poll(() => badgeCount(page)).toBe(1);
      await page.click(page.ui('.badge'));
      await expect.poll(() => page.text(page.ui('.panel .length'))).toContain('/ 1,250 characters');
      expect(await page.count(page.ui('.panel .length.over'))).toBe(1);
      expect(await panelCount(page)).toBe(1);
      await page.close();
    });

    it('made no network request outside the fixture server', () => {
      expect(browser.foreignRequests).toEqual([]);
    });
  });
});
