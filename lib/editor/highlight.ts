/**
 * Highlights of flagged spans with the CSS Custom Highlight API: one `Highlight` per category in
 * the page's `CSS.highlights`, styled by a small page stylesheet with `::highlight()` rules. The
 * editor's DOM is never touched: ranges only point into it.
 */
import type { Category } from '../analysis/types';
import { shadowRootOf } from './shadow';
import { type TextMap, textToRange } from './text';

const COLORS: Record<Category, string> = {
  'hard-sell': '#d93025',
  urgency: '#e37400',
  broadcast: '#8e24aa',
  'engagement-bait': '#c2185b',
  global: '#00838f',
  voice: '#1a73e8',
};
const STYLE_ID = 'rapport-highlight-style';

/** Whether this browser has the CSS Custom Highlight API (Chrome 105+, Firefox 140+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

// Static rules only: no user text ever goes into this stylesheet.
const RULES = Object.entries(COLORS)
  .map(
    ([category, color]) =>
      `::highlight(rapport-${category}) { text-decoration: underline wavy ${color}; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: ${color}14; }`,
  )
  .join('\n');

function ensureDocumentStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID) !== null) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = RULES;
  (doc.head ?? doc.documentElement).append(style);
}

const styledRoots = new WeakSet<ShadowRoot>();
/**
 * A `::highlight()` rule in the document paints inside open shadow roots in Chromium but not in
 * Firefox, so a composer's shadow root gets the rules too: as an adopted stylesheet, which adds no
 * node to the site's DOM.
 */
function ensureShadowStyle(root: ShadowRoot): void {
  if (styledRoots.has(root)) return;
  styledRoots.add(root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function ensureStyle(composer: HTMLElement): void {
  ensureDocumentStyle(composer.ownerDocument);
  const shadow = shadowRootOf(composer);
  if (shadow !== null) ensureShadowStyle(shadow);
}

/** Per-composer ranges, merged into one Highlight per category. */
export class HighlightLayer {
  private readonly byComposer = new Map<HTMLElement, { category: Category; range: Range }[]>();

  /** Replaces a composer's highlights. */
  set(
    composer: HTMLElement,
    map: TextMap,
    spans: readonly { category: Category; start: number; end: number }[],
  ): void {
    if (!highlightsSupported()) return;
    ensureStyle(composer);
    const ranges: { category: Category; range: Range }[] = [];
    for (const s of spans) {
      if (s.end <= s.start) continue;
      const range = textToRange(map, s.start, s.end);
      if (range !== null) ranges.push({ category: s.category, range });
    }
    this.byComposer.set(composer, ranges);
    this.render();
  }

  /** Removes a composer's highlights (closed composer, paused site). */
  clear(composer: HTMLElement): void {
    if (this.byComposer.delete(composer)) this.render();
  }

  /** Removes everything (script invalidated). */
  dispose(): void {
    this.byComposer.clear();
    if (highlightsSupported()) for (const c of Object.keys(COLORS)) CSS.highlights.delete(`rapport-${c}`);
  }

  private render(): void {
    for (const category of Object.keys(COLORS) as Category[]) {
      const ranges = [...this.byComposer.values()]
        .flat()
        .filter((r) => r.category === category)
        .map((r) => r.range);
      if (ranges.length === 0) CSS.highlights.delete(`rapport-${category}`);
      else CSS.highlights.set(`rapport-${category}`, new Highlight(...ranges));
    }
  }
}
