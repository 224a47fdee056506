/**
 * The content script's lifecycle: finds composers (focusin + one throttled MutationObserver),
 * reviews their text after a pause in typing, highlights findings, positions the badge, and runs
 * the panel's actions. Every listener goes through `ctx`, so an invalidated script cleans up.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from '#imports';
import { dismissKey, type PanelStore } from '../../components/panel/store';
import type { BrandVoice, Finding, Review, Suggestion } from '../../lib/analysis/types';
import { DEFAULT_VOICE } from '../../lib/analysis/voice';
import { HighlightLayer } from '../../lib/editor/highlight';
import { applyEdit } from '../../lib/editor/replace';
import {
  caretAtPoint,
  deepActiveElement,
  eventOrigin,
  selectionRangeIn,
  shadowRootOf,
} from '../../lib/editor/shadow';
import { pointToOffset, readTextMap, type TextMap } from '../../lib/editor/text';
import {
  createReviewClient,
  createSuggestClient,
  createWaker,
  type RequestOptions,
} from '../../lib/messaging/client';
import {
  type ComposerKind,
  isShown,
  isUnrecognisedComposer,
  matchComposer,
  type Site,
  siteForUrl,
} from '../../lib/sites/detect';
import { reportUnrecognisedComposer } from '../../lib/store/health';
import {
  getActiveVoiceWithSource,
  isSitePaused,
  muteRule,
  VoiceLockedError,
  watchActiveVoice,
  watchSitePaused,
} from '../../lib/store/settings';
import { recordPostFinished, recordReview, recordSuggestionApplied } from '../../lib/store/stats';

/** Starts the engine on the first input after it was idle (a message without text; see createWaker). */
const waker = createWaker((message) => browser.runtime.sendMessage(message));
/**
 * The engine runs in the extension (the background), one for every tab: the page carries none of
 * compromise or the lexicons, and a long review never blocks the page's main thread.
 */
const reviewInExtension = createReviewClient((message) => {
  waker.contacted();
  return browser.runtime.sendMessage(message);
});
/**
 * The suggestions (the conversational version and its alternatives) cost many times a review, so
 * they are asked for lazily: when the panel opens, when the badge is hovered, or in idle time after
 * the findings are drawn (so the panel has them when it opens).
 */
const suggestInExtension = createSuggestClient((message) => {
  waker.contacted();
  return browser.runtime.sendMessage(message);
});

/** Pause after the last keystroke before reviewing. */
export const IDLE_MS = 150;
/**
 * How long before the end of the pause the review is already asked for: its answer is there when
 * the pause ends, so the highlights are drawn at the pause rather than a round trip after it. (It
 * is drawn only if the text did not change meanwhile.)
 */
const ASK_AHEAD_MS = 60;
const OBSERVER_THROTTLE_MS = 500;
const SITE_NAMES: Record<Site['id'], string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };

interface Session {
  root: HTMLElement;
  postId: string;
  kind: ComposerKind;
  timer: number | null;
  /** Asks for the review ahead of the end of the pause (see ASK_AHEAD_MS). */
  aheadTimer: number | null;
  /** The latest review asked for, by key (text and options), reused when the pause ends on that text. */
  asked: { key: string; answer: Promise<Review> } | null;
  text: string;
  map: TextMap | null;
  review: Review | null;
  dismissed: Set<string>;
  recordedScore: number | null;
  /** The newest review asked of the engine for this composer; older answers are dropped. */
  request: number;
  /** The suggestions of the drawn text (`key`: text and options), once the engine sent them. */
  suggestions: { key: string; list: Suggestion[] } | null;
  /** The key of the suggestions on their way, if any. */
  suggesting: string | null;
  /** The drawn text's key: the text with the options it was reviewed with. */
  key: string;
  /**
   * Watches the composer's own subtree: the editors change their DOM without an `input` event on
   * undo/redo (Draft.js, Lexical), when the site clears the box after posting, or on programmatic
   * edits. Any change schedules the same debounced review as typing does.
   */
  watcher: MutationObserver;
}

/** Stops a composer's pending review and its watcher (the composer closed, or Rapport stops). */
function quiesce(session: Session): void {
  if (session.timer !== null) clearTimeout(session.timer);
  if (session.aheadTimer !== null) clearTimeout(session.aheadTimer);
  session.timer = null;
  session.aheadTimer = null;
  session.watcher.disconnect();
}

/** Runs a clean-up that may touch extension APIs after the extension was reloaded or removed. */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // "Extension context invalidated": there is nothing left to clean up on that side.
  }
}

const reported = new Set<string>();
/** Runs a handler; an error is logged once per handler name and never breaks the page or the other handlers. */
function guard<A extends unknown[]>(name: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      if (!reported.has(name)) {
        reported.add(name);
        console.warn(`[Rapport] ${name} failed; this composer is left alone.`, error);
      }
    }
  };
}

export class RapportController {
  private site: Site | null = null;
  private voice: BrandVoice = DEFAULT_VOICE;
  private paused = false;
  private readonly sessions = new Map<HTMLElement, Session>();
  private active: Session | null = null;
  private readonly highlights = new HighlightLayer();
  private observer: MutationObserver | null = null;
  private observerTimer: number | null = null;
  private positionFrame: number | null = null;
  /** What put the message on screen: the caret in a highlight, or the mouse over one. */
  private tooltipFrom: 'caret' | 'mouse' = 'caret';
  private unwatchPaused: (() => void) | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly store: PanelStore,
    private readonly mountUi: () => void,
  ) {}

  /** Starts watching the page; costs nothing until a composer gets focus. */
  async start(): Promise<void> {
    this.store.setState({
      actions: {
        apply: (s) => this.apply(s),
        copy: (s) => this.copy(s),
        dismiss: (f) => this.dismiss(f),
        mute: (rule) => this.mute(rule),
        focusEditor: () => this.active?.root.focus({ preventScroll: true }),
        wantSuggestions: () => {
          if (this.active !== null) this.wantSuggestions(this.active);
        },
      },
    });
    // The panel opening (badge, keyboard, command) asks for the suggestions if they are not here yet.
    const unsubscribe = this.store.subscribe((state, previous) => {
      if (state.open && !previous.open && this.active !== null) this.wantSuggestions(this.active);
    });
    this.ctx.onInvalidated(unsubscribe);
    const first = await getActiveVoiceWithSource().catch((error) => {
      this.storageFailed(error);
      return { voice: DEFAULT_VOICE, source: 'personal' as const };
    });
    this.voice = first.voice;
    this.store.setState({ voiceName: first.voice.name, voiceSource: first.source });
    let unwatchVoice: () => void = () => undefined;
    try {
      unwatchVoice = watchActiveVoice((v, source) => {
        this.voice = v;
        this.store.setState({ voiceName: v.name, voiceSource: source });
        for (const s of this.sessions.values()) this.analyse(s);
      });
    } catch (error) {
      this.storageFailed(error);
    }
    this.ctx.onInvalidated(() => {
      // The page state first; then the extension APIs, which throw once the extension is gone.
      this.stop();
      quietly(unwatchVoice);
      quietly(() => this.unwatchPaused?.());
    });
    this.ctx.addEventListener(
      document,
      'focusin',
      // The event's real target: from inside an open shadow root it reaches `document` as the host.
      guard('focusin', (e: FocusEvent) => this.onFocus(eventOrigin(e))),
      { capture: true },
    );
    this.ctx.addEventListener(
      document,
      'input',
      guard('input', (e: Event) => this.onInput(eventOrigin(e))),
      { capture: true },
    );
    this.ctx.addEventListener(
      document,
      'selectionchange',
      guard('selectionchange', () => this.onSelectionChange()),
    );
    this.ctx.addEventListener(
      document,
      'mousemove',
      guard('mousemove', (e: MouseEvent) => this.onMouseMove(e)),
      { passive: true },
    );
    this.ctx.addEventListener(window, 'scroll', () => this.schedulePosition(), {
      capture: true,
      passive: true,
    });
    this.ctx.addEventListener(window, 'resize', () => this.schedulePosition(), { passive: true });
    this.ctx.addEventListener(
      window,
      'wxt:locationchange',
      guard('locationchange', (e: Event) => {
        const next = (e as Event & { newUrl?: unknown }).newUrl;
        void this.onLocationChange(next instanceof URL ? next : undefined);
      }),
    );
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => quietly(() => browser.runtime.onMessage.removeListener(this.onMessage)));
    await this.onLocationChange();
    // A composer that already has focus when the script starts.
    this.onFocus(deepActiveElement());
  }

  private storageFailureShown = false;
  /**
   * Browser storage refused a write (full, or unavailable): reviews go on without statistics, and
   * the panel says so once per page.
   */
  private readonly storageFailed = (error: unknown): void => {
    if (this.storageFailureShown || this.ctx.isInvalid) return;
    this.storageFailureShown = true;
    console.warn('[Rapport] browser storage failed; reviews still work.', error);
    this.store.setState({
      notice:
        'Rapport could not use browser storage (full or unavailable): statistics and settings are not saved, but reviews still work.',
    });
  };

  /** Messages from the background: only the toggle command, validated. */
  private readonly onMessage = (message: unknown): undefined => {
    if (
      typeof message === 'object' &&
      message !== null &&
      (message as { type?: unknown }).type === 'rapport:toggle-panel'
    ) {
      this.togglePanel();
    }
    return undefined;
  };

  /** Shows or hides the panel (Alt+Shift+R). */
  togglePanel(): void {
    if (this.active === null) return;
    this.store.setState((s) => ({ open: !s.open }));
  }

  /**
   * Follows SPA navigation. WXT announces it from the Navigation API's `navigate` event, which fires
   * before `location` changes: the new URL comes with the event.
   */
  private async onLocationChange(url: URL = new URL(location.href)): Promise<void> {
    const site = siteForUrl(url);
    if (site?.id === this.site?.id) return;
    this.stop();
    this.site = site;
    this.unwatchPaused?.();
    this.unwatchPaused = null;
    if (site === null) return;
    this.paused = await isSitePaused(site.id).catch((error) => {
      this.storageFailed(error);
      return false;
    });
    try {
      this.unwatchPaused = watchSitePaused(site.id, (paused) => {
        this.paused = paused;
        if (paused) this.stop();
      });
    } catch (error) {
      this.storageFailed(error);
    }
  }

  private onFocus(target: EventTarget | null): void {
    if (this.site === null || this.paused || !(target instanceof Element)) return;
    const match = matchComposer(target, this.site);
    if (match === null) {
      // A compose box we do not know (a site redesign): left alone, and the popup says so.
      // (Private messages are not compose boxes: left alone without a word.)
      if (isUnrecognisedComposer(target, this.site))
        void reportUnrecognisedComposer(this.site.id).catch(this.storageFailed);
      return;
    }
    // An editor no one can see (LinkedIn preloads a hidden one) gets no review and no UI.
    if (!isShown(match.root)) return;
    const root = match.root;
    let session = this.sessions.get(root);
    if (session === undefined) {
      const watcher = new MutationObserver(() => {
        const s = this.sessions.get(root);
        if (s !== undefined) this.scheduleReview(s);
      });
      watcher.observe(root, { childList: true, characterData: true, subtree: true });
      session = {
        root,
        watcher,
        postId: crypto.randomUUID(),
        kind: match.markup.kind,
        timer: null,
        aheadTimer: null,
        asked: null,
        text: '',
        map: null,
        review: null,
        dismissed: new Set(),
        recordedScore: null,
        request: 0,
        suggestions: null,
        suggesting: null,
        key: '',
      };
      this.sessions.set(root, session);
      this.ensureObserver();
      this.observeShadowRoot(root);
      this.mountUi();
    }
    if (this.active !== session) {
      this.active = session;
      this.store.setState({
        composerKind: session.kind,
        siteName: SITE_NAMES[this.site.id],
        dismissed: session.dismissed,
      });
      this.analyse(session);
    }
  }

  private onInput(target: EventTarget | null): void {
    if (this.site === null || this.paused || !(target instanceof Element)) return;
    const root = matchComposer(target, this.site)?.root ?? null;
    if (root === null || this.sessions.has(root)) return; // a known composer's watcher has seen the change
    // Text arrived in a composer that never had focus: start its session, which missed this change.
    this.onFocus(root);
    const session = this.sessions.get(root);
    if (session !== undefined) this.scheduleReview(session);
  }

  /** Off the keystroke path: reviews after a short pause in typing (or in any change to the composer). */
  private scheduleReview(session: Session): void {
    if (this.paused) return;
    waker.onInput();
    if (session.timer !== null) clearTimeout(session.timer);
    if (session.aheadTimer !== null) clearTimeout(session.aheadTimer);
    session.aheadTimer = window.setTimeout(() => {
      session.aheadTimer = null;
      if (this.ctx.isInvalid || !session.root.isConnected || this.site === null) return;
      guard('review', () => {
        const options = { platform: (this.site as Site).platform, kind: session.kind, voice: this.voice };
        this.ask(session, readTextMap(session.root).text, options);
      })();
    }, IDLE_MS - ASK_AHEAD_MS);
    // A plain timer, cleared by `stop()`: WXT's ctx.setTimeout adds an abort listener per call that
    // keeps the handler (and a closed composer's DOM) alive until the page unloads.
    session.timer = window.setTimeout(() => {
      session.timer = null;
      if (this.ctx.isInvalid) return;
      guard('review', () => this.analyse(session))();
    }, IDLE_MS);
  }

  /** The engine's review of `text`: the one asked ahead for this very text and options, else a new one. */
  private ask(session: Session, text: string, options: RequestOptions): Promise<Review> {
    const key = JSON.stringify([text, options]);
    if (session.asked?.key === key) return session.asked.answer;
    const answer = reviewInExtension(text, options);
    answer.catch(() => undefined); // reported where it is awaited
    session.asked = { key, answer };
    return answer;
  }

  /**
   * Reviews a composer's text in the extension's engine, then draws the review, unless the text has
   * moved on meanwhile (a newer review is then on its way): an answer for older text is never drawn
   * over newer text.
   */
  private analyse(session: Session): void {
    if (!session.root.isConnected || this.site === null) return;
    const map = readTextMap(session.root);
    const request = ++session.request;
    const options = { platform: this.site.platform, kind: session.kind, voice: this.voice };
    const key = JSON.stringify([map.text, options]);
    this.ask(session, map.text, options).then(
      (result) => {
        const stale = request !== session.request || session.timer !== null || !session.root.isConnected;
        if (!stale && !this.ctx.isInvalid) guard('review', () => this.draw(session, map, key, result))();
      },
      (error) => {
        if (!this.ctx.isInvalid && !reported.has('engine')) {
          reported.add('engine');
          console.warn('[Rapport] the review engine did not answer; this composer is left alone.', error);
        }
      },
    );
  }

  /**
   * Asks the engine for the suggestions of the drawn text, unless they are here or on their way.
   * They are drawn only if the text is still the one drawn when they arrive (and no keystroke is
   * pending): suggestions for text that has moved on are never shown.
   */
  private wantSuggestions(session: Session): void {
    const { key, review } = session;
    if (review === null || !review.analysed || review.findings.length === 0 || this.site === null) return;
    if (session.suggestions?.key === key || session.suggesting === key) return;
    session.suggesting = key;
    const options = { platform: review.platform, kind: session.kind, voice: this.voice };
    suggestInExtension(session.text, options).then(
      (list) => {
        if (session.suggesting === key) session.suggesting = null;
        if (this.ctx.isInvalid || session.key !== key || session.review === null) return;
        session.suggestions = { key, list };
        if (session.timer !== null || !session.root.isConnected) return;
        guard('suggestions', () => {
          session.review = { ...(session.review as Review), suggestions: list };
          if (this.active === session) this.store.setState({ review: session.review, suggesting: false });
        })();
      },
      () => {
        if (session.suggesting === key) session.suggesting = null;
        if (this.active === session && session.key === key) this.store.setState({ suggesting: false });
      },
    );
  }

  /** Prefetches the drawn text's suggestions when the page is idle, so the panel has them when it opens. */
  private prefetchSuggestions(session: Session): void {
    const key = session.key;
    const run = () => {
      if (!this.ctx.isInvalid && session.key === key && session.timer === null)
        guard('suggestions', () => this.wantSuggestions(session))();
    };
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 1000 });
    else window.setTimeout(run, 50);
  }

  /** Draws a review of `map`'s text: highlights, badge, panel, and the stats. */
  private draw(session: Session, map: TextMap, key: string, reviewed: Review): void {
    if (this.site === null) return;
    const previous = session.text;
    session.map = map;
    session.text = map.text;
    session.key = key;
    // The review comes without suggestions; the ones already fetched for this very text stay.
    const known = session.suggestions?.key === key ? session.suggestions.list : null;
    const result = known === null ? reviewed : { ...reviewed, suggestions: known };
    if (previous.trim().length > 0 && map.text.trim().length === 0 && session.review !== null) {
      // The composer was emptied (posted or cleared): that post is finished, the next one is new.
      void recordPostFinished({
        postId: session.postId,
        platform: this.site.platform,
        score: session.review.score,
      }).catch(this.storageFailed);
      session.postId = crypto.randomUUID();
      session.recordedScore = null;
      session.dismissed = new Set();
      if (this.active === session) this.store.setState({ dismissed: session.dismissed });
    }
    session.review = result;
    this.highlights.set(
      session.root,
      map,
      result.findings.filter((f) => !session.dismissed.has(dismissKey(f))),
    );
    if (this.active === session) {
      // The editor re-rendered the same text (a caret move in Draft.js): the message shown stays.
      const textChanged = map.text !== previous;
      const waiting = known === null && result.analysed && result.findings.length > 0;
      this.store.setState({
        review: map.text.trim().length === 0 ? null : result,
        suggesting: waiting,
        ...(textChanged ? { tooltip: null } : {}),
      });
      this.position();
      if (waiting && this.store.getState().open) this.wantSuggestions(session);
    }
    if (known === null) this.prefetchSuggestions(session);
    if (result.analysed && map.text.trim().length > 0 && session.recordedScore !== result.score) {
      session.recordedScore = result.score;
      void recordReview({
        postId: session.postId,
        platform: this.site.platform,
        score: result.score,
        categories: result.findings.map((f) => f.category),
      }).catch(this.storageFailed);
    }
  }

  private async apply(suggestion: Suggestion): Promise<void> {
    const session = this.active;
    if (session === null || this.site === null) return;
    const review = session.review;
    const ok = await applyEdit(session.root, suggestion.edit, suggestion.preview);
    this.store.setState({
      status: ok ? 'Applied. Ctrl+Z undoes it.' : 'Could not apply this change here; use Copy instead.',
    });
    if (ok) {
      const category =
        review?.findings.find((f) => suggestion.findingIds.includes(f.id))?.category ?? 'hard-sell';
      void recordSuggestionApplied({ postId: session.postId, platform: this.site.platform, category }).catch(
        this.storageFailed,
      );
    }
    this.analyse(session);
  }

  private async copy(suggestion: Suggestion): Promise<void> {
    try {
      await navigator.clipboard.writeText(suggestion.preview);
      this.store.setState({ status: 'Copied the rewritten post.' });
    } catch {
      this.store.setState({ status: 'The browser did not allow copying here.' });
    }
  }

  private dismiss(finding: Finding): void {
    const session = this.active;
    if (session === null) return;
    session.dismissed = new Set([...session.dismissed, dismissKey(finding)]);
    this.store.setState({ dismissed: session.dismissed, status: 'Dismissed for this post.' });
    this.analyse(session);
  }

  private async mute(rule: string): Promise<void> {
    try {
      await muteRule(rule);
      this.store.setState({ status: `Muted ${rule}. Unmute it in Rapport's options.` });
    } catch (error) {
      this.store.setState({
        status:
          error instanceof VoiceLockedError
            ? error.message
            : 'Could not save the setting; the rule stays on.',
      });
    }
  }

  /** The badge sits inside the composer's bottom-right corner; no layout shift in the page. */
  private position(): void {
    const session = this.active;
    let next: { top: number; left: number } | null = null;
    if (session?.root.isConnected === true) {
      const rect = session.root.getBoundingClientRect();
      const visible =
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.right > 0 &&
        rect.top < window.innerHeight &&
        rect.left < window.innerWidth;
      // Clamped to the viewport: a composer taller or wider than the window (a long paste) keeps
      // its badge in view; a composer scrolled out of view has none.
      if (visible) {
        const bottom = Math.min(rect.bottom, window.innerHeight);
        const right = Math.min(rect.right, window.innerWidth);
        next = { top: Math.max(4, bottom - 34), left: Math.max(4, right - 44) };
      }
    }
    // Scrolling calls this every frame: re-render only when the badge really moves.
    const current = this.store.getState().badge;
    if (
      next === current ||
      (next !== null && current !== null && next.top === current.top && next.left === current.left)
    )
      return;
    this.store.setState({ badge: next });
  }

  private schedulePosition(): void {
    if (this.active === null || this.positionFrame !== null) return;
    this.positionFrame = requestAnimationFrame(() => {
      this.positionFrame = null;
      this.position();
    });
  }

  /** Shows the message of the finding under the caret. */
  private onSelectionChange(): void {
    const session = this.active;
    if (session === null || session.map === null || session.review === null) return;
    // Read inside the composer's own tree (a shadow root's selection is not the document's in Chromium).
    const caret = selectionRangeIn(session.root);
    if (caret === null || !caret.collapsed) return;
    const anchor = { node: caret.startContainer, offset: caret.startOffset };
    let offset = pointToOffset(session.map, anchor.node, anchor.offset);
    if (offset === null && session.timer === null) {
      // The editor re-rendered its text nodes since the last review (Draft.js does on caret moves):
      // map the text again; the review itself is still valid while the text is the same. (Not while
      // a review is pending: then the user is typing, and the review will map the text anyway.)
      const map = readTextMap(session.root);
      if (map.text === session.text) {
        session.map = map;
        offset = pointToOffset(map, anchor.node, anchor.offset);
      }
    }
    const finding = offset === null ? undefined : this.findingAt(session, offset);
    if (finding === undefined) {
      if (this.store.getState().tooltip !== null && this.tooltipFrom === 'caret')
        this.store.setState({ tooltip: null });
      return;
    }
    const rect = caret.getBoundingClientRect();
    this.tooltipFrom = 'caret';
    this.store.setState({ tooltip: { top: rect.bottom + 6, left: rect.left, message: finding.message } });
  }

  /** Shows the message of the highlight under the mouse. */
  private onMouseMove(e: MouseEvent): void {
    const session = this.active;
    const origin = eventOrigin(e);
    if (
      session === null ||
      session.map === null ||
      !(origin instanceof Node) ||
      !session.root.contains(origin)
    )
      return;
    const point = caretAtPoint(session.root, e.clientX, e.clientY);
    const offset = point === null ? null : pointToOffset(session.map, point.node, point.offset);
    const finding = offset === null ? undefined : this.findingAt(session, offset);
    const tooltip = this.store.getState().tooltip;
    if (finding === undefined) {
      // Only the mouse's own message goes when the mouse leaves a highlight, not the caret's.
      if (tooltip !== null && this.tooltipFrom === 'mouse') this.store.setState({ tooltip: null });
    } else if (tooltip?.message !== finding.message) {
      this.tooltipFrom = 'mouse';
      this.store.setState({
        tooltip: { top: e.clientY + 16, left: e.clientX + 8, message: finding.message },
      });
    }
  }

  private findingAt(session: Session, offset: number): Finding | undefined {
    return session.review?.findings.find(
      (f) => offset >= f.start && offset < f.end && f.end > f.start && !session.dismissed.has(dismissKey(f)),
    );
  }

  /** One MutationObserver for the whole page, throttled: it only notices composers that went away. */
  private ensureObserver(): void {
    if (this.observer !== null) return;
    this.observer = new MutationObserver(() => {
      if (this.observerTimer !== null) return;
      this.observerTimer = window.setTimeout(() => {
        this.observerTimer = null;
        if (this.ctx.isInvalid) return;
        guard('cleanup', () => this.dropClosedComposers())();
      }, OBSERVER_THROTTLE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
    for (const root of this.sessions.keys()) this.observeShadowRoot(root);
  }

  /**
   * A composer in an open shadow root (LinkedIn's interop dialog) closes by a change inside that root,
   * which the document's observer does not see: the same observer watches that root too.
   */
  private observeShadowRoot(composer: HTMLElement): void {
    const shadow = shadowRootOf(composer);
    if (shadow !== null) this.observer?.observe(shadow, { childList: true, subtree: true });
  }

  private dropClosedComposers(): void {
    for (const [root, session] of this.sessions) {
      if (root.isConnected) continue;
      quiesce(session);
      if (session.review !== null && session.text.trim().length > 0 && this.site !== null) {
        void recordPostFinished({
          postId: session.postId,
          platform: this.site.platform,
          score: session.review.score,
        }).catch(this.storageFailed);
      }
      this.highlights.clear(root);
      this.sessions.delete(root);
      if (this.active === session) {
        this.active = null;
        this.store.setState({ badge: null, tooltip: null, review: null, open: false });
      }
    }
    if (this.sessions.size === 0) {
      this.observer?.disconnect();
      this.observer = null;
    }
  }

  /** Forgets every composer and hides everything (paused, navigated away, invalidated). */
  stop(): void {
    for (const s of this.sessions.values()) quiesce(s);
    this.sessions.clear();
    this.active = null;
    this.highlights.dispose();
    this.observer?.disconnect();
    this.observer = null;
    if (this.observerTimer !== null) clearTimeout(this.observerTimer);
    this.observerTimer = null;
    this.store.setState({ badge: null, tooltip: null, review: null, open: false });
  }
}
