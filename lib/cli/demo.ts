/**
 * `npm run demo`: the review of a bundled sample post, as the engine sees it. (The in-page demo,
 * with the extension loaded in Chromium on the composer fixtures, replaces this once it lands.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { review } from '../analysis/index';
import { formatReview } from './format';

const sample = readFileSync(resolve(import.meta.dirname, '../../assets/sample-post.txt'), 'utf8').trim();
console.log(`Sample post (LinkedIn):\n\n  ${sample}\n`);
console.log(formatReview(sample, review(sample, { platform: 'linkedin' }), process.stdout.isTTY === true));
