/**
 * The in-page review with the built extension, in Chromium and in Firefox ESR from one body (see
 * driver.ts), on every composer of test/e2e/composers.ts, on fixtures that run the real editors:
 * highlights, badge and panel appear; Apply goes through the editor's own input path (its model,
 * caret, undo and post button follow); several composers; closed and reopened composers; a box
 * that is not a post (a private message, a plain textarea, a hidden editor) shows nothing at all:
 * no UI, no highlight, no statistics, no health report; a 100,000-character paste; no network; no
 * HTML injection. Screenshots of the panel per browser and composer go to test/artifacts/.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import { dispatchPaste, minimalEdit } from '../../lib/editor/replace';
import { type Composer, composer, focusComposer, IGNORED, REVIEWED, type SiteId } from './composers';
import { BROWSERS, launch, storedState, type TestBrowser, type TestPage } from './driver';
import { serveFixtures } from './harness';

const KIND_LABEL = { post: 'Post', reply: 'Reply', comment: 'Comment' } as const;
const SALESY =
  'We are excited to announce our new CRM for remote teams! Buy now and get 20% off, today only!!! Link in bio.';

let server: Awaited<ReturnType<typeof serveFixtures>>;
const latencies: Record<string, number[]> = {};

beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  for (const [key, ms] of Object.entries(latencies)) {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(
      `[latency] ${key}: last keystroke → highlights, median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms over ${sorted.length} runs`,
    );
  }
  await server?.close();
});

const badgeCount = (page: TestPage) => page.count(page.ui('.badge'));
const panelText = (page: TestPage) => page.text(page.ui('.panel'));

async function openPanel(page: TestPage): Promise<void> {
  if ((await page.count(page.ui('.panel'))) === 0) await page.click(page.ui('.badge'));
  await page.waitFor(page.ui('.panel'));
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(name, { extension: true, origin: server.origin });
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(REVIEWED)('$id ($family)', (c: (typeof REVIEWED)[number]) => {
    let page: TestPage;
    beforeAll(async () => {
      page = await browser.openFixture(c.fixture);
    });
    afterAll(() => page?.close());

    it('highlights a salesy post, shows the badge, and lists the categories in the panel', async () => {
      await focusComposer(page, c);
      await page.type(SALESY, 3);
      await page.waitForHighlights('hard-sell');
      // (A slow machine can review a part of the text while it is typed: wait for the whole.)
      await expect
        .poll(async () => (await page.highlightCounts())['rapport-hard-sell'])
        .toBeGreaterThanOrEqual(2);
      const counts = await page.highlightCounts();
      expect(counts['rapport-urgency']).toBeGreaterThanOrEqual(1);
      expect(counts['rapport-broadcast']).toBeGreaterThanOrEqual(1);
      // The editor's DOM is untouched: the text the editor holds is exactly what was typed.
      expect(await page.editorText(c.editorId)).toBe(SALESY);
      const expected = review(SALESY, { platform: c.site, kind: c.kind });
      await expect.poll(() => page.text(page.ui('.badge'))).toBe(String(expected.score));
      // The panel never takes focus by itself.
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('RAPPORT-UI');
      await openPanel(page);
      // The suggestions are written when the panel opens (lazily): it says so until they arrive.
      for (const label of ['Hard sell', 'Urgency', 'Broadcast', 'Suggestions', 'Conversational version'])
        await expect.poll(() => panelText(page)).toContain(label);
      expect(await page.text(page.ui('.panel-context'))).toContain(KIND_LABEL[c.kind]);
      await page.screenshot(`panel-${name}-${c.id}`);
    });

    it('applies a suggestion through the editor: model equals the preview, caret after the insert, Ctrl+Z restores, Post posts it', async () => {
      // The conversational version of the whole post, as the panel offers it first.
      const suggestion = review(SALESY, { platform: c.site, kind: c.kind }).suggestions.find(
        (s) => s.scope === 'post',
      )!;
      const apply = page.ui('button[aria-label^="Apply the conversational version"]');
      await page.wait(1100); // past the editors' 1 s undo-merge window, so the apply is its own step
      await page.click(apply);
      await expect.poll(() => page.editorText(c.editorId)).toBe(suggestion.preview);
      // The editor gets only the part that changes (minimalEdit); the caret sits right after it.
      const changed = minimalEdit(SALESY, suggestion.edit);
      const caret = changed.start + changed.insert.length;
      expect(await page.editorSelection(c.editorId)).toEqual({ anchor: caret, focus: caret });
      await expect.poll(() => panelText(page)).toContain('Applied');
      // Typing continues where the caret is, and the editor's model follows (after the editors' 1 s
      // undo-merge window, so the typing is an undo step of its own).
      await page.wait(1100);
      await page.type(' Hi', 5);
      expect(await page.editorText(c.editorId)).toBe(
        `${suggestion.preview.slice(0, caret)} Hi${suggestion.preview.slice(caret)}`,
      );
      await page.wait(1100);
      await page.press('Control+z');
      // Firefox + Draft.js: the typing right after the Apply joins the Apply's undo step, so one
      // Ctrl+Z takes both back. Draft.js merges consecutive insertions unless it saw the caret move,
      // and in Firefox the selectionchange that follows execCommand arrives while Draft.js is still
      // rendering the insert, so it drops it (Chromium delivers it later). The same happens when a
      // user types after any insertion in Draft.js under Firefox; the original text still comes back.
      if (!(name === 'firefox' && c.family === 'draft-js')) {
        await expect.poll(() => page.editorText(c.editorId)).toBe(suggestion.preview);
        await page.press('Control+z');
      }
      await expect.poll(() => page.editorText(c.editorId)).toBe(SALESY);
      // Apply again, then post with the site's own button.
      await page.wait(1100);
      await page.click(apply);
      await expect.poll(() => page.editorText(c.editorId)).toBe(suggestion.preview);
      // The docked panel collapses to the badge, uncovering the site's own buttons.
      await page.click(page.ui('.panel button[aria-label="Close Rapport panel"]'));
      await expect.poll(() => page.count(page.ui('.panel'))).toBe(0);
      await page.click(c.post);
      expect(await page.evaluate(() => window.__fixture.posted.at(-1))).toBe(suggestion.preview);
    });

    // TipTap gets the lines as HTML paragraphs too: its plain-text paste merges blank lines.
    it('applies a multi-paragraph conversational version with its blank lines; one Ctrl+Z undoes it', async () => {
      const fresh = await browser.openFixture(c.fixture);
      await focusComposer(fresh, c);
      const paragraphs = [
        'Big news: our café in Leeds turns 5 this week.',
        'HURRY!!! 20% off all cakes, today only!',
        'Tag a friend who needs this!',
      ];
      const original = paragraphs.join('\n\n');
      for (const [i, paragraph] of paragraphs.entries()) {
        if (i > 0) {
          await fresh.press('Enter');
          await fresh.press('Enter');
        }
        await fresh.type(paragraph, 2);
      }
      await expect.poll(() => fresh.editorText(c.editorId)).toBe(original);
      const rewrite = review(original, { platform: c.site, kind: c.kind }).suggestions.find(
        (s) => s.scope === 'post',
      )!;
      expect(rewrite.preview).toContain('\n\n');
      await fresh.waitForHighlights('hard-sell');
      await openPanel(fresh);
      await fresh.wait(1100); // past the editors' 1 s undo-merge window, so the apply is its own step
      await fresh.click(fresh.ui('button[aria-label^="Apply the conversational version"]'));
      await expect.poll(() => fresh.editorText(c.editorId)).toBe(rewrite.preview);
      await expect.poll(() => panelText(fresh)).toContain('Applied');
      await fresh.press('Control+z');
      await expect.poll(() => fresh.editorText(c.editorId)).toBe(original);
      await fresh.close();
    });

    it('the Apply fallback (a synthetic paste) reaches the editor', async () => {
      // Firefox ignores a ClipboardEvent's constructor clipboardData: without dispatchPaste's
      // workaround this paste arrived empty there and the fallback never applied anything.
      const fresh = await browser.openFixture(c.fixture);
      await focusComposer(fresh, c);
      await fresh.type('Hello', 2);
      await fresh.runOnFocused(dispatchPaste, ' world');
      await expect.poll(() => fresh.editorText(c.editorId)).toBe('Hello world');
      await fresh.close();
    });

    it.skipIf(c.close === null)('keeps working after the composer is closed and reopened', async () => {
      const fresh = await browser.openFixture(c.fixture);
      await focusComposer(fresh, c);
      await fresh.type('Buy now!', 3);
      await expect.poll(() => badgeCount(fresh)).toBe(1);
      await fresh.click(c.close!);
      await expect.poll(() => fresh.count(c.editable)).toBe(0);
      await expect.poll(() => badgeCount(fresh)).toBe(0);
      await focusComposer(fresh, c);
      await fresh.type('Hurry, last chance!', 3);
      await fresh.waitForHighlights('urgency');
      await expect.poll(() => badgeCount(fresh)).toBe(1);
      await fresh.close();
    });
  });

  describe.each(['x', 'linkedin', 'facebook'] as const)('%s page', (site: SiteId) => {
    const main = composer(`${site}-post`);
    const late = REVIEWED.find((c) => c.site === site && c.fixture === main.fixture && c !== main)!;

    it('follows the focused composer when a second one appears later, and back', async () => {
      const fresh = await browser.openFixture(main.fixture);
      await focusComposer(fresh, main);
      await fresh.type('Buy now!', 3);
      await fresh.waitForHighlights('hard-sell');
      // LinkedIn's and Facebook's post composers are modal: close the dialog to reach the comments.
      if (main.close !== null) await fresh.click(main.close);
      await focusComposer(fresh, late);
      await fresh.type('Tag a friend who needs this!', 3);
      await fresh.waitForHighlights('engagement-bait');
      await openPanel(fresh);
      const context = () => fresh.text(fresh.ui('.panel-context'));
      await expect.poll(context).toContain(KIND_LABEL[late.kind]);
      await expect.poll(() => panelText(fresh)).toContain('Engagement bait');
      expect(await fresh.editorText(late.editorId)).toBe('Tag a friend who needs this!');
      if (main.close !== null) {
        // Back to a new post: the panel follows the focus to it.
        await focusComposer(fresh, main);
        await fresh.type('Hurry, last chance!', 3);
        await fresh.waitForHighlights('urgency');
        await expect.poll(context).toContain('Post');
        await expect.poll(() => panelText(fresh)).toContain('Urgency');
      }
      await fresh.close();
    });

    it('measures the time from the last keystroke to highlights', async () => {
      const fresh = await browser.openFixture(main.fixture);
      await focusComposer(fresh, main);
      const samples: number[] = [];
      for (let i = 0; i < 9; i++) {
        await fresh.press('Control+a');
        await fresh.press('Backspace');
        await fresh.waitForFunction(() => (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) === 0);
        await fresh.type('Please buy no', 2);
        const t0 = await fresh.evaluate(() => performance.now());
        await fresh.press('w');
        const t1 = await fresh.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const check = () =>
                (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) > 0
                  ? resolve(performance.now())
                  : requestAnimationFrame(check);
              check();
            }),
        );
        samples.push(t1 - t0);
      }
      latencies[`${name} ${site}`] = samples;
      // The review waits for a pause in typing (150 ms) and must land within a few frames of it.
      expect(Math.min(...samples)).toBeGreaterThanOrEqual(100);
      await fresh.close();
    });
  });

  describe.each(IGNORED)('$id ($family), not a post', (c: Composer) => {
    it('shows nothing at all: no UI, no highlight, no statistics, no health report; the editor is left alone', async () => {
      const before = await storedState(browser);
      const page = await browser.openFixture(c.fixture);
      await focusComposer(page, c);
      expect(await page.hasFocus(c.editable)).toBe(true);
      const text = await page.editorText(c.editorId);
      const at = (await page.editorSelection(c.editorId)) ?? { anchor: text.length, focus: text.length };
      await page.type(SALESY, 2);
      await page.wait(800); // well past the 150 ms review pause
      // Nothing of Rapport's in the page (nor in the editor's frame): not even its UI host.
      expect(await page.rapportTraces(c.editable)).toEqual({ uiHosts: 0, highlights: 0 });
      const start = Math.min(at.anchor, at.focus);
      const end = Math.max(at.anchor, at.focus);
      expect(await page.editorText(c.editorId)).toBe(text.slice(0, start) + SALESY + text.slice(end));
      expect(page.errors.filter((e) => /rapport/i.test(e))).toEqual([]);
      await page.close();
      // Nothing counted, nothing reported as an unrecognised compose box.
      expect(await storedState(browser)).toEqual(before);
    });
  });

  describe('robustness and privacy', () => {
    it('a 100,000-character paste keeps the page responsive and is reviewed in a bounded window', async () => {
      const c = composer('linkedin-post');
      const page = await browser.openFixture(c.fixture);
      await focusComposer(page, c);
      // Firefox reports no `longtask` entries (observe() ignores the type): there the round trip
      // below is the only responsiveness figure.
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        if (PerformanceObserver.supportedEntryTypes.includes('longtask'))
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTasks.push(e.duration);
          }).observe({ type: 'longtask', buffered: false });
      });
      const big = `${'Buy now and get 20% off, today only! We love our customers. '.repeat(1700)}`.slice(
        0,
        100_000,
      );
      await page.evaluate((text) => document.execCommand('insertText', false, text), big);
      await page.wait(400);
      const t0 = Date.now();
      await page.evaluate(() => 1);
      const roundTrip = Date.now() - t0;
      await expect.poll(() => badgeCount(page), { timeout: 10_000 }).toBe(1);
      const longTasks = await page.evaluate(
        () => (window as unknown as { __longTasks: number[] }).__longTasks,
      );
      console.log(
        `[100k paste] ${name}: page round trip after paste ${roundTrip} ms; long tasks (ms): ${
          name === 'firefox'
            ? 'not reported by Firefox'
            : longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'
        }`,
      );
      expect(roundTrip).toBeLessThan(2000);
      expect((await page.editorText(c.editorId)).length).toBe(100_000);
      await openPanel(page);
      await expect.poll(() => panelText(page)).toContain('first 10,000 characters reviewed');
      await page.close();
    });

    it('renders post text only as text: an HTML payload executes nothing', async () => {
      const c = composer('facebook-post');
      const page = await browser.openFixture(c.fixture);
      await focusComposer(page, c);
      const payload =
        'Buy now, today only! <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>';
      await page.type(payload, 2);
      await page.waitForHighlights('hard-sell');
      await openPanel(page);
      await expect.poll(() => panelText(page)).toContain('<img src=x onerror=');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.count(page.ui('img, script'))).toBe(0);
      await page.close();
    });

    it('made no network request outside the fixture server in any test of this browser', () => {
      expect(browser.foreignRequests).toEqual([]);
    });
  });
});
