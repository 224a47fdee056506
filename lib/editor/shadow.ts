/**
 * Composers inside open shadow roots (LinkedIn's interop dialog): the event's real target, the
 * focused element, the selection and the caret under the mouse, read inside the composer's own
 * tree. Browsers differ here: Chromium's `document.getSelection()` reports the shadow host (its
 * `ShadowRoot.getSelection()` has the inside), Firefox's reports the nodes inside and has no
 * `ShadowRoot.getSelection()`; both have `Selection.getComposedRanges()`. Closed roots are never
 * entered: `composedPath()` and `shadowRoot` do not reveal them.
 */

/** The element an event really happened on, inside open shadow roots (events reach `document` retargeted to the host). */
export function eventOrigin(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}

/** The focused element, inside open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement != null) el = el.shadowRoot.activeElement;
  return el;
}

/** The shadow root an element is in, or null when it is in the document. */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : null;
}

type ComposedSelection = Selection & {
  getComposedRanges?: (options?: { shadowRoots?: ShadowRoot[] }) => StaticRange[];
};

/**
 * The selection as a Range inside `root`'s tree, or null when the selection is elsewhere (or empty).
 * Collapsed ranges are the caret.
 */
export function selectionRangeIn(root: Node): Range | null {
  const doc = root.ownerDocument ?? document;
  const selection = doc.getSelection() as ComposedSelection | null;
  if (selection === null || selection.rangeCount === 0) return null;
  const shadow = shadowRootOf(root);
  let range: Range | null = null;
  if (shadow === null) {
    range = selection.getRangeAt(0);
  } else {
    const inner = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    if (inner != null && inner.rangeCount > 0) range = inner.getRangeAt(0);
    else if (typeof selection.getComposedRanges === 'function') {
      const [composed] = selection.getComposedRanges({ shadowRoots: [shadow] });
      if (composed !== undefined) {
        range = doc.createRange();
        range.setStart(composed.startContainer, composed.startOffset);
        range.setEnd(composed.endContainer, composed.endOffset);
      }
    } else range = selection.getRangeAt(0);
  }
  return range !== null && root.contains(range.startContainer) ? range : null;
}

/** The text position under a point, inside `root`'s shadow tree when it has one. */
export function caretAtPoint(root: Node, x: number, y: number): { node: Node; offset: number } | null {
  const doc = (root.ownerDocument ?? document) as Document & {
    caretPositionFromPoint?(
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ): { offsetNode: Node; offset: number } | null;
  };
  const shadow = shadowRootOf(root);
  const caret = doc.caretPositionFromPoint?.(x, y, shadow === null ? undefined : { shadowRoots: [shadow] });
  return caret ? { node: caret.offsetNode, offset: caret.offset } : null;
}
