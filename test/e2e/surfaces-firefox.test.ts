/**
 * The popup and the options page in Firefox ESR (MV2, `moz-extension://` pages, the `browser`
 * namespace, Firefox's storage): they render, the popup shows the stats of a post reviewed on a
 * composer, a broken import is refused, and export → import round-trips a profile. Screenshots go
 * to test/artifacts/. The same surfaces in Chromium, in more depth, are in surfaces.test.ts.
 *
 * The internal UUID of the add-on is pinned by the harness (driver.ts), so the pages have a known
 * URL. Files: the export is read from the object URL the page downloads, and the import is given to
 * the file input as a `File` (WebDriver BiDi has no download events; Firefox's file picker is not
 * part of the page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import { composer, focusComposer } from './composers';
import { BROWSERS, launch, type TestBrowser, type TestPage } from './driver';

const SALESY = 'Buy now and get 20% off our onboarding course, today only!!! Link in bio.';

/** The extension's stored settings, read from an extension page through Firefox's `browser` API. */
/** The synced settings (`prefs` and one `profile.<id>` item per profile), read from an extension page. */
const storedSettings = (page: TestPage) =>
  page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        browser: { storage: { sync: { get(key: null): Promise<Record<string, unknown>> } } };
      }
    ).browser;
    const sync = await api.storage.sync.get(null);
    const profiles = Object.entries(sync)
      .filter(([key]) => key.startsWith('profile.'))
      .map(([, value]) => value as { id: string; createdAt: number; voice: { name?: string } })
      .sort((a, b) => a.createdAt - b.createdAt);
    return { activeId: (sync.prefs as { activeId?: string } | undefined)?.activeId ?? 'default', profiles };
  });

/** Gives the page's file input a file, as choosing it in the picker does. */
const chooseFile = (page: TestPage, name: string, contents: string) =>
  page.evaluate(
    ({ name, contents }) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
      if (input === null) throw new Error('no import input');
      const files = new DataTransfer();
      files.items.add(new File([contents], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, contents },
  );

describe.runIf(BROWSERS.includes('firefox'))('firefox: popup and options', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch('firefox', { extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const extensionPage = async (path: string): Promise<TestPage> => {
    const page = await browser.newPage();
    await page.goto(`${browser.extensionOrigin}/${path}`);
    return page;
  };

  it('the popup renders and explains what to do on first use', async () => {
    const popup = await extensionPage('popup.html');
    await popup.waitFor('main');
    await expect.poll(() => popup.text('main')).toContain('No posts reviewed yet');
    await popup.close();
  });

  it('the popup shows the post reviewed on a composer', async () => {
    const c = composer('linkedin-post');
    const page = await browser.openFixture(c.fixture);
    await focusComposer(page, c);
    await page.type(SALESY, 2);
    await page.waitForHighlights('hard-sell');
    await page.wait(600); // the review's stats write
    const popup = await extensionPage('popup.html');
    await popup.waitFor('[data-testid="posts-reviewed"]');
    await expect.poll(() => popup.text('[data-testid="posts-reviewed"]')).toBe('1');
    expect(await popup.text('.platforms')).toContain('LinkedIn');
    expect(await popup.text('[data-testid="score-change"]')).toContain(
      String(review(SALESY, { platform: 'linkedin' }).score),
    );
    await popup.screenshot('popup-firefox');
    await popup.close();
    await page.close();
  });

  it('options: a broken import is refused and changes nothing; export → import adds the profile', async () => {
    const options = await extensionPage('options.html');
    await options.waitFor('[data-testid="import-file"]');
    const before = await storedSettings(options);

    await chooseFile(options, 'broken.json', '{"format": "rapport-voice", ');
    await expect.poll(() => options.text('[role="alert"]')).toMatch(/not JSON/);
    expect(await options.text('[role="alert"]')).toContain('Your settings are unchanged');
    expect(await storedSettings(options)).toEqual(before);

    // Export: the page downloads an object URL through a link; read the file from it.
    await options.evaluate(() => {
      const w = window as unknown as { __exported: Promise<{ name: string; text: string }> };
      w.__exported = new Promise((resolve) => {
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          HTMLAnchorElement.prototype.click = click;
          const { download, href } = this;
          void fetch(href)
            .then((r) => r.text())
            .then((text) => resolve({ name: download, text }));
        };
      });
    });
    const exportButton = await options.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Export…');
      button?.setAttribute('data-test-export', '');
      return button !== undefined;
    });
    expect(exportButton).toBe(true);
    await options.click('[data-test-export]');
    const exported = await options.evaluate(
      () => (window as unknown as { __exported: Promise<{ name: string; text: string }> }).__exported,
    );
    expect(exported.name).toBe('rapport-voice-default.json');
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'rapport-voice' });

    // A colleague's profile (another id) comes in as a new profile and becomes the active one.
    const file = JSON.parse(exported.text);
    file.profile.id = 'colleague';
    file.voice.name = 'Colleague';
    await chooseFile(options, 'colleague.json', JSON.stringify(file));
    await expect.poll(async () => (await storedSettings(options)).profiles.length).toBe(2);
    const after = await storedSettings(options);
    expect(after.activeId).toBe(after.profiles[1].id);
    await options.screenshot('options-firefox');
    await options.close();
  });

  it('sends nothing anywhere', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
