/**
 * The brand voice the team owns, in Chromium with the built extension:
 * - sync: a profile changed in one options page shows up live in a second one and in what
 *   `chrome.storage.sync` holds (one item per profile); pre-sync `local:settings` is migrated with
 *   every profile on the next read;
 * - a real enterprise policy: before the browser starts, the test writes a Chromium managed policy
 *   (`/etc/chromium/policies/managed/<unique>.json`, `3rdparty.extensions.<id>`) for the e2e build's
 *   pinned id (its manifest `key`), then checks the options page shows the organisation's voice
 *   read-only with the invalid value named, that a post using the policy's banned phrase is flagged
 *   in a composer fixture, and that the panel names the organisation's voice. The file is removed
 *   afterwards, whatever happens. Needs root (as CI runs); skipped with a message otherwise.
 * Screenshots of the options page with a managed voice go to test/artifacts/. No network.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, focusComposer, launchBrowser, openFixture } from './harness';
import { ARTIFACTS, EXTENSION_DIR } from './paths';

type Chrome = {
  storage: Record<
    string,
    {
      get(k: string | null): Promise<Record<string, unknown>>;
      set(v: object): Promise<void>;
      remove(k: string): Promise<void>;
    }
  >;
};

const extensionPage = async (browser: Browser, path: string, viewport = { width: 1100, height: 900 }) => {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error(`[${path}] ${error.message}`));
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

/** What one storage area of the extension holds, read from one of its pages. */
const area = (page: Page, name: 'sync' | 'local' | 'managed') =>
  page.evaluate(async (n) => (globalThis as unknown as { chrome: Chrome }).chrome.storage[n].get(null), name);

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('voice profiles in sync storage', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a profile changed in one options page shows up live in another, stored as its own sync item', async () => {
    const a = await extensionPage(browser, 'options.html');
    const b = await extensionPage(browser, 'options.html');
    await a.getByRole('heading', { name: 'Brand voice' }).waitFor();
    await b.getByRole('heading', { name: 'Brand voice' }).waitFor();
    await a.bringToFront();
    await a.getByRole('button', { name: 'New' }).click();
    const name = a.getByRole('textbox', { name: 'Name', exact: true });
    await expect.poll(() => name.inputValue(), { timeout: 3000 }).toBe('Profile 2');
    await name.fill('Client B');
    await a.getByRole('button', { name: 'Add a banned phrase' }).click();
    await a.getByLabel('Banned phrase 1', { exact: true }).fill('synergy');
    await expect.poll(() => a.getByTestId('save-status').textContent()).toContain('All changes saved');

    // The other page: no reload.
    const select = b.getByRole('combobox', { name: 'Active profile' });
    await expect.poll(() => select.locator('option:checked').textContent()).toBe('Client B');
    await expect.poll(() => b.getByLabel('Banned phrase 1', { exact: true }).inputValue()).toBe('synergy');

    const sync = await area(b, 'sync');
    const profiles = Object.values(
      Object.fromEntries(Object.entries(sync).filter(([k]) => k.startsWith('profile.'))),
    ) as { id: string; voice: { name: string } }[];
    expect(profiles.map((p) => p.voice.name).sort()).toEqual(['Client B', 'Default']);
    expect(sync.prefs).toMatchObject({ activeId: profiles.find((p) => p.voice.name === 'Client B')?.id });
    // Stats stay on this device.
    expect(Object.keys(sync).some((k) => k.startsWith('stats'))).toBe(false);
    await a.close();
    await b.close();
  });

  it('migrates what an older version stored in local:settings, keeping every profile', async () => {
    const page = await extensionPage(browser, 'options.html');
    await page.getByRole('heading', { name: 'Brand voice' }).waitFor();
    await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const voice = (name: string) => ({
        name,
        formality: 'neutral',
        emoji: 'sparing',
        hashtags: { max: null },
        banned: [],
        preferred: [],
        signOff: '',
        regions: [],
        strictness: 'balanced',
        disabledRules: [],
      });
      await chrome.storage.local.set({
        settings: {
          activeId: 'profile-3',
          profiles: [
            { id: 'default', voice: voice('Old default') },
            { id: 'profile-2', voice: voice('Old client') },
            { id: 'profile-3', voice: voice('Old agency') },
          ],
          pausedSites: ['facebook'],
        },
        settings$: { v: 2 },
      });
      await chrome.storage.local.remove('settingsMigratedAt');
      // An upgrade: nothing synced yet (the profiles of the test above are gone).
      await (chrome.storage.sync as unknown as { clear(): Promise<void> }).clear();
    });
    await page.reload();
    const select = page.getByRole('combobox', { name: 'Active profile' });
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(['Old default', 'Old client', 'Old agency']);
    expect(await select.locator('option:checked').textContent()).toBe('Old agency');
    expect(await page.getByRole('switch', { name: 'Facebook' }).isChecked()).toBe(false);
    const sync = await area(page, 'sync');
    expect(Object.keys(sync).filter((k) => k.startsWith('profile.'))).toHaveLength(3);
    // Left in place for an older version; read once.
    expect((await area(page, 'local')).settingsMigratedAt).toEqual(expect.any(Number));
    await page.close();
  });

  it('sends nothing anywhere', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});

/** The extension id Chromium derives from a manifest `key`: SHA-256 of the key, first 32 hex digits as a–p. */
function extensionIdFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY = {
  voiceName: 'Acme Corp',
  formality: 'formal',
  emoji: 'lots', // invalid: reported by name in the options page, ignored
  banned: [{ phrase: 'synergy', replacement: 'working together' }],
  signOff: '— The Acme team',
  regions: ['US', 'EU'],
  disabledRules: ['urgency/caps'],
  sites: ['linkedin', 'x'],
  allowPersonalProfiles: true,
};
const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot)('a voice set by a real Chromium enterprise policy', () => {
  let browser: Browser;
  const policyFile = join(POLICY_DIR, `rapport-e2e-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  let id: string;

  beforeAll(async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.key, 'the e2e build pins its id with a manifest key').toEqual(expect.any(String));
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    id = extensionIdFromKey(manifest.key);
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }));
    browser = await launchBrowser({ extension: true });
  });
  afterAll(async () => {
    rmSync(policyFile, { force: true });
    await browser?.close();
  });

  it('runs the build under the pinned id, and Chromium hands the policy to it as managed storage', async () => {
    expect(browser.extensionId).toBe(id);
    const page = await extensionPage(browser, 'popup.html', { width: 380, height: 600 });
    // Chromium drops nothing here: every value has the type the schema declares.
    expect(await area(page, 'managed')).toEqual(POLICY);
    await page.close();
  });

  it('the options page shows the organisation’s voice first, active, read-only, with the invalid value named', async () => {
    const page = await extensionPage(browser, 'options.html');
    const card = page.getByTestId('organisation');
    await expect.poll(() => card.textContent()).toContain('Acme Corp');
    expect(await card.textContent()).toContain('Set by your organisation');
    expect(await card.textContent()).toContain('This voice is active');
    expect(await page.getByTestId('policy-problems').getByRole('listitem').allTextContents()).toEqual([
      'emoji must be one of "none", "sparing", "free"',
    ]);
    const select = page.getByRole('combobox', { name: 'Active profile' });
    expect(await select.locator('option:checked').textContent()).toBe('Acme Corp — set by your organisation');
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    expect(await name.inputValue()).toBe('Acme Corp');
    expect(await name.isEditable()).toBe(false);
    expect(await page.getByLabel('Banned phrase 1', { exact: true }).inputValue()).toBe('synergy');
    expect(await page.getByLabel('Banned phrase 1', { exact: true }).isEditable()).toBe(false);
    expect(await page.getByRole('switch', { name: /^Facebook/ }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: /^Facebook/ }).isEnabled()).toBe(false);
    // The sync area holds nothing of the organisation's voice: it is the policy's, not the user's.
    expect(JSON.stringify(await area(page, 'sync'))).not.toContain('Acme Corp');
    await shoot(page, 'options-managed');
    await page.close();
  });

  it('a post with the policy’s banned phrase is flagged in a composer, and the panel names the organisation’s voice', async () => {
    const page = await openFixture(browser, 'linkedin');
    await focusComposer(page, 'linkedin');
    await page.keyboard.type('What does synergy mean for your team this quarter?', { delay: 2 });
    await page.waitForFunction(() => (CSS.highlights.get('rapport-voice')?.size ?? 0) > 0, null, {
      timeout: 5000,
    });
    const flagged = await page.evaluate(() =>
      [...(CSS.highlights.get('rapport-voice') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(flagged).toContain('synergy');
    await page.locator('rapport-ui .badge').click();
    const voice = page.locator('rapport-ui [data-testid="panel-voice"]');
    await expect
      .poll(() => voice.textContent())
      .toBe('Reviewed against “Acme Corp”, set by your organisation');
    expect(await page.locator('rapport-ui .panel').textContent()).toContain('synergy');
    await page.screenshot({ path: join(ARTIFACTS, 'panel-managed.png') });
    await page.close();
  });

  it('sends nothing anywhere', () => {
    expect(browser.foreignRequests).toEqual([]);
  });
});
