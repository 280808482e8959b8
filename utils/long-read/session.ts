import { DEFAULT_SETTINGS, type ReaderSettings, type SettingsStore } from '../settings';
import { refindBlock } from './anchor';
import { anchorInView, lineTopOf, readingBlocks, wordsBelow, type Block } from './blocks';
import type { ReadingPosition } from './positions';
import type { ArticleRef, PositionClient } from '../page/positions-remote';
import { articleHeadings, currentSection, MIN_HEADINGS, neighbourHeading, type Heading } from './toc';

/** Articles shorter than this at the reader's pace show no time left: there is nothing to plan. */
export const MIN_MINUTES_FOR_TIME_LEFT = 3;
/** A position is saved once scrolling rests this long (and on close, on leaving the tab). */
const SAVE_AFTER_MS = 800;
/** A jumped-to heading sits this far below the toolbar: under the reading line's slack (toc.ts). */
const JUMP_GAP = 4;
/** Keys: next and previous heading; Continue while the offer shows (docs/long-read.md). */
export const NEXT_HEADING_KEY = ']';
export const PREVIOUS_HEADING_KEY = '[';
export const CONTINUE_KEY = 'c';

/**
 * What the bar under the toolbar says. `continue`: "Continue where you left off · Start from the top".
 * `lost`: the remembered place is no longer in the text (the article changed); the reader is at the top.
 * `unavailable`: storage failed; the reader works, and nothing is remembered.
 */
export type Offer = 'continue' | 'lost' | 'unavailable' | null;

export interface LongReadState {
  offer: Offer;
  /** Minutes left at the reader's pace; null when hidden (a short article, or the end reached). */
  minutesLeft: number | null;
  /** The table of contents' headings; empty when the article has fewer than MIN_HEADINGS. */
  headings: Heading[];
  /** The heading of the section at the reading line, or -1. */
  current: number;
  tocOpen: boolean;
}

export interface LongReadDeps {
  article: ArticleRef;
  /** The extracted article's word count (what "N min read" in the header says). */
  wordCount: number;
  client: PositionClient;
  settings: SettingsStore;
  /** The page's address now, to notice a single-page app that moved on (history.pushState). */
  currentUrl?: () => string;
}

function withoutHash(url: string): string {
  return url.split('#')[0] ?? url;
}

function isControl(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).classList.contains('lectern-control');
}

function isControlMove(record: MutationRecord): boolean {
  return (
    record.type === 'childList' &&
    Array.from(record.addedNodes).every(isControl) &&
    Array.from(record.removedNodes).every(isControl)
  );
}

function isFormField(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches('input, select, textarea, [contenteditable]');
}

/**
 * One open reader's long-read features: the remembered position (offered, saved), time left, and the table of
 * contents' headings and current section. Reads the reader's layout (`root` scrolls, `toolbar` covers its top);
 * the components render its state.
 */
export class LongReadSession {
  state: LongReadState = { offer: null, minutesLeft: null, headings: [], current: -1, tocOpen: false };
  private readonly listeners = new Set<() => void>();
  private readonly cleanup: (() => void)[] = [];
  private settings: ReaderSettings = { ...DEFAULT_SETTINGS };
  private blocks: Block[] | null = null;
  private stored: ReadingPosition | null = null;
  /** The user moved in the article since the last save: only then is there a position to save. */
  private dirty = false;
  private finished = false;
  private toldUnavailable = false;
  private expectedScrollTop: number | null = null;
  private frame = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly win: Window;

  constructor(
    readonly body: HTMLElement,
    readonly root: HTMLElement,
    private readonly toolbar: HTMLElement | null,
    private readonly deps: LongReadDeps,
  ) {
    this.win = body.ownerDocument.defaultView as Window;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<LongReadState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Reads the settings and the remembered position, and starts following the reader's scrolling. */
  async start(): Promise<void> {
    this.listen();
    this.refreshStructure();
    this.settings = await this.deps.settings.load().catch(() => ({ ...DEFAULT_SETTINGS }));
    if (this.closed) return;
    this.cleanup.push(
      this.deps.settings.watch((next) => {
        this.settings = next;
        if (!next.rememberPosition && this.state.offer === 'continue') this.set({ offer: null });
        this.scheduleFrame();
      }),
    );
    this.scheduleFrame();
    if (!this.settings.rememberPosition) return;
    const answer = await this.deps.client.get(this.deps.article);
    if (this.closed) return;
    if (answer.status === 'unavailable') return this.tellUnavailable();
    const position = answer.status === 'ok' ? (answer.position ?? null) : null;
    if (!position || position.finished) return;
    this.stored = position;
    // Already a screen into the article by the time the answer came: the reader has chosen.
    if (this.movedAway()) return;
    const found = refindBlock(
      this.readingBlocks().map((block) => block.quote),
      position,
    );
    this.set({ offer: found === null ? 'lost' : 'continue' });
  }

  private listen(): void {
    const onScroll = () => this.onScroll();
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    const flush = () => this.saveNow();
    const onVisibility = () => {
      if (this.body.ownerDocument.visibilityState === 'hidden') flush();
    };
    this.root.addEventListener('scroll', onScroll, { passive: true });
    this.root.addEventListener('keydown', onKey);
    this.win.addEventListener('pagehide', flush);
    this.body.ownerDocument.addEventListener('visibilitychange', onVisibility);
    // Blocks come and go after the first frame (site adjustments, "Remove this", "Put back"). The adjustments'
    // own button moving from block to block under the mouse changes no text: not a reason to measure again.
    const observer = new MutationObserver((records) => {
      if (records.every(isControlMove)) return;
      this.blocks = null;
      this.refreshStructure();
    });
    observer.observe(this.body, { childList: true, subtree: true, characterData: true });
    this.cleanup.push(() => {
      this.root.removeEventListener('scroll', onScroll);
      this.root.removeEventListener('keydown', onKey);
      this.win.removeEventListener('pagehide', flush);
      this.body.ownerDocument.removeEventListener('visibilitychange', onVisibility);
      observer.disconnect();
    });
  }

  private readingBlocks(): Block[] {
    this.blocks ??= readingBlocks(this.body);
    return this.blocks;
  }

  private refreshStructure(): void {
    const headings = articleHeadings(this.body);
    // Focusable by script only (tabindex -1), and only inside the reader: the jump moves focus there. A
    // heading the adjustments already made a tab stop keeps theirs.
    for (const { el } of headings) if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    const shown = headings.length >= MIN_HEADINGS ? headings : [];
    const same =
      shown.length === this.state.headings.length &&
      shown.every((heading, index) => heading.el === this.state.headings[index]?.el);
    if (!same) this.set({ headings: shown, tocOpen: shown.length ? this.state.tocOpen : false });
    this.scheduleFrame();
  }

  /** The client y of the reading line: the bottom of the toolbar that covers the top of the scroller. */
  private viewTop(): number {
    return (this.toolbar ?? this.root).getBoundingClientRect()[this.toolbar ? 'bottom' : 'top'];
  }

  private movedAway(): boolean {
    return this.root.scrollTop > this.root.clientHeight;
  }

  private onScroll(): void {
    const expected = this.expectedScrollTop;
    this.expectedScrollTop = null;
    if (expected === null || Math.abs(this.root.scrollTop - expected) > 1) this.userMoved();
    this.scheduleFrame();
  }

  /** The user scrolled or jumped: there is a position to save, and an old offer no longer applies. */
  private userMoved(): void {
    this.dirty = true;
    if (this.state.offer && this.movedAway()) this.set({ offer: null });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_AFTER_MS);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isFormField(event.target)) return;
    if (event.key === NEXT_HEADING_KEY || event.key === PREVIOUS_HEADING_KEY) {
      const step = event.key === NEXT_HEADING_KEY ? 1 : -1;
      const index = neighbourHeading(articleHeadings(this.body), this.viewTop(), step);
      if (index < 0) return;
      event.preventDefault();
      this.jumpToHeading(articleHeadings(this.body)[index]!.el);
    } else if (event.key.toLowerCase() === CONTINUE_KEY && this.state.offer === 'continue') {
      event.preventDefault();
      this.continueReading();
    }
  }

  private scrollByPixels(delta: number): void {
    const max = this.root.scrollHeight - this.root.clientHeight;
    const target = Math.max(0, Math.min(max, this.root.scrollTop + delta));
    if (Math.abs(target - this.root.scrollTop) < 1) return;
    this.expectedScrollTop = target;
    this.root.scrollTop = target;
  }

  private scheduleFrame(): void {
    if (this.frame || this.closed) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  }

  /** Time left and the current section, from the layout as it is now. */
  private update(): void {
    if (this.closed) return;
    const blocks = this.readingBlocks();
    const viewTop = this.viewTop();
    const atEnd = this.atEnd(blocks);
    if (atEnd && this.dirty) this.finished = true;
    const total = blocks.length ? blocks[0]!.wordsFromHere : 0;
    const pace = this.settings.wordsPerMinute;
    let minutesLeft: number | null = null;
    if (total > 0 && this.deps.wordCount / pace >= MIN_MINUTES_FOR_TIME_LEFT && !atEnd) {
      const left = (wordsBelow(blocks, viewTop) / total) * this.deps.wordCount;
      minutesLeft = left > 0 ? Math.ceil(left / pace) : null;
    }
    const current = this.state.headings.length ? currentSection(this.state.headings, viewTop) : -1;
    if (minutesLeft !== this.state.minutesLeft || current !== this.state.current)
      this.set({ minutesLeft, current });
  }

  /** The last block's end is in view (or the scroller is at its end). */
  private atEnd(blocks: readonly Block[]): boolean {
    const { scrollTop, clientHeight, scrollHeight } = this.root;
    if (scrollTop > 0 && scrollTop + clientHeight >= scrollHeight - 2) return true;
    const last = blocks[blocks.length - 1];
    if (!last || scrollTop <= 0) return false;
    return last.el.getBoundingClientRect().bottom <= this.root.getBoundingClientRect().bottom + 1;
  }

  /** What to remember now: the text at the reading line, "finished", or nothing (near the top). */
  private positionNow(): ReadingPosition | null {
    if (this.finished) return { finished: true };
    if (this.root.scrollTop < this.root.clientHeight / 2) return null;
    const anchor = anchorInView(this.readingBlocks(), this.viewTop());
    return anchor ?? { finished: true };
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    if (!this.dirty || !this.settings.rememberPosition) return;
    // A single-page app that moved on shows another page now; the last save was this article's place.
    const now = this.deps.currentUrl?.() ?? this.win.location.href;
    if (withoutHash(now) !== withoutHash(this.deps.article.url) || !this.body.isConnected) return;
    this.dirty = false;
    const position = this.positionNow();
    void this.deps.client.put(this.deps.article, position).then((answer) => {
      if (answer.status === 'unavailable') this.tellUnavailable();
    });
  }

  private tellUnavailable(): void {
    if (this.toldUnavailable || this.closed) return;
    this.toldUnavailable = true;
    this.set({ offer: 'unavailable' });
  }

  /** "Continue where you left off": the remembered line to the top of the view, or "lost" and the top. */
  continueReading(): void {
    const position = this.stored;
    if (!position || position.finished) return this.set({ offer: null });
    const blocks = this.readingBlocks();
    const index = refindBlock(
      blocks.map((block) => block.quote),
      position,
    );
    const block = index === null ? undefined : blocks[index];
    if (!block) {
      this.scrollByPixels(-this.root.scrollTop);
      return this.set({ offer: 'lost' });
    }
    this.set({ offer: null });
    this.scrollByPixels(lineTopOf(block.el, position.offset) - this.viewTop());
    this.root.focus({ preventScroll: true });
    this.scheduleFrame();
  }

  /** "Start from the top". */
  startFromTop(): void {
    this.set({ offer: null });
    this.scrollByPixels(-this.root.scrollTop);
    this.root.focus({ preventScroll: true });
  }

  dismiss(): void {
    this.set({ offer: null });
    this.root.focus({ preventScroll: true });
  }

  setTocOpen(open: boolean): void {
    if (open !== this.state.tocOpen) this.set({ tocOpen: open && this.state.headings.length > 0 });
  }

  /** A table-of-contents entry or a heading key: the heading to the top of the view, with the focus. */
  jumpToHeading(heading: HTMLElement): void {
    this.scrollByPixels(heading.getBoundingClientRect().top - this.viewTop() - JUMP_GAP);
    heading.focus({ preventScroll: true });
    this.userMoved();
    this.scheduleFrame();
  }

  /** The reader is closing: the last position is saved, and nothing of this session stays behind. */
  detach(): void {
    if (this.closed) return;
    this.saveNow();
    this.closed = true;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    for (const stop of this.cleanup.splice(0)) stop();
    this.listeners.clear();
  }
}
