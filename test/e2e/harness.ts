/**
 * End-to-end harness: serves the fixture sites on 127.0.0.1, launches Debian Chromium with the
 * built extension loaded (or without it, for baselines), and records every network request that
 * is not to the fixture server, so tests can prove the extension sends nothing anywhere.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { composer } from './composers';
import { ARTIFACTS, EXTENSION_DIR, FIXTURES_DIST } from './paths';

export type SiteId = 'x' | 'linkedin' | 'facebook';

const CHROMIUM =
  ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the built fixtures on a random loopback port. */
export async function serveFixtures(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    // The browser's own favicon request: no page asks for one (a 404 would be a console error).
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = join(FIXTURES_DIST, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(FIXTURES_DIST) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Where a request came from: a web page (and its content scripts), an extension page, or the extension's service worker. */
export type RequestSource = 'page' | 'extension-page' | 'service-worker';

/** One request seen by the browser context. */
export interface RecordedRequest {
  url: string;
  from: RequestSource;
}

export interface Browser {
  context: BrowserContext;
  /** The fixture server's origin (`http://127.0.0.1:PORT`). */
  origin: string;
  /** Every request from every page, extension page and service worker, in order. */
  requests: RecordedRequest[];
  /**
   * The requests Rapport must never make (tests assert this is empty): anything from the extension's
   * service worker or its pages other than packaged files, and anything from a page (or a content
   * script in it) to somewhere other than the fixture server, `data:`/`blob:` or the extension package.
   */
  readonly foreignRequests: string[];
  /**
   * What reached the blocking proxy: requests that would have left the machine, from any context,
   * including Chromium's own (accounts.google.com, update.googleapis.com). Nothing gets through;
   * informational, since the browser's own traffic cannot be attributed.
   */
  proxied: string[];
  /** The extension's id, read from its background service worker; null without the extension. */
  extensionId: string | null;
  close(): Promise<void>;
}

/**
 * A local proxy every non-loopback request is sent to (Chromium never proxies loopback): it records
 * the request and refuses it, so no test ever reaches the network.
 */
export async function blockingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const { port } = proxy.address() as AddressInfo;
  return {
    port,
    seen,
    close: () =>
      new Promise((ok) => {
        proxy.closeAllConnections();
        proxy.close(() => ok());
      }),
  };
}

function sourceOf(request: Request): RequestSource {
  if (request.serviceWorker() !== null) return 'service-worker';
  try {
    return request.frame().url().startsWith('chrome-extension://') ? 'extension-page' : 'page';
  } catch {
    return 'page'; // a request without a frame (e.g. a dedicated worker's): judged by its URL
  }
}

/**
 * Launches headless Chromium (the new headless mode, which runs extensions), with the built
 * extension unless `extension` is false. Starts its own fixture server unless `origin` is given.
 * Resolves once the extension's service worker runs, so `extensionId` is set.
 */
export async function launchBrowser(options: {
  extension: boolean;
  origin?: string;
  /** Default true; the demo shows a window when there is a display. */
  headless?: boolean;
}): Promise<Browser> {
  const server = options.origin === undefined ? await serveFixtures() : null;
  const origin = options.origin ?? (server as { origin: string }).origin;
  const proxy = await blockingProxy();
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    `--proxy-server=http://127.0.0.1:${proxy.port}`,
  ];
  if (options.extension)
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 860 },
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => requests.push({ url: request.url(), from: sourceOf(request) }));
  let extensionId: string | null = null;
  if (options.extension) {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 10_000,
      }));
    extensionId = new URL(worker.url()).host;
  }
  const isForeign = ({ url, from }: RecordedRequest): boolean => {
    // The extension's own packaged files (its static id, or the per-session id of resources with
    // `use_dynamic_url`, such as the content script's CSS) never leave the machine.
    if (url.startsWith('chrome-extension://')) return false;
    if (from !== 'page') return true;
    return !(url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'));
  };
  return {
    context,
    origin,
    requests,
    get foreignRequests() {
      return requests.filter(isForeign).map((r) => `${r.from}: ${r.url}`);
    },
    proxied: proxy.seen,
    extensionId,
    close: async () => {
      await context.close();
      await proxy.close();
      await server?.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a fixture page and waits until its `window.__fixture` API is ready.
 * `openFixture(browser, 'x')` uses the browser's fixture server; the three-argument form names another.
 */
export async function openFixture(browser: Browser, site: SiteId): Promise<Page>;
export async function openFixture(browser: Browser, origin: string, site: SiteId): Promise<Page>;
export async function openFixture(browser: Browser, a: string, b?: SiteId): Promise<Page> {
  const [origin, site] = b === undefined ? [browser.origin, a as SiteId] : [a, b];
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error(`[${site} page] ${error.message}`));
  await page.goto(`${origin}/${site}/`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

/**
 * The origins of the extension worlds (isolated worlds of content scripts) running in a page's main
 * frame, e.g. `['chrome-extension://<id>']`: proof that the content script was injected, whatever
 * it shows. Content scripts run at document_idle, so this waits up to `timeoutMs` for one.
 */
export async function contentScriptOrigins(page: Page, timeoutMs = 3000): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const origins = new Set<string>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) origins.add(context.origin);
  });
  try {
    await session.send('Runtime.enable'); // reports the existing contexts first
    const deadline = Date.now() + timeoutMs;
    while (origins.size === 0 && Date.now() < deadline) await page.waitForTimeout(50);
    return [...origins];
  } finally {
    await session.detach();
  }
}

/** How each fixture opens its main composer and its late composer, and where they are. */
export const COMPOSERS: Record<
  SiteId,
  { open: string | null; editable: string; late: string; lateEditable: string }
> = {
  x: classicPair('x-post', 'x-reply'),
  linkedin: classicPair('linkedin-post', 'linkedin-comment'),
  facebook: classicPair('facebook-post', 'facebook-comment'),
};

/** A classic fixture's main and late composer, as Playwright selectors, from the composers table. */
function classicPair(main: string, late: string) {
  const m = composer(main);
  const l = composer(late);
  if (l.open === null) throw new Error(`composer row ${late} has no opener`);
  return {
    open: m.open === null ? null : playwrightSelector(m.open),
    editable: playwrightSelector(m.editable),
    late: playwrightSelector(l.open),
    lateEditable: playwrightSelector(l.editable),
  };
}

/** Opens a page of the fixture server (e.g. 'linkedin/interop/') and waits for its `window.__fixture`. */
export async function openPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error(`[${path} page] ${error.message}`));
  await page.goto(`${browser.origin}/${path}`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

/** A composers-table target as a Playwright selector (its CSS reaches into open shadow roots). */
export function playwrightSelector(target: string | { host: string; selector: string }): string {
  return typeof target === 'string' ? target : `${target.host} ${target.selector}`;
}

/** Opens (if needed) and focuses a composer of test/e2e/composers.ts on a page already at its fixture. */
export async function focusComposerRow(
  page: Page,
  row: {
    open: string | { host: string; selector: string } | null;
    editable: string | { host: string; selector: string };
  },
): Promise<string> {
  const editable = playwrightSelector(row.editable);
  if (row.open !== null && (await page.$(editable)) === null) await page.click(playwrightSelector(row.open));
  await page.waitForSelector(editable);
  await page.click(editable);
  return editable;
}

/** Opens (if needed) and focuses the main composer of a fixture; returns its selector. */
export async function focusComposer(page: Page, site: SiteId): Promise<string> {
  const c = COMPOSERS[site];
  if (c.open !== null) await page.click(c.open);
  await page.waitForSelector(c.editable);
  await page.click(c.editable);
  return c.editable;
}

/** The editor's own view of its text (Draft/Quill/Lexical API). */
export function editorText(page: Page, id: string): Promise<string> {
  return page.evaluate((editorId) => window.__fixture.getText(editorId), id);
}

/** The editor's own view of its selection. */
export function editorSelection(page: Page, id: string): Promise<{ anchor: number; focus: number } | null> {
  return page.evaluate((editorId) => window.__fixture.getSelection(editorId), id);
}

/** Saves a screenshot under test/artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
