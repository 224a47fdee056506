/**
 * `npm run bench:page`: what Rapport's content script costs the page's main thread, measured in
 * Chromium with the Chrome DevTools Protocol on a busy feed (test/fixtures/sites/feed: thousands of
 * nodes appended while it scrolls, several Lexical composers). The same scenarios run in the same
 * session in a browser without the extension (the baseline) and one with the e2e build loaded,
 * alternating, and each figure is the median of several runs:
 *   (a) idle: 10 s with the feed growing and scrolling, nothing focused (and again after a composer
 *       was used and left), (b) typing 1,000 characters, (c) a 100,000-character paste;
 * keystroke → highlights on the X fixture (Draft.js), warm and after Chrome stopped the extension's
 * service worker (cold: worker start, engine evaluation, first review), and after a writer's pause (the
 * worker stopped, 21 s idle, then the words typed: the first key's wake-up starts the worker);
 * then the JS heap after 500 reviews (a composer opened, written in, reviewed and closed 500 times)
 * against the heap after the first 50.
 * Main-thread time is Performance.getMetrics' TaskDuration/ScriptDuration; a trace of each run
 * attributes work to Rapport (JavaScript entered from chrome-extension:// scripts) and finds the
 * longest tasks. A benchmark, not a test: it prints figures and the goals, and never fails on them.
 * Usage: npm run bench:page [-- --runs N] [--cycles N] [--only latency|memory|typing|…]
 */
import type { CDPSession, Page } from 'playwright-core';
import { composer } from '../../test/e2e/composers';
import setup from '../../test/e2e/global-setup';
import {
  type Browser,
  contentScriptOrigins,
  focusComposerRow,
  launchBrowser,
  openPage,
  serveFixtures,
} from '../../test/e2e/harness';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const RUNS = option('runs', 3);
const CYCLES = option('cycles', 500);
/** `--only memory` or `--only typing` etc.: one part of the benchmark. */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const IDLE_MS = 10_000;
const FEED_PATH = '/facebook/feed/';
const TOP_COMPOSER = '#create-post [data-lexical-editor="true"]';
const DIALOG_COMPOSER = '[role="dialog"] [data-lexical-editor="true"]';

/** A salesy post (so Rapport finds things to highlight), repeated to the wanted length. */
const POST =
  'We are excited to announce our BEST deal ever!!! Buy now and save 50% today only. ' +
  'Limited stock, so hurry and DM for pricing. Tag a friend who needs this. ' +
  'How do you plan your week? ';
const textOf = (length: number): string => POST.repeat(Math.ceil(length / POST.length)).slice(0, length);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** One measured run of a scenario. */
interface Sample {
  /** Main-thread task time (Performance.getMetrics TaskDuration delta), ms. */
  taskMs: number;
  /** JavaScript time (ScriptDuration delta), ms. */
  scriptMs: number;
  /** Longest main-thread task in the trace, ms. */
  longestTaskMs: number;
  /** Time inside JavaScript entered from the extension's scripts (trace), ms. */
  rapportMs: number;
  /** Most of Rapport's own time inside one task, ms. */
  rapportLongestMs: number;
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function startTrace(session: CDPSession): Promise<void> {
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['toplevel', 'devtools.timeline', '__metadata'],
      excludedCategories: ['*'],
    },
  });
}

async function stopTrace(session: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((ok) =>
    session.once('Tracing.tracingComplete', (e: { stream?: string }) => ok(e.stream ?? '')),
  );
  await session.send('Tracing.end');
  const handle = await complete;
  let json = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle, size: 1 << 22 });
    json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  const parsed = JSON.parse(json) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Length of the union of intervals, so nested calls are not counted twice. */
function unionLength(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of intervals) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

const isTask = (e: TraceEvent): boolean =>
  e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');

/** Longest task, Rapport's total time and its most in one task, on the page's renderer main thread. */
function analyseTrace(
  events: TraceEvent[],
): Pick<Sample, 'longestTaskMs' | 'rapportMs' | 'rapportLongestMs'> {
  // The page's renderer main thread: the busiest CrRendererMain (the other one is the extension's worker).
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const busy = (t: TraceEvent) =>
    events
      .filter((e) => e.pid === t.pid && e.tid === t.tid && isTask(e))
      .reduce((n, e) => n + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  if (main === undefined) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter(isTask);
  const rapport = onMain
    .filter(
      (e) =>
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
        e.args?.data?.url?.startsWith('chrome-extension://') === true,
    )
    .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]);
  let rapportLongest = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = rapport.filter(([s, e]) => s >= task.ts && e <= end);
    if (inside.length > 0) rapportLongest = Math.max(rapportLongest, unionLength(inside));
  }
  return {
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.dur ?? 0)) / 1000,
    rapportMs: unionLength(rapport) / 1000,
    rapportLongestMs: rapportLongest / 1000,
  };
}

/** Runs `act` on a page while recording metrics and a trace. */
async function measure(session: CDPSession, act: () => Promise<void>): Promise<Sample> {
  await startTrace(session);
  const before = await metrics(session);
  await act();
  const after = await metrics(session);
  const trace = analyseTrace(await stopTrace(session));
  return {
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    ...trace,
  };
}

/** A fresh feed page, settled (content script started, first layout done). */
async function openFeed(browser: Browser): Promise<{ page: Page; session: CDPSession }> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error(`[feed page] ${error.message}`));
  await page.goto(`${browser.origin}${FEED_PATH}`);
  await page.waitForFunction(() => window.__feed !== undefined);
  if (browser.extensionId !== null && (await contentScriptOrigins(page, 5000)).length === 0)
    throw new Error('the content script did not start on the feed');
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.waitForTimeout(1000);
  return { page, session };
}

type Scenario = (browser: Browser) => Promise<Sample>;

/** Loading the feed: navigation to 1.5 s after the page is ready (Rapport starts at document_idle). */
const load: Scenario = async (browser) => {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable');
  const sample = await measure(session, async () => {
    await page.goto(`${browser.origin}${FEED_PATH}`);
    await page.waitForFunction(() => window.__feed !== undefined);
    await page.waitForTimeout(1500);
  });
  await page.close();
  return sample;
};

const idle: Scenario = async (browser) => {
  const { page, session } = await openFeed(browser);
  const sample = await measure(session, async () => {
    await page.evaluate(() => window.__feed.startFeed());
    await page.waitForTimeout(IDLE_MS);
    await page.evaluate(() => window.__feed.stopFeed());
  });
  await page.close();
  return sample;
};

const idleAfterUse: Scenario = async (browser) => {
  const { page, session } = await openFeed(browser);
  await page.click(TOP_COMPOSER);
  await page.keyboard.type(POST.slice(0, 120));
  await page.waitForTimeout(500);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(1000);
  const sample = await measure(session, async () => {
    await page.evaluate(() => window.__feed.startFeed());
    await page.waitForTimeout(IDLE_MS);
    await page.evaluate(() => window.__feed.stopFeed());
  });
  await page.close();
  return sample;
};

const TYPED = textOf(1000);
const typing: Scenario = async (browser) => {
  const { page, session } = await openFeed(browser);
  await page.click(TOP_COMPOSER);
  const sample = await measure(session, async () => {
    // Bursts of 50 keystrokes with a pause after each, so reviews run while typing, as they do for people.
    for (let i = 0; i < TYPED.length; i += 50) {
      await page.keyboard.type(TYPED.slice(i, i + 50));
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(500);
  });
  const typed = await page.evaluate(() => window.__fixture.getText('post').length);
  if (typed !== TYPED.length)
    console.warn(`  (typing: the editor holds ${typed} of ${TYPED.length} characters)`);
  await page.close();
  return sample;
};

const PASTED = textOf(100_000);
const paste: Scenario = async (browser) => {
  const { page, session } = await openFeed(browser);
  await page.click(TOP_COMPOSER);
  const sample = await measure(session, async () => {
    await page.keyboard.insertText(PASTED);
    await page.waitForTimeout(2000);
  });
  await page.close();
  return sample;
};

interface MemoryPoint {
  heapMB: number;
  nodes: number;
  listeners: number;
  highlightRanges: number;
}

/** Opens, writes in, lets Rapport review and closes a composer `cycles` times; memory after 50 and after all. */
async function memory(browser: Browser, cycles: number): Promise<MemoryPoint[]> {
  const { page, session } = await openFeed(browser);
  const point = async (): Promise<MemoryPoint> => {
    await page.waitForTimeout(800); // Rapport forgets closed composers 500 ms after the DOM changes.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const m = await metrics(session);
    const highlightRanges = await page.evaluate(() =>
      [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    );
    return { heapMB: m.JSHeapUsedSize / 1e6, nodes: m.Nodes, listeners: m.JSEventListeners, highlightRanges };
  };
  const points: MemoryPoint[] = [];
  for (let i = 1; i <= cycles; i++) {
    await page.evaluate(() => window.__feed.openComposer());
    await page.click(DIALOG_COMPOSER);
    await page.keyboard.insertText(`${i}: ${POST}`);
    await page.waitForTimeout(220); // Rapport reviews 150 ms after the last input.
    await page.evaluate(() => window.__feed.closeComposer());
    if (i === Math.min(50, cycles) || i === cycles) points.push(await point());
  }
  await page.close();
  return points;
}

/** The memory lines: with Rapport and without, after 50 and after all cycles. */
function printMemory(mem: MemoryPoint[], memBase: MemoryPoint[]): void {
  const line = (label: string, p: MemoryPoint) =>
    `  ${label.padEnd(34)} heap ${p.heapMB.toFixed(2).padStart(6)} MB, ${String(p.nodes).padStart(5)} DOM nodes, ${String(p.listeners).padStart(5)} listeners, ${p.highlightRanges} highlight ranges`;
  const growth = (label: string, [a, b]: MemoryPoint[]) =>
    `  ${label.padEnd(34)} ${(b.heapMB - a.heapMB).toFixed(2).padStart(6)} MB heap, ${String(b.nodes - a.nodes).padStart(5)} nodes, ${String(b.listeners - a.listeners).padStart(5)} listeners`;
  console.log(
    `\nMemory after GC (a composer opened, written in, reviewed and closed ${CYCLES} times; same page without Rapport alongside)`,
  );
  console.log(line('with Rapport, after 50 reviews', mem[0]));
  console.log(line(`with Rapport, after ${CYCLES} reviews`, mem[1]));
  console.log(growth(`growth with Rapport (50→${CYCLES})`, mem));
  console.log(line('without, after 50 cycles', memBase[0]));
  console.log(line(`without, after ${CYCLES} cycles`, memBase[1]));
  console.log(growth(`growth without (50→${CYCLES})`, memBase));
}

/**
 * Types the last key of "Please buy now" and resolves to the ms until the hard-sell highlight shows.
 * `beforeTyping` runs once the box is cleared, `beforeLastKey` before the measured key; `delay` is
 * the ms between the keys typed before it.
 */
async function keystrokeToHighlight(
  page: Page,
  hooks: { beforeTyping?: () => Promise<void>; beforeLastKey?: () => Promise<void>; delay?: number } = {},
): Promise<number> {
  const { beforeTyping, beforeLastKey, delay = 2 } = hooks;
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) === 0);
  await beforeTyping?.();
  await page.keyboard.type('Please buy no', { delay });

  await beforeLastKey?.();
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('w');
  // A string, not a function: the CLI's transform would name the inner arrow with a helper the page lacks.
  const t1 = (await page.evaluate(`new Promise((resolve) => {
    const check = () => (CSS.highlights.get('rapport-hard-sell')?.size ?? 0) > 0
      ? resolve(performance.now())
      : requestAnimationFrame(check);
    check();
  })`)) as number;
  return t1 - t0;
}

/**
 * Keystroke → highlights, warm (`warm` times); after the service worker was stopped right before
 * the measured key (`cold` times: the worst case, the key's review starts the worker); and after a
 * writer's pause (`idle` times: the worker stopped and 21 s without a message to it, as when Chrome
 * stopped it after its 30 s idle timeout, then the words typed at 100 ms a key: the first key's
 * wake-up starts the worker while the rest are typed).
 */
async function latency(
  browser: Browser,
  warmRuns: number,
  coldRuns: number,
  idleRuns: number,
): Promise<{ warm: number[]; cold: number[]; idle: number[] }> {
  const page = await openPage(browser, 'x/');
  await focusComposerRow(page, composer('x-post'));
  const cdp = await page.context().newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith('chrome-extension://')) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  const stopWorker = async () => {
    await page.waitForTimeout(400);
    status = '';
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let t = 0; t < 100 && status !== 'stopped'; t++) await page.waitForTimeout(50);
    if (status !== 'stopped')
      throw new Error(`the service worker was ${status || 'not reported'} before typing`);
  };
  const warm: number[] = [];
  const cold: number[] = [];
  const idle: number[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await keystrokeToHighlight(page));
  for (let i = 0; i < coldRuns; i++) {
    // Clearing the box and typing the start ask for reviews, which would wake the worker: it is
    // stopped after those, so the measured keystroke is the one that starts it.
    cold.push(await keystrokeToHighlight(page, { beforeLastKey: stopWorker }));
  }
  for (let i = 0; i < idleRuns; i++) {
    idle.push(
      await keystrokeToHighlight(page, {
        beforeTyping: async () => {
          await stopWorker();
          await page.waitForTimeout(21_000);
          if (status !== 'stopped') throw new Error(`the service worker was ${status} after the pause`);
        },
        delay: 100,
      }),
    );
  }
  await cdp.detach();
  await page.close();
  return { warm, cold, idle };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n: number): string => n.toFixed(1);

async function main(): Promise<void> {
  console.log('Building the e2e extension and the fixtures if stale…');
  setup();
  const server = await serveFixtures();
  const without = await launchBrowser({ extension: false, origin: server.origin });
  const withRapport = await launchBrowser({ extension: true, origin: server.origin });
  const version = await (async () => {
    const page = await without.context.newPage();
    const v = await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?');
    await page.close();
    return v;
  })();
  try {
    const scenarios: [string, Scenario][] = [
      ['page load + content-script start-up', load],
      ['(a) idle 10 s, feed growing, nothing focused', idle],
      ['(a) idle 10 s after a composer was used', idleAfterUse],
      ['(b) typing 1,000 characters', typing],
      ['(c) paste 100,000 characters', paste],
    ];
    const results: { name: string; base: Sample[]; ext: Sample[] }[] = [];
    for (const [name, scenario] of scenarios) {
      if (ONLY !== null && !name.includes(ONLY)) continue;
      const row = { name, base: [] as Sample[], ext: [] as Sample[] };
      for (let r = 0; r < RUNS; r++) {
        // Alternate, so the machine's noise falls on both sides alike.
        row.base.push(await scenario(without));
        row.ext.push(await scenario(withRapport));
        process.stdout.write(`  ${name}: run ${r + 1}/${RUNS}\r`);
      }
      results.push(row);
    }
    const runLatency = ONLY === null || ONLY === 'latency';
    const lat = runLatency ? await latency(withRapport, 5 * RUNS, 3 * RUNS, RUNS) : null;
    const runMemory = ONLY === null || ONLY === 'memory';
    if (runMemory) console.log(`\n  memory: ${CYCLES} open/write/review/close cycles…`);
    const [mem, memBase] = runMemory
      ? await Promise.all([memory(withRapport, CYCLES), memory(without, CYCLES)])
      : [[], []];

    const m = (samples: Sample[], key: keyof Sample) => median(samples.map((s) => s[key]));
    console.log(
      `\nRapport page benchmark — busy feed fixture (Lexical composers), Chromium ${version}, median of ${RUNS} runs,` +
        `\nbaseline = the same page in the same session without the extension. Main-thread time in ms.`,
    );
    const header = [
      'scenario'.padEnd(46),
      'baseline'.padStart(9),
      'with'.padStart(9),
      'overhead'.padStart(9),
      'ratio'.padStart(7),
      'Rapport JS'.padStart(11),
      'longest task base/with'.padStart(24),
      'Rapport/task (max)'.padStart(17),
    ].join(' ');
    console.log(
      `\nTask time (Performance.getMetrics TaskDuration; Rapport JS and tasks from a trace)\n${header}`,
    );
    for (const r of results) {
      const base = m(r.base, 'taskMs');
      const ext = m(r.ext, 'taskMs');
      console.log(
        [
          r.name.padEnd(46),
          ms(base).padStart(9),
          ms(ext).padStart(9),
          ms(ext - base).padStart(9),
          `${(ext / base).toFixed(2)}×`.padStart(7),
          ms(m(r.ext, 'rapportMs')).padStart(11),
          `${ms(m(r.base, 'longestTaskMs'))} / ${ms(m(r.ext, 'longestTaskMs'))}`.padStart(24),
          `${ms(m(r.ext, 'rapportLongestMs'))} (${ms(Math.max(...r.ext.map((s) => s.rapportLongestMs)))})`.padStart(
            17,
          ),
        ].join(' '),
      );
    }
    console.log('\nScript time (ScriptDuration)');
    for (const r of results) {
      const base = m(r.base, 'scriptMs');
      const ext = m(r.ext, 'scriptMs');
      console.log(
        `${r.name.padEnd(46)} ${ms(base).padStart(9)} ${ms(ext).padStart(9)} ${ms(ext - base).padStart(9)} ${`${(ext / base).toFixed(2)}×`.padStart(7)}`,
      );
    }
    const typingRow = results.find((r) => r.name.includes('typing'));
    if (typingRow !== undefined) {
      const overhead = m(typingRow.ext, 'taskMs') - m(typingRow.base, 'taskMs');
      console.log(
        `\nPer keystroke (typing): ${(overhead / TYPED.length).toFixed(3)} ms overhead (task time), ` +
          `${(m(typingRow.ext, 'rapportMs') / TYPED.length).toFixed(3)} ms in Rapport's own JS, reviews included`,
      );
    }
    if (lat !== null) {
      const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
      console.log(
        `\nKeystroke → highlights (X fixture, the review waits for the 150 ms pause): warm median ${ms(median(lat.warm))} ms (${list(lat.warm)});` +
          ` after Chrome stopped the service worker median ${ms(median(lat.cold))} ms (${list(lat.cold)});` +
          ` after a writer's pause (worker stopped, 21 s idle, words typed at 100 ms a key) median ${ms(median(lat.idle))} ms (${list(lat.idle)})`,
      );
    }
    if (runMemory) printMemory(mem, memBase);
    console.log(
      '\nGoals: idle overhead ≈ 0 (no work when nothing changes); no task over 50 ms caused by Rapport' +
        ' ("Rapport/task" < 50); typing overhead < 1 ms per keystroke; heap flat from 50 to 500 reviews;' +
        ' keystroke → highlights warm within 10 ms of the 150 ms pause, cold median ≤ 350 ms.',
    );
    const foreign = [...without.foreignRequests, ...withRapport.foreignRequests];
    console.log(`Network requests from extension contexts or to other hosts: ${foreign.length}`);
  } finally {
    await without.close();
    await withRapport.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
