/**
 * One thin driver over two browsers, so the in-page suites have one body and run in both:
 * Chromium through playwright-core (the harness the Chromium-only suites use) and Firefox ESR
 * through puppeteer-core over WebDriver BiDi, with the built Firefox extension installed as a
 * temporary add-on (BiDi `webExtension.install`).
 *
 * Each browser implements a handful of primitives (`PagePrimitives`); everything a test does with
 * elements (click, count, text, wait, the extension's shadow-root UI, composers inside open shadow
 * roots) is built once on top of them in `TestPage`, by evaluating in the page and clicking with the
 * real mouse at the element's centre, so both browsers are driven the same way.
 *
 * RAPPORT_BROWSERS=chromium or =firefox runs one browser's half of the shared suites (default both).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type HTTPRequest, type Page as PuppeteerPage } from 'puppeteer-core';
import { blockingProxy, launchBrowser, serveFixtures } from './harness';
import { ARTIFACTS, FIREFOX_EXTENSION_DIR } from './paths';

export type BrowserName = 'chromium' | 'firefox';

/** The browsers the shared suites run in (`RAPPORT_BROWSERS=firefox` for one). */
export const BROWSERS: BrowserName[] = (process.env.RAPPORT_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim())
  .filter((b): b is BrowserName => b === 'chromium' || b === 'firefox');

/** Debian's Firefox ESR (installed by .ci/run when missing). */
export const FIREFOX = '/usr/bin/firefox-esr';
/** The Firefox build's add-on id (wxt.config.ts `browser_specific_settings.gecko.id`). */
const GECKO_ID = 'rapport@rapport.local';
/**
 * The extension's internal UUID in Firefox, pinned with the `extensions.webextensions.uuids` pref so
 * tests can open `moz-extension://<uuid>/popup.html` (Firefox picks a random one per profile otherwise).
 */
export const FIREFOX_EXTENSION_UUID = '7a3c2f4e-5b1d-4c8e-9f60-2d4e8a1b3c5d';

/**
 * An element: a CSS selector in the document, or one below `host`: inside its open shadow root
 * (LinkedIn's `#interop-outlet`, Rapport's own `rapport-ui`), or, when `host` is a same-origin
 * `<iframe>`, in its document (LinkedIn's hidden `/preload/` frame).
 */
export type Target = string | { host: string; selector: string };

/** What each browser implementation provides for a page. */
export interface PagePrimitives {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page's main world (the page's own objects, as the site's script sees them). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Resolves when `fn(arg)` is truthy in the page; rejects after `timeoutMs`. */
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, timeoutMs: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Types text as key presses (one per character). */
  type(text: string, delayMs: number): Promise<void>;
  /** Presses a key or a chord such as `Control+z`, `Shift+ArrowLeft`. */
  press(chord: string): Promise<void>;
  /**
   * An IME composition (intermediate strings, then the committed text), or null where the driver
   * cannot produce one: WebDriver BiDi has no composition input (Firefox), CDP does (Chromium).
   */
  ime: ((steps: string[], commit: string) => Promise<void>) | null;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /**
   * The page's uncaught errors and its console errors and warnings, from its own scripts and from
   * the extension's content script in it, in order (`pageerror: …`, `error: …`, `warning: …`).
   */
  readonly errors: string[];
}

const norm = (t: Target) => (typeof t === 'string' ? { host: null, selector: t } : t);

/** A page in either browser, with the element helpers the suites use. */
export class TestPage {
  constructor(
    readonly browser: BrowserName,
    private readonly p: PagePrimitives,
  ) {}

  goto(url: string): Promise<void> {
    return this.p.goto(url);
  }
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.p.evaluate(fn, arg as A);
  }
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 5000): Promise<void> {
    return this.p.waitForFunction(fn, arg as A, timeoutMs);
  }
  type(text: string, delayMs = 0): Promise<void> {
    return this.p.type(text, delayMs);
  }
  press(chord: string): Promise<void> {
    return this.p.press(chord);
  }
  get ime(): PagePrimitives['ime'] {
    return this.p.ime;
  }
  /** Uncaught errors, console errors and warnings seen in this page so far (see PagePrimitives). */
  get errors(): readonly string[] {
    return this.p.errors;
  }
  mouseMove(x: number, y: number): Promise<void> {
    return this.p.mouseMove(x, y);
  }
  bringToFront(): Promise<void> {
    return this.p.bringToFront();
  }
  close(): Promise<void> {
    return this.p.close();
  }
  wait(ms: number): Promise<void> {
    return new Promise((ok) => setTimeout(ok, ms));
  }

  /** Waits until the target exists. */
  async waitFor(target: Target, timeoutMs = 5000): Promise<void> {
    await this.p
      .waitForFunction(
        (t) => {
          const h = t.host === null ? null : document.querySelector(t.host);
          const root =
            t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
          return root?.querySelector(t.selector) != null;
        },
        norm(target),
        timeoutMs,
      )
      .catch((error: Error) => {
        throw new Error(`${this.browser}: ${JSON.stringify(target)} did not appear: ${error.message}`);
      });
  }

  /** How many elements match (0 when the shadow host is missing). */
  count(target: Target): Promise<number> {
    const { host, selector } = norm(target);
    return this.p.evaluate(
      (t) => {
        const h = t.host === null ? null : document.querySelector(t.host);
        const root =
          t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
        return root?.querySelectorAll(t.selector).length ?? 0;
      },
      { host, selector },
    );
  }

  /** The first match's textContent, or null. */
  text(target: Target): Promise<string | null> {
    const { host, selector } = norm(target);
    return this.p.evaluate(
      (t) => {
        const h = t.host === null ? null : document.querySelector(t.host);
        const root =
          t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
        return root?.querySelector(t.selector)?.textContent ?? null;
      },
      { host, selector },
    );
  }

  /** An attribute of the first match, or null. */
  attribute(target: Target, name: string): Promise<string | null> {
    const { host, selector } = norm(target);
    return this.p.evaluate(
      (t) => {
        const h = t.host === null ? null : document.querySelector(t.host);
        const root =
          t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
        return root?.querySelector(t.selector)?.getAttribute(t.name) ?? null;
      },
      { host, selector, name },
    );
  }

  /**
   * Clicks the target's centre with the real mouse, after scrolling it into view (waits for it
   * first). When something else is drawn over that point (a docked chat over the feed), the target
   * is scrolled to the middle of the view; if it is still covered, the click fails rather than land
   * on what covers it.
   */
  async click(target: Target): Promise<void> {
    await this.waitFor(target);
    const { host, selector } = norm(target);
    let point: { x: number; y: number; coveredBy: string | null } | null = null;
    for (const block of ['nearest', 'center'] as const) {
      point = await this.p.evaluate(
        (t) => {
          const h = t.host === null ? null : document.querySelector(t.host);
          const root =
            t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
          const el = root?.querySelector(t.selector);
          if (el == null || root == null) return null;
          el.scrollIntoView({ block: t.block, inline: 'nearest' });
          const r = el.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          // What is drawn there: the target, something in it, or beside it in its own parent (an
          // editor's placeholder) is fine; anything else covers it.
          const hit = root.elementFromPoint(x, y);
          const mine =
            hit !== null && (el.contains(hit) || hit.contains(el) || el.parentElement?.contains(hit));
          // An element in a frame: its frame's box puts it in the page's viewport.
          const frame = h instanceof HTMLIFrameElement ? h.getBoundingClientRect() : null;
          return {
            x: x + (frame === null ? 0 : frame.left + (h as HTMLIFrameElement).clientLeft),
            y: y + (frame === null ? 0 : frame.top + (h as HTMLIFrameElement).clientTop),
            coveredBy: mine === true ? null : (hit?.outerHTML.slice(0, 120) ?? 'nothing (off screen)'),
          };
        },
        { host, selector, block },
      );
      if (point === null || point.coveredBy === null) break;
    }
    if (point === null) throw new Error(`${this.browser}: ${JSON.stringify(target)} not found`);
    if (point.coveredBy !== null)
      throw new Error(`${this.browser}: ${JSON.stringify(target)} is covered by ${point.coveredBy}`);
    await this.p.mouseClick(point.x, point.y);
  }

  /**
   * Focuses the target from the page's own script (`element.focus()`), as a site's script does: for
   * an editor no one can click (pixel-sized, transparent, in a hidden frame).
   */
  async focus(target: Target): Promise<void> {
    await this.waitFor(target);
    const { host, selector } = norm(target);
    const found = await this.p.evaluate(
      (t) => {
        const h = t.host === null ? null : document.querySelector(t.host);
        const root =
          t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
        const el = root?.querySelector<HTMLElement>(t.selector);
        el?.focus();
        return el != null;
      },
      { host, selector },
    );
    if (!found) throw new Error(`${this.browser}: ${JSON.stringify(target)} not found`);
  }

  /** Whether the focused element (through open shadow roots and same-origin frames) is the target. */
  hasFocus(target: Target): Promise<boolean> {
    const { host, selector } = norm(target);
    return this.p.evaluate(
      (t) => {
        const h = t.host === null ? null : document.querySelector(t.host);
        const root =
          t.host === null ? document : (h?.shadowRoot ?? (h as HTMLIFrameElement)?.contentDocument);
        const el = root?.querySelector(t.selector);
        let active = document.activeElement;
        for (;;) {
          const inner =
            active?.shadowRoot?.activeElement ??
            (active instanceof HTMLIFrameElement ? active.contentDocument?.activeElement : null);
          if (inner == null) break;
          active = inner;
        }
        return el != null && active === el;
      },
      { host, selector },
    );
  }

  /**
   * Any trace of Rapport around the target: its UI hosts (`rapport-ui`) and the size of its
   * highlights, in the page and, for a target in a frame, in that frame too (where a content script
   * running in frames would put them).
   */
  rapportTraces(target: Target): Promise<{ uiHosts: number; highlights: number }> {
    const { host, selector } = norm(target);
    return this.p.evaluate(
      (t) => {
        const h = t.host === null ? null : document.querySelector(t.host);
        const frame = h instanceof HTMLIFrameElement ? h.contentWindow : null;
        const worlds = frame === null ? [window] : [window, frame as Window & typeof globalThis];
        let uiHosts = 0;
        let highlights = 0;
        for (const w of worlds) {
          uiHosts += w.document.querySelectorAll('rapport-ui').length;
          for (const [name, highlight] of w.CSS.highlights)
            if (name.startsWith('rapport-')) highlights += highlight.size;
        }
        return { uiHosts, highlights };
      },
      { host, selector },
    );
  }

  /** An element of Rapport's own UI (inside the open shadow root of `rapport-ui`). */
  ui(selector: string): Target {
    return { host: 'rapport-ui', selector };
  }

  /** The sizes of the page's `CSS.highlights` entries, read in the page's own world. */
  highlightCounts(): Promise<Record<string, number>> {
    return this.p.evaluate(
      () => Object.fromEntries([...CSS.highlights.keys()].map((k) => [k, CSS.highlights.get(k)?.size ?? 0])),
      undefined,
    );
  }

  /** Waits until the page has highlights of a Rapport category. */
  waitForHighlights(category: string, timeoutMs = 5000): Promise<void> {
    return this.p.waitForFunction(
      (name) => (CSS.highlights.get(name)?.size ?? 0) > 0,
      `rapport-${category}`,
      timeoutMs,
    );
  }

  /** The editor's own view of its text (Draft/Quill/Lexical API), by fixture editor id. */
  editorText(id: string): Promise<string> {
    return this.p.evaluate((editorId) => window.__fixture.getText(editorId), id);
  }

  /** The editor's own view of its selection. */
  editorSelection(id: string): Promise<{ anchor: number; focus: number } | null> {
    return this.p.evaluate((editorId) => window.__fixture.getSelection(editorId), id);
  }

  /**
   * Runs a self-contained function of the product (no imports, e.g. lib/editor/replace.ts
   * `dispatchPaste`) in the page on the focused element (through open shadow roots and same-origin
   * frames), as the content
   * script would call it there.
   */
  runOnFocused(fn: (target: HTMLElement, arg: string) => void, arg: string): Promise<void> {
    return this.p.evaluate(
      ({ src, arg }) => {
        let target = document.activeElement;
        for (;;) {
          const inner =
            target?.shadowRoot?.activeElement ??
            (target instanceof HTMLIFrameElement ? target.contentDocument?.activeElement : null);
          if (inner == null) break;
          target = inner;
        }
        const run = new Function(`return (${src})`)() as (t: Element, a: string) => void;
        run(target ?? document.body, arg);
      },
      { src: fn.toString(), arg },
    );
  }

  /** A frame and a task: lets every editor settle. */
  settle(): Promise<void> {
    return this.p.evaluate(
      () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0))),
      undefined,
    );
  }

  /** Saves a screenshot under test/artifacts/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `${name}.png`);
    await this.p.screenshot(path);
    return path;
  }
}

/** A browser with (or without) the built extension, and the fixture server's origin. */
export interface TestBrowser {
  name: BrowserName;
  origin: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`; null without the extension. */
  extensionOrigin: string | null;
  newPage(): Promise<TestPage>;
  /** Opens a fixture path (e.g. `/x/`) and waits for its `window.__fixture` API. */
  openFixture(path: string): Promise<TestPage>;
  /** Opens one of the extension's pages (`popup.html`, `options.html`) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Requests Rapport must never make (see harness.ts `foreignRequests`); tests assert it is empty. */
  readonly foreignRequests: string[];
  /** What reached the blocking proxy: anything that would have left the machine. */
  proxied: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  extension: boolean;
  /** A fixture server already running; otherwise the browser starts its own. */
  origin?: string;
}

/** Launches one of the two browsers. */
export function launch(name: BrowserName, options: LaunchOptions): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function openFixtureIn(browser: TestBrowser, path: string): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(`${browser.origin}${path}`);
  await page.waitForFunction(() => window.__fixture !== undefined, undefined, 10_000);
  return page;
}

async function openExtensionPageIn(browser: TestBrowser, path: string): Promise<TestPage> {
  if (browser.extensionOrigin === null) throw new Error(`${browser.name} runs without the extension`);
  const page = await browser.newPage();
  await page.goto(`${browser.extensionOrigin}/${path}`);
  return page;
}

/** The extension API an extension page sees: `browser` in Firefox, `chrome` in Chromium (both promise-based). */
type ExtensionApi = {
  storage: Record<'local' | 'sync', { get(keys: string[] | null): Promise<Record<string, unknown>> }>;
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
  runtime: {
    onMessage: { addListener(fn: (message: unknown) => undefined): void };
    reload(): void;
  };
};

/**
 * Runs `fn` in one of the extension's own pages (popup.html, opened in a tab and closed after), with
 * its extension API (`browser` or `chrome`): storage, tabs, runtime, as the background has them.
 */
export async function inExtension<A, R>(
  browser: TestBrowser,
  fn: (api: ExtensionApi, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      async ({ src, arg }) => {
        const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
        const api = g.browser ?? g.chrome;
        const run = new Function(`return (${src})`)() as (api: unknown, arg: unknown) => unknown;
        return (await run(api, arg)) as R;
      },
      { src: fn.toString(), arg },
    );
  } finally {
    await page.close();
  }
}

/**
 * Sends a message to the content script of the tab at `url` (a full URL, or a path on the fixture
 * server) with `tabs.sendMessage`, from one of the extension's own pages: the way the background
 * relays the toggle-panel command (synthetic key presses never reach a browser's extension
 * shortcuts, in either browser).
 */
export function sendToTab(browser: TestBrowser, url: string, message: unknown): Promise<void> {
  const href = url.startsWith('/') ? `${browser.origin}${url}` : url;
  return inExtension(
    browser,
    async (api, { href, message }) => {
      const tab = (await api.tabs.query({})).find((t) => t.url === href);
      if (tab?.id === undefined) throw new Error(`no tab at ${href}`);
      await api.tabs.sendMessage(tab.id, message);
    },
    { href, message },
  );
}

/**
 * What Rapport has stored about the user's writing: its statistics (one record per post: scores and
 * categories, never text) and the health reports of compose boxes it did not recognise.
 */
export function storedState(browser: TestBrowser): Promise<{ stats: unknown; health: unknown }> {
  return inExtension(
    browser,
    async (api) => {
      const all = await api.storage.local.get(['stats', 'health']);
      return { stats: all.stats ?? null, health: all.health ?? null };
    },
    undefined,
  );
}

// ---------------------------------------------------------------------------------------------
// Chromium: playwright-core, through the harness the Chromium-only suites use.

function playwrightPrimitives(page: PlaywrightPage): PagePrimitives {
  let cdp: Awaited<ReturnType<ReturnType<PlaywrightPage['context']>['newCDPSession']>> | null = null;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`${message.type()}: ${message.text()}`);
  });
  return {
    errors,
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    waitForFunction: async (fn, arg, timeout) => {
      await page.waitForFunction(fn as never, arg as never, { timeout });
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    mouseMove: (x, y) => page.mouse.move(x, y),
    type: (text, delay) => page.keyboard.type(text, { delay }),
    press: (chord) => page.keyboard.press(chord),
    ime: async (steps, commit) => {
      cdp ??= await page.context().newCDPSession(page);
      for (const text of steps)
        await cdp.send('Input.imeSetComposition', {
          text,
          selectionStart: text.length,
          selectionEnd: text.length,
        });
      await cdp.send('Input.insertText', { text: commit });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    bringToFront: () => page.bringToFront(),
    close: async () => {
      await cdp?.detach().catch(() => undefined);
      await page.close();
    },
  };
}

async function launchChromium(options: LaunchOptions): Promise<TestBrowser> {
  const b = await launchBrowser(options);
  const self: TestBrowser = {
    name: 'chromium',
    origin: b.origin,
    extensionOrigin: b.extensionId === null ? null : `chrome-extension://${b.extensionId}`,
    newPage: async () => {
      const page = await b.context.newPage();
      page.on('pageerror', (error) => console.error(`[chromium page] ${error.message}`));
      return new TestPage('chromium', playwrightPrimitives(page));
    },
    openFixture: (path) => openFixtureIn(self, path),
    openExtensionPage: (path) => openExtensionPageIn(self, path),
    get foreignRequests() {
      return b.foreignRequests;
    },
    proxied: b.proxied,
    close: () => b.close(),
  };
  return self;
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR: puppeteer-core over WebDriver BiDi, the extension as a temporary add-on.

const KEY_ALIASES: Record<string, string> = { Ctrl: 'Control' };

function puppeteerPrimitives(page: PuppeteerPage): PagePrimitives {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${(error as Error).message}`));
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warn')
      errors.push(`${type === 'warn' ? 'warning' : type}: ${message.text()}`);
  });
  return {
    errors,
    goto: async (url) => {
      if (!url.startsWith('moz-extension://')) {
        await page.goto(url);
        return;
      }
      // An extension page loads in another process, and puppeteer never sees that navigation
      // finish (its page keeps the old URL): start it, then ask the document itself until it is
      // there. (An evaluation that meets the process switch fails with a protocol error that
      // puppeteer's waitForFunction does not retry: each try is its own evaluation.)
      void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const loaded = await page
          .evaluate((href) => location.href === href && document.readyState === 'complete', url)
          .catch(() => false);
        if (loaded) return;
        if (Date.now() > deadline) throw new Error(`firefox: ${url} did not load`);
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitForFunction: async (fn, arg, timeout) => {
      await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg as never);
    },
    mouseClick: (x, y) => page.mouse.click(x, y),
    mouseMove: (x, y) => page.mouse.move(x, y),
    type: (text, delay) => page.keyboard.type(text, { delay }),
    press: async (chord) => {
      const keys = chord.split('+').map((k) => KEY_ALIASES[k] ?? k);
      const key = keys.pop() as string;
      for (const m of keys) await page.keyboard.down(m as never);
      await page.keyboard.press(key as never);
      for (const m of keys.reverse()) await page.keyboard.up(m as never);
    },
    ime: null,
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Hosts of Firefox's own services (never in Rapport's bundles: security.test.ts checks for remote code). */
const FIREFOX_OWN =
  /^(CONNECT |GET http:\/\/)[\w.-]+\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/;

async function launchFirefox(options: LaunchOptions): Promise<TestBrowser> {
  const server = options.origin === undefined ? await serveFixtures() : null;
  const origin = options.origin ?? (server as { origin: string }).origin;
  const proxy = await blockingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 860 },
    // WebDriver BiDi refuses to navigate to moz-extension:// pages (popup, options) without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Every request that would leave the machine goes to the blocking proxy (loopback never does).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  if (options.extension) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionOrigin = options.extension ? `moz-extension://${FIREFOX_EXTENSION_UUID}` : null;
  const requests: { url: string; from: 'page' | 'extension-page' }[] = [];
  const record = (request: HTTPRequest) => {
    let from: 'page' | 'extension-page' = 'page';
    try {
      if (request.frame()?.url().startsWith('moz-extension://')) from = 'extension-page';
    } catch {
      // no frame: judged by its URL
    }
    requests.push({ url: request.url(), from });
  };
  const isForeign = ({ url, from }: { url: string; from: string }) => {
    if (url.startsWith('moz-extension://')) return false;
    if (from !== 'page') return true;
    return !(url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'));
  };
  const self: TestBrowser = {
    name: 'firefox',
    origin,
    extensionOrigin,
    newPage: async () => {
      const page = await browser.newPage();
      page.on('request', record);
      page.on('pageerror', (error) => console.error(`[firefox page] ${(error as Error).message}`));
      return new TestPage('firefox', puppeteerPrimitives(page));
    },
    openFixture: (path) => openFixtureIn(self, path),
    openExtensionPage: (path) => openExtensionPageIn(self, path),
    get foreignRequests() {
      // The background page's requests are not reported per page over BiDi: the proxy sees them,
      // along with Firefox's own (remote settings at firefox.settings.services.mozilla.com, which
      // it polls whatever the prefs say), told apart by host.
      return [
        ...requests.filter(isForeign).map((r) => `${r.from}: ${r.url}`),
        ...proxy.seen.filter((r) => !FIREFOX_OWN.test(r)).map((r) => `left the machine: ${r}`),
      ];
    },
    proxied: proxy.seen,
    close: async () => {
      await browser.close();
      await proxy.close();
      await server?.close();
    },
  };
  return self;
}
