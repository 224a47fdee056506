/**
 * Applies a suggestion through the editor's own input path: select the range, let the editor see
 * the selection change (a frame and a task), then `execCommand('insertText')`, which Draft.js,
 * Quill and Lexical all handle as typing, so their state, counters and undo follow. The result is
 * verified against the expected text; a synthetic paste is the fallback.
 */
import type { TextEdit } from '../analysis/types';
import { readText, readTextMap, textToRange } from './text';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const settle = async () => {
  await frame();
  await task();
};

/** Shrinks an edit to the part that really changes (keeps the edit inside one styled piece where it can). */
export function minimalEdit(text: string, edit: TextEdit): TextEdit {
  const old = text.slice(edit.start, edit.end);
  let prefix = 0;
  while (prefix < old.length && prefix < edit.insert.length && old[prefix] === edit.insert[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < edit.insert.length - prefix &&
    old[old.length - 1 - suffix] === edit.insert[edit.insert.length - 1 - suffix]
  ) {
    suffix++;
  }
  return {
    start: edit.start + prefix,
    end: edit.end - suffix,
    insert: edit.insert.slice(prefix, edit.insert.length - suffix),
  };
}

async function select(root: HTMLElement, start: number, end: number): Promise<boolean> {
  const range = textToRange(readTextMap(root), start, end);
  const selection = root.ownerDocument.getSelection();
  if (range === null || selection === null) return false;
  root.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  await settle();
  return true;
}

/**
 * Dispatches a paste of `text` at `target`, which the editors handle through their paste path.
 * Firefox ignores the `clipboardData` given to the ClipboardEvent constructor (the event gets an
 * empty DataTransfer of its own), but lets a script fill that one: so the data is set on the
 * event's own `clipboardData` when it did not arrive. `html`, when given, goes along as text/html.
 * Self-contained (tests run it in a page).
 */
export function dispatchPaste(target: HTMLElement, text: string, html?: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (html !== undefined) data.setData('text/html', html);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (event.clipboardData !== null && event.clipboardData.getData('text/plain') !== text) {
    event.clipboardData.setData('text/plain', text);
    if (html !== undefined) event.clipboardData.setData('text/html', html);
  }
  target.dispatchEvent(event);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/**
 * Lines as HTML paragraphs, an empty line as an empty paragraph: ProseMirror's plain-text paste
 * merges runs of newlines into one paragraph break, its HTML paste keeps empty paragraphs. The text
 * is escaped: it is only ever data for the editor's own parser, never markup of ours.
 */
export function linesAsParagraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${line.replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch])}</p>`)
    .join('');
}

/**
 * Replaces `[start, end)` of the composer's text by `insert`, as the user would. Resolves to true
 * when the composer's text is then `expected`.
 */
export async function applyEdit(root: HTMLElement, edit: TextEdit, expected: string): Promise<boolean> {
  const before = readText(root);
  const { start, end, insert } = minimalEdit(before, edit);
  if (!(await select(root, start, end))) return false;
  const doc = root.ownerDocument;
  const pasteFirst = prefersPaste(root, insert);
  if (insert.length === 0) doc.execCommand('delete', false);
  else if (pasteFirst) dispatchPaste(root, insert, pasteHtml(root, insert));
  else doc.execCommand('insertText', false, insert);
  await settle();
  if (readText(root) === expected) return true;
  if (readText(root) !== before) return false; // something happened, but not what we meant: do not stack another try on it
  // Fallback: the other input path.
  if (!(await select(root, start, end))) return false;
  if (pasteFirst) doc.execCommand('insertText', false, insert);
  else dispatchPaste(root, insert, pasteHtml(root, insert));
  await settle();
  return readText(root) === expected;
}

/** The HTML that goes with a multi-line paste into ProseMirror (TipTap), so its blank lines stay. */
function pasteHtml(root: HTMLElement, insert: string): string | undefined {
  return insert.includes('\n') && root.classList.contains('ProseMirror')
    ? linesAsParagraphs(insert)
    : undefined;
}

/**
 * Whether an insert goes through the editor's paste path first: text across lines (the editors
 * split a paste into their own paragraphs; `insertText` of "\n" is an Enter that Draft.js, for
 * one, drops) except into Quill, and any insert into Draft.js (X), whose model and DOM drift apart after an
 * `insertText` over a selection it re-renders, so that a later Ctrl+Z restores the model but not the
 * screen; its paste handler edits the model itself).
 */
function prefersPaste(root: HTMLElement, insert: string): boolean {
  if (root.classList.contains('public-DraftEditor-content')) return true;
  // Quill takes lines from `insertText` as its own; its paste handler, fed a synthetic paste in
  // Firefox, has been seen to drop the text (the selection deleted, nothing inserted).
  return insert.includes('\n') && !root.classList.contains('ql-editor');
}
