/**
 * Editor integrity: Rapport must never change what the user's editor holds. A seeded random editing
 * session (typing with hashtags, mentions, links, accents and emoji; Backspace; arrows with and
 * without Shift; Enter; paste through a ClipboardEvent; IME composition through CDP in Chromium;
 * pauses long enough for the content script to review) runs on every composer of
 * test/e2e/composers.ts (Draft.js, Quill, Lexical, TipTap, a plain textarea; in shadow roots and
 * frames; private boxes too), in Chromium and in Firefox ESR, once without
 * the extension and once with it. Without it,
 * every step must do to the editor's own model (text and selection, read through its API) exactly
 * what the operation means; with it, every step must be identical to the run without it, and so
 * must undo, Post and focus. The content script reviews and highlights during the session.
 *
 * Seeds: RAPPORT_INTEGRITY_SEED=<n> replays one seed; RAPPORT_INTEGRITY_SEEDS=<k> runs k seeds per
 * composer (default 1). A failure names its seed and step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeded as prng } from '../../lib/cli/eval-real-metrics';
import { dispatchPaste } from '../../lib/editor/replace';
import { COMPOSERS, type Composer, focusComposer } from './composers';
import { BROWSERS, launch, type TestBrowser, type TestPage } from './driver';

// ---------------------------------------------------------------------------------------------
// The session: operations, a seeded generator, and the model of what each does to text + selection.

type Op =
  | { kind: 'type'; text: string }
  | { kind: 'backspace' }
  | { kind: 'arrow'; dir: 'left' | 'right'; shift: boolean }
  | { kind: 'enter' }
  | { kind: 'paste'; text: string }
  | { kind: 'ime'; steps: string[]; commit: string }
  | { kind: 'pause'; ms: number };

interface ModelState {
  text: string;
  anchor: number;
  focus: number;
}

// No '-', '*', digits + '.', or '[ ]': Quill turns those into lists at the start of a line.
const WORDS = [
  'hello',
  'you',
  'we',
  'team',
  'launch',
  'buy now',
  'today only',
  'thanks',
  'what do you think?',
  '#tips',
  '#rapport',
  '@ana',
  '@bo_2',
  'https://example.com/a',
  'café',
  'naïve',
  '😀',
  '🚀',
  '!',
  '?',
  ',',
  '.',
];
const PASTES = ['pasted words', 'Link in bio!', 'two\nlines', 'ünïcödé 🚀 ok'];
const IME = [
  { steps: ['n', 'に', 'にほ', 'にほん'], commit: '日本' },
  { steps: ['k', 'か'], commit: '家' },
  { steps: ['´', 'é'], commit: 'é' },
];

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** One caret step over a code point (emoji are two UTF-16 units). */
function step(text: string, at: number, dir: -1 | 1): number {
  if (dir < 0) {
    if (at <= 0) return 0;
    return at >= 2 && isLow(text.charCodeAt(at - 1)) && isHigh(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  }
  if (at >= text.length) return text.length;
  return isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
}

function replaceSelection(s: ModelState, insert: string): ModelState {
  const start = Math.min(s.anchor, s.focus);
  const end = Math.max(s.anchor, s.focus);
  const caret = start + insert.length;
  return { text: s.text.slice(0, start) + insert + s.text.slice(end), anchor: caret, focus: caret };
}

/** What an operation does, as any plain-text editor should do it. */
function apply(s: ModelState, op: Op): ModelState {
  switch (op.kind) {
    case 'type':
    case 'paste':
      return replaceSelection(s, op.text);
    case 'ime':
      return replaceSelection(s, op.commit);
    case 'enter':
      return replaceSelection(s, '\n');
    case 'backspace': {
      if (s.anchor !== s.focus) return replaceSelection(s, '');
      const from = step(s.text, s.focus, -1);
      return { text: s.text.slice(0, from) + s.text.slice(s.focus), anchor: from, focus: from };
    }
    case 'arrow': {
      const dir = op.dir === 'left' ? -1 : 1;
      if (op.shift) return { ...s, focus: step(s.text, s.focus, dir) };
      if (s.anchor !== s.focus) {
        const edge = dir < 0 ? Math.min(s.anchor, s.focus) : Math.max(s.anchor, s.focus);
        return { ...s, anchor: edge, focus: edge };
      }
      const at = step(s.text, s.focus, dir);
      return { ...s, anchor: at, focus: at };
    }
    case 'pause':
      return s;
  }
}

/**
 * A seeded session of `length` operations, kept under X's 280 characters. Without `ime` (a driver
 * that cannot compose: WebDriver BiDi has no IME input) a paste takes each composition's place.
 */
function session(seed: number, length: number, { ime }: { ime: boolean }): Op[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const ops: Op[] = [];
  let s: ModelState = { text: '', anchor: 0, focus: 0 };
  while (ops.length < length) {
    const r = rand();
    const long = s.text.length > 180;
    let op: Op;
    if (s.text.length === 0 || (!long && r < 0.4)) {
      const words = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(WORDS));
      op = { kind: 'type', text: `${rand() < 0.5 ? ' ' : ''}${words.join(' ')}` };
    } else if (r < 0.55 || long) op = { kind: 'backspace' };
    else if (r < 0.78) op = { kind: 'arrow', dir: rand() < 0.6 ? 'left' : 'right', shift: rand() < 0.35 };
    else if (r < 0.83) op = { kind: 'enter' };
    else if (r < 0.9) op = { kind: 'paste', text: pick(PASTES) };
    else if (r < 0.95) op = ime ? { kind: 'ime', ...pick(IME) } : { kind: 'paste', text: pick(PASTES) };
    else op = { kind: 'pause', ms: 200 };
    ops.push(op);
    s = apply(s, op);
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------
// Running a session in a page.

interface Snapshot {
  step: string;
  text: string;
  selection: { anchor: number; focus: number } | null;
}

async function perform(page: TestPage, op: Op): Promise<void> {
  switch (op.kind) {
    case 'type':
      await page.type(op.text);
      return;
    case 'backspace':
      await page.press('Backspace');
      return;
    case 'arrow':
      await page.press(`${op.shift ? 'Shift+' : ''}${op.dir === 'left' ? 'ArrowLeft' : 'ArrowRight'}`);
      return;
    case 'enter':
      await page.press('Enter');
      return;
    case 'paste':
      // The content script's own synthetic paste (its Apply fallback), on the focused element.
      await page.runOnFocused(dispatchPaste, op.text);
      return;
    case 'ime':
      if (page.ime === null) throw new Error(`${page.browser} cannot compose (no IME input)`);
      await page.ime(op.steps, op.commit);
      // Draft.js resolves a composition 20 ms after compositionend.
      await page.wait(50);
      return;
    case 'pause':
      await page.wait(op.ms);
      return;
  }
}

async function snapshot(page: TestPage, id: string, stepName: string): Promise<Snapshot> {
  // A frame and a task: lets every editor (Lexical commits in a microtask, Draft.js on React's schedule) settle.
  await page.settle();
  return { step: stepName, text: await page.editorText(id), selection: await page.editorSelection(id) };
}

const describeOp = (op: Op): string => `${op.kind} ${JSON.stringify(op).slice(0, 60)}`;

interface RunResult {
  trace: Snapshot[];
  afterUndo: string;
  posted: string[];
  focusKept: boolean;
  highlights: number;
  /** Whether Rapport's UI host was in the page (its content script ran and found the composer). */
  uiMounted: boolean;
}

/** Opens a composer, runs the session, then the undo and Post checks; returns what the editor saw. */
async function runSession(browser: TestBrowser, c: Composer, ops: Op[]): Promise<RunResult> {
  const page = await browser.openFixture(c.fixture);
  try {
    const id = c.editorId;
    await focusComposer(page, c);
    const trace: Snapshot[] = [await snapshot(page, id, 'start')];
    for (const [i, op] of ops.entries()) {
      await perform(page, op);
      trace.push(await snapshot(page, id, `#${i} ${describeOp(op)}`));
    }
    // Long enough for the content script's review (150 ms idle) and its highlights.
    await page.wait(400);
    trace.push(await snapshot(page, id, 'after review'));
    const focusKept = await page.hasFocus(c.editable);
    const highlights = await page.evaluate(() => CSS.highlights.size);
    // Rapport's UI host, in the page or in the editor's frame.
    const uiMounted = (await page.rapportTraces(c.editable)).uiHosts > 0;

    // Undo: a new burst after the editors' 1 s merge window and a caret move, then Ctrl+Z.
    const before = trace[trace.length - 1].text;
    await page.wait(1100);
    const { focus } = trace[trace.length - 1].selection ?? { focus: 0 };
    if (focus > 0) await page.press('ArrowLeft');
    else await page.press('ArrowRight');
    await page.press('Control+End');
    await page.wait(50); // the editor sees the caret move (selectionchange is a task later)
    await page.type(' undo me');
    await page.settle();
    const typed = await page.editorText(id);
    await page.press('Control+z');
    let afterUndo = await page.editorText(id);
    for (let tries = 0; afterUndo !== before && tries < 10; tries++) {
      await page.settle();
      afterUndo = await page.editorText(id);
    }
    if (typed === before) throw new Error('the undo burst did not reach the editor');

    // (Empty: the button is disabled. A hidden decoy has no button.)
    if (afterUndo !== '' && c.post !== null) await page.click(c.post);
    const posted = await page.evaluate(() => [...window.__posted]);
    return {
      trace,
      afterUndo: afterUndo === before ? 'restored' : afterUndo,
      posted,
      focusKept,
      highlights,
      uiMounted,
    };
  } finally {
    await page.close();
  }
}

function seedsFor(index: number): number[] {
  const fixed = process.env.RAPPORT_INTEGRITY_SEED;
  if (fixed !== undefined) return [Number(fixed)];
  const count = Number(process.env.RAPPORT_INTEGRITY_SEEDS ?? '1');
  return Array.from({ length: count }, (_, k) => 1000 * (k + 1) + index);
}

// ---------------------------------------------------------------------------------------------

describe.each(BROWSERS)('%s: editor integrity with and without Rapport', (name) => {
  let plain: TestBrowser;
  let withExtension: TestBrowser;

  beforeAll(async () => {
    plain = await launch(name, { extension: false });
    withExtension = await launch(name, { extension: true, origin: plain.origin });
  });
  afterAll(async () => {
    await withExtension?.close();
    await plain?.close();
  });

  const CASES = COMPOSERS.flatMap((c, index) => seedsFor(index).map((seed) => ({ c, id: c.id, seed })));
  // Firefox is driven over WebDriver BiDi, which has no IME composition input: its sessions have a
  // paste where Chromium's have a composition (same seeds, otherwise the same operations).
  const ime = name === 'chromium';

  it.each(CASES)(
    `$id, seed $seed${ime ? '' : ' (no IME steps: BiDi has no composition input)'}`,
    async ({ c, seed }) => {
      const ops = session(seed, 60, { ime });
      const baseline = await runSession(plain, c, ops);
      // Without Rapport, each step does to the editor's model exactly what the operation means,
      // starting from what the editor held before it (so one native caret quirk cannot cascade).
      for (const [i, op] of ops.entries()) {
        const before = baseline.trace[i];
        const after = baseline.trace[i + 1];
        const where = `seed ${seed}, ${after.step}, from ${JSON.stringify(before)}`;
        expect(before.selection, where).not.toBeNull();
        const want = apply({ text: before.text, ...(before.selection ?? { anchor: 0, focus: 0 }) }, op);
        if (op.kind === 'arrow' && !op.shift && before.selection?.anchor !== before.selection?.focus) {
          // Collapsing a range: the browser may put the caret on the next line at a line end; only
          // require an unchanged text and a collapsed caret.
          expect(after.text, where).toBe(before.text);
          expect(after.selection?.anchor, where).toBe(after.selection?.focus);
        } else {
          expect(after, where).toEqual({
            step: after.step,
            text: want.text,
            selection: { anchor: want.anchor, focus: want.focus },
          });
        }
      }
      const finalText = baseline.trace[ops.length].text;

      const rapport = await runSession(withExtension, c, ops);
      // With Rapport loaded, every step is identical: text, selection (with its direction), undo, post.
      for (const [i, snap] of baseline.trace.entries())
        expect(rapport.trace[i], `seed ${seed}, with extension`).toEqual(snap);
      expect(rapport.afterUndo).toBe(baseline.afterUndo);
      expect(baseline.afterUndo).toBe('restored');
      expect(rapport.posted).toEqual(baseline.posted);
      expect(baseline.posted).toEqual(finalText === '' || c.post === null ? [] : [finalText]);
      expect(rapport.focusKept).toBe(true);
      // The extension really ran there: its UI host appears once it finds a composer it reviews.
      expect(rapport.uiMounted).toBe(c.rapport === 'reviewed');
      expect(baseline.uiMounted).toBe(false);
      expect(withExtension.foreignRequests).toEqual([]);
      console.log(
        `[integrity] ${name} ${c.id} seed ${seed}: ${ops.length} steps identical; ${rapport.highlights} Rapport highlight groups were live`,
      );
    },
  );
});
