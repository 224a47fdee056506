/**
 * The composer's plain text as its editor sees it, and the mapping between text offsets and DOM
 * positions, for Draft.js (X), Quill (LinkedIn) and Lexical (Facebook). Read-only: it never
 * changes the editor's DOM.
 *
 * Blocks (div, p, li…) become lines joined by "\n"; a <br> is a line break unless it is the
 * placeholder that keeps an empty line open (nothing follows it in its block); zero-width
 * characters the editors use as caret anchors are kept, since the editors keep them too.
 */

const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
]);

interface Piece {
  node: Text;
  start: number;
}

/** A snapshot of a composer's text with the text nodes it came from. */
export interface TextMap {
  text: string;
  pieces: Piece[];
}

/** Reads a composer's text and where each part of it lives in the DOM. */
export function readTextMap(root: HTMLElement): TextMap {
  let text = '';
  const pieces: Piece[] = [];
  let lineOpen = false;
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        pieces.push({ node: node as Text, start: text.length });
        text += data;
        lineOpen = true;
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.getAttribute('contenteditable') === 'false' && el !== root) return;
    if (el.tagName === 'BR') {
      if (!isPlaceholderBreak(el, root)) text += '\n';
      lineOpen = true;
      return;
    }
    const block = el !== root && BLOCK.has(el.tagName);
    if (block && lineOpen) {
      text += '\n';
      lineOpen = false;
    }
    for (let child = el.firstChild; child !== null; child = child.nextSibling) visit(child);
    if (block) lineOpen = true;
  };
  visit(root);
  return { text, pieces };
}

/** The composer's plain text. */
export function readText(root: HTMLElement): string {
  return readTextMap(root).text;
}

function isPlaceholderBreak(br: Element, root: HTMLElement): boolean {
  // A <br> is a placeholder when no text or other <br> follows it inside its block.
  let node: Node | null = br;
  while (node !== null && node !== root) {
    for (let next = node.nextSibling; next !== null; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE && (next as Text).data.length > 0) return false;
      if (next.nodeType === Node.ELEMENT_NODE) {
        const el = next as Element;
        if (BLOCK.has(el.tagName)) return true;
        if (el.tagName === 'BR' || (el.textContent ?? '').length > 0) return false;
      }
    }
    node = node.parentNode;
    if (node !== null && node.nodeType === Node.ELEMENT_NODE && BLOCK.has((node as Element).tagName))
      return true;
  }
  return true;
}

/**
 * The DOM position of a text offset. At a boundary between two text nodes, `bias` picks the end
 * of the previous node ('backward', for range ends) or the start of the next ('forward', for
 * range starts), so that a range stays inside one styled piece where it can.
 */
export function offsetToPoint(
  map: TextMap,
  offset: number,
  bias: 'forward' | 'backward',
): { node: Text; offset: number } | null {
  const { pieces } = map;
  if (pieces.length === 0) return null;
  let candidate: { node: Text; offset: number } | null = null;
  for (const p of pieces) {
    const end = p.start + p.node.data.length;
    if (offset > p.start && offset < end) return { node: p.node, offset: offset - p.start };
    if (offset === p.start && bias === 'forward') return { node: p.node, offset: 0 };
    if (offset === end) {
      candidate = { node: p.node, offset: p.node.data.length };
      if (bias === 'backward') return candidate;
    }
    if (p.start > offset) return candidate ?? { node: p.node, offset: 0 };
  }
  const last = pieces[pieces.length - 1];
  return candidate ?? { node: last.node, offset: last.node.data.length };
}

/** A DOM Range covering `[start, end)` of the composer's text. */
export function textToRange(map: TextMap, start: number, end: number): Range | null {
  const from = offsetToPoint(map, start, start === end ? 'backward' : 'forward');
  const to = offsetToPoint(map, end, 'backward');
  if (from === null || to === null) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed && start !== end) range.setEnd(from.node, from.offset);
  return range;
}

/** The text offset of a DOM point inside the composer, or null when it is outside the mapped text. */
export function pointToOffset(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = map.pieces.find((p) => p.node === node);
    if (piece !== undefined) return piece.start + Math.min(offset, piece.node.data.length);
  }
  // An element point: the first mapped text at or after it.
  const target = node.nodeType === Node.ELEMENT_NODE ? (node.childNodes[offset] ?? node) : node;
  for (const p of map.pieces) {
    const rel = target.compareDocumentPosition(p.node);
    if (
      target === p.node ||
      rel & Node.DOCUMENT_POSITION_FOLLOWING ||
      rel & Node.DOCUMENT_POSITION_CONTAINED_BY
    )
      return p.start;
  }
  return map.pieces.length === 0 ? null : map.text.length;
}
