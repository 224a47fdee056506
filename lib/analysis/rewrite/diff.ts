/**
 * Word-level diff of a suggestion's preview against the current text, computed in the engine so
 * that the panel only renders it (the content script carries no diff library).
 */
import type { Change } from '../types';

// Words (with inner apostrophes, dots and slashes, so URLs and "10,000+" stay whole), runs of
// whitespace, and single punctuation marks.
const TOKEN =
  /\s+|[\p{L}\p{N}@#$£€¥₹_][\p{L}\p{N}'’_@#$%+&=?/.,:~-]*[\p{L}\p{N}_%+/]|[\p{L}\p{N}@#$£€¥₹_]|[^\s]/gu;
const MAX_CELLS = 400_000;

/** Splits a text into diff tokens; joining them gives the text back. */
export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The word-level changes that turn `before` into `after`: same, removed and added runs, in order. */
export function diffWords(before: string, after: string): Change[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const raw: Change[] = [];
  if (pre > 0) raw.push({ type: 'same', text: a.slice(0, pre).join('') });
  raw.push(...(midA.length * midB.length > MAX_CELLS ? coarse(midA, midB) : lcs(midA, midB)));
  if (suf > 0) raw.push({ type: 'same', text: a.slice(a.length - suf).join('') });
  return tidy(raw);
}

function coarse(a: string[], b: string[]): Change[] {
  const out: Change[] = [];
  if (a.length > 0) out.push({ type: 'removed', text: a.join('') });
  if (b.length > 0) out.push({ type: 'added', text: b.join('') });
  return out;
}

function lcs(a: string[], b: string[]): Change[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out: Change[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ type: 'same', text: a[i] });
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1])
      out.push({ type: 'removed', text: a[i++] });
    else out.push({ type: 'added', text: b[j++] });
  }
  while (i < n) out.push({ type: 'removed', text: a[i++] });
  while (j < m) out.push({ type: 'added', text: b[j++] });
  return out;
}

/**
 * Groups the token changes into readable hunks: a lone space (or a lone shared punctuation mark)
 * between two changes joins the change, and each hunk reads removed-then-added.
 */
function tidy(raw: Change[]): Change[] {
  const out: Change[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed !== '') out.push({ type: 'removed', text: removed });
    if (added !== '') out.push({ type: 'added', text: added });
    removed = '';
    added = '';
  };
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (c.type === 'removed') removed += c.text;
    else if (c.type === 'added') added += c.text;
    else {
      const inHunk = removed !== '' || added !== '';
      const nextChanged = raw[k + 1] !== undefined && raw[k + 1].type !== 'same';
      if (inHunk && nextChanged && /^\s+$/.test(c.text)) {
        removed += c.text;
        added += c.text;
        continue;
      }
      flush();
      const last = out[out.length - 1];
      if (last?.type === 'same') last.text += c.text;
      else out.push({ type: 'same', text: c.text });
    }
  }
  flush();
  return out;
}

/**
 * The changes with long unchanged runs cut down to a few words of context on each side, for showing
 * a single edit as its changed phrase in context. Cut runs become "…".
 */
export function changesInContext(changes: readonly Change[], words = 5): Change[] {
  return changes.map((c, i) => {
    if (c.type !== 'same') return c;
    const tokens = c.text.split(/(\s+)/);
    const keep = words * 2;
    const first = i === 0;
    const last = i === changes.length - 1;
    if (tokens.length <= keep * (first || last ? 1 : 2) + 1) return c;
    if (first) return { type: 'same', text: `…${tokens.slice(-keep).join('')}` };
    if (last) return { type: 'same', text: `${tokens.slice(0, keep).join('')}…` };
    return { type: 'same', text: `${tokens.slice(0, keep).join('')}…${tokens.slice(-keep).join('')}` };
  });
}
