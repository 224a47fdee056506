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
import { type BrowserContext, chromium, type Page } from 'playwright-core';
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

export interface Browser {
  context: BrowserContext;
  /** Requests to anything but the fixture server, from any page, worker or extension context. */
  foreignRequests: string[];
  /** The extension's id (needs the background service worker; null without the extension). */
  extensionId: string | null;
  close(): Promise<void>;
}

/** Launches headless Chromium, with the built extension unless `extension` is false. */
export async function launchBrowser(options: { extension: boolean; origin: string }): Promise<Browser> {
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
  ];
  if (options.extension)
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 860 },
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (
      url.startsWith(options.origin) ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url.startsWith('chrome-extension://')
    )
      return;
    foreignRequests.push(url);
  });
  let extensionId: string | null = null;
  if (options.extension) {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    foreignRequests,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a fixture page and waits until its API is ready. */
export async function openFixture(browser: Browser, origin: string, site: SiteId): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error(`[${site} page] ${error.message}`));
  await page.goto(`${origin}/${site}/`);
  await page.waitForFunction(() => window.__fixture !== undefined);
  return page;
}

/** How each fixture opens its main composer and its late composer, and where they are. */
export const COMPOSERS: Record<
  SiteId,
  { open: string | null; editable: string; late: string; lateEditable: string }
> = {
  x: {
    open: null,
    editable: '[data-testid="tweetTextarea_0"] .public-DraftEditor-content',
    late: '[data-testid="reply"]',
    lateEditable: '[data-testid="tweetTextarea_1"] .public-DraftEditor-content',
  },
  linkedin: {
    open: '#start-post',
    editable: '.share-box .ql-editor',
    late: '#comment-button',
    lateEditable: '.comments-comment-box .ql-editor',
  },
  facebook: {
    open: '#whats-on-your-mind',
    editable: '[role="dialog"] [data-lexical-editor="true"]',
    late: '#comment-button',
    lateEditable: '.comment-box [data-lexical-editor="true"]',
  },
};

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
