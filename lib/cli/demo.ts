/**
 * `npm run demo`: builds the extension (e2e mode, so it also runs on the loopback fixtures), serves
 * the three composer fixtures (Draft.js for X, Quill for LinkedIn, Lexical for Facebook) on
 * 127.0.0.1, opens Chromium with the extension loaded and types the bundled sample post into each
 * composer. With a display the browser stays open until you close it; without one it runs
 * headless, saves a screenshot of the panel on each composer and prints their paths and the review.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import buildForTests from '../../test/e2e/global-setup';
import {
  focusComposer,
  launchBrowser,
  openFixture,
  type SiteId,
  screenshot,
  serveFixtures,
} from '../../test/e2e/harness';
import { review } from '../analysis/index';
import { formatReview } from './format';

const SITES: readonly SiteId[] = ['x', 'linkedin', 'facebook'];
const sample = readFileSync(resolve(import.meta.dirname, '../../assets/sample-post.txt'), 'utf8').trim();
const headed = process.env.DISPLAY !== undefined && process.env.DISPLAY !== '' && process.env.CI !== 'true';

console.log('Building the extension and the composer fixtures…');
buildForTests();
const server = await serveFixtures();
const browser = await launchBrowser({ extension: true, origin: server.origin, headless: !headed });
const shots: string[] = [];
for (const site of SITES) {
  const page = await openFixture(browser, site);
  await focusComposer(page, site);
  // X counts 280 weighted characters: its composer gets the first sentences only.
  const text =
    site === 'x'
      ? sample
          .split(/(?<=[.!?])\s+/)
          .slice(0, 3)
          .join(' ')
      : sample;
  await page.keyboard.type(text, { delay: headed ? 15 : 0 });
  await page.waitForSelector('rapport-ui .badge', { timeout: 10_000 });
  await page.locator('rapport-ui .badge').click();
  await page.waitForSelector('rapport-ui .panel');
  if (!headed) shots.push(await screenshot(page, `demo-${site}`));
}
console.log(`\nSample post (LinkedIn), as the panel reviews it:\n\n  ${sample}\n`);
console.log(formatReview(sample, review(sample, { platform: 'linkedin' }), process.stdout.isTTY === true));
if (headed) {
  console.log(
    `\nChromium is open on ${server.origin}/x/, /linkedin/ and /facebook/. Close it to end the demo.`,
  );
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  console.log('\nNo display: ran headless. Screenshots of the panel on each composer:');
  for (const path of shots) console.log(`  ${path}`);
}
await browser.close();
await server.close();
