import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { SiteRule } from './adjustments/rules';
import type { Article } from './extract/article';
import type { ReadingPosition } from './long-read/positions';
import type { ReaderSettings } from './settings';

// The page↔background contract: every name, message and answer the service worker (utils/background) and the
// scripts in a page (utils/page, the after-paint features) exchange. Both sides import this module and nothing
// of each other, so a change to a message shows on both sides at once.

// ---- the toggle ----

/** What a toggle did, reported back to the background so it can badge the button. */
export type ToggleOutcome = 'opened' | 'closed' | 'no-article' | 'not-html';

/** Where an injected reader leaves its toggle, so a second press reuses it instead of injecting again. */
export const READER_HANDLE_KEY = '__lecternReader';

/** The overlay's host element, a child of <html>. */
export const READER_HOST_TAG = 'lectern-reader';

export interface ReaderHandle {
  toggle(): Promise<ToggleOutcome>;
  /** False once the extension was reloaded or updated: that reader's APIs are gone. */
  isAlive(): boolean;
}

// ---- the after-paint scripts ----

/**
 * The scripts the background injects into the reader's isolated world once the reader is painted, in this
 * order: features too big for the reader's first-paint budget, or not needed for its first frame. Each one
 * registers itself under its name (utils/page/after-paint/register.ts); a name already registered and alive is
 * not injected again.
 */
export const AFTER_PAINT_SCRIPTS: readonly { name: string; file: ScriptPublicPath }[] = [
  // The "Removed" panel, "Remove this" and the site rules.
  { name: 'adjust', file: '/adjust.js' },
  // Listen: reads the article aloud.
  { name: 'listen', file: '/listen.js' },
  // Long reads: the remembered reading position, time left, the table of contents.
  { name: 'contents', file: '/contents.js' },
  // The Save button and menu (Markdown, HTML, copy); its converters are injected on first use.
  { name: 'save', file: '/save.js' },
];

/**
 * Where the reader meets the after-paint scripts (utils/page/reader-bridge.ts). All run in the extension's
 * isolated world, which the page's scripts cannot see.
 */
export const READER_BRIDGE_KEY = '__lecternBridge';

/** One after-paint feature, as its script registers it (utils/page/after-paint/register.ts). */
export interface AfterPaintFeature {
  /** The reader has filled its article body (every open, and the one open when the script arrives). */
  attach(body: HTMLElement, article: Article): void;
  /** The reader is closing: stop anything that outlives the overlay (speech, timers, listeners) now. */
  detach?(): void;
  /** False once the extension that loaded this script was reloaded or updated. */
  isAlive(): boolean;
}

export interface ReaderBridge {
  /**
   * The open reader's article body and article, set each time the reader fills it. Held weakly: a strong
   * reference kept the last closed reader's whole article (and the features' listeners on it) alive for as
   * long as the page stayed open (tests/hostile lifecycle).
   */
  body?: WeakRef<HTMLElement>;
  article?: WeakRef<Article>;
  features: Record<string, AfterPaintFeature>;
}

// ---- settings (utils/background/settings-store.ts ← utils/page/settings-remote.ts) ----

/** What the reader in a page sends the background to read or change the settings item. */
export type SettingsRequest =
  | { type: 'lectern:settings'; op: 'load' | 'reset' }
  | { type: 'lectern:settings'; op: 'update'; patch: Partial<ReaderSettings> };

export function isSettingsRequest(message: unknown): message is SettingsRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'lectern:settings' &&
    ['load', 'reset', 'update'].includes((message as { op?: unknown }).op as string)
  );
}

// ---- site rules (utils/background/site-rules-store.ts ← utils/page/site-rules-remote.ts) ----

export interface SiteRulesRequest {
  type: 'lectern:sites';
  op: 'get' | 'add' | 'delete';
  rule?: unknown;
}

export interface SiteRulesAnswer {
  rules: SiteRule[];
  dropped: number;
}

export function isSiteRulesRequest(message: unknown): message is SiteRulesRequest {
  const request = message as SiteRulesRequest | null;
  return request?.type === 'lectern:sites' && ['get', 'add', 'delete'].includes(request.op);
}

// ---- reading positions (utils/background/positions-store.ts ← utils/page/positions-remote.ts) ----

export interface PositionRequest {
  type: 'lectern:position';
  op: 'get' | 'put' | 'forget';
  /** The address the reader opened on (location.href then); checked against the sender's own. */
  url: string;
  /** The page's <link rel=canonical>, when it has one; used only on the sender's own origin. */
  canonical?: string | null;
  position?: unknown;
}

/**
 * `ok`: done (`position` for get). `off`: the user turned "Remember where I stopped" off. `refused`: the
 * message is not about the page that sent it (see articleKey). `unavailable`: storage failed (full, or not
 * there): the reader says nothing is remembered.
 */
export interface PositionAnswer {
  status: 'ok' | 'off' | 'refused' | 'unavailable';
  position?: ReadingPosition | null;
}

export function isPositionRequest(message: unknown): message is PositionRequest {
  const request = message as PositionRequest | null;
  return (
    typeof request === 'object' &&
    request !== null &&
    request.type === 'lectern:position' &&
    ['get', 'put', 'forget'].includes(request.op) &&
    typeof request.url === 'string'
  );
}

// ---- Listen: one reader reads aloud at a time (utils/background/listen-relay.ts ↔ utils/page/listen-remote.ts) ----

export const LISTEN_MESSAGE = 'lectern:listen';

export type ListenRelayOp = 'opened' | 'speaking' | 'silent';
export interface ListenRelayMessage {
  type: typeof LISTEN_MESSAGE;
  op: ListenRelayOp | 'stop';
}

export function isListenMessage(message: unknown): message is ListenRelayMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, op } = message as { type?: unknown; op?: unknown };
  return type === LISTEN_MESSAGE && ['opened', 'speaking', 'silent', 'stop'].includes(op as string);
}

// ---- Save's converters (utils/background/save-request.ts ← utils/page/save-remote.ts) ----

// The message carries nothing but its type: the tab and frame to inject into are the sender's own.
export const LOAD_EXPORTER = 'lectern:load-save-exporter';

export interface LoadExporterRequest {
  type: typeof LOAD_EXPORTER;
}

export function isLoadExporterRequest(message: unknown): message is LoadExporterRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    !Array.isArray(message) &&
    (message as { type?: unknown }).type === LOAD_EXPORTER &&
    Object.keys(message).length === 1
  );
}

// ---- TEST-ONLY: the e2e build's page trigger (utils/background/e2e-toggle.ts ← utils/page/e2e-trigger.ts) ----

export const E2E_TOGGLE_EVENT = 'lectern-e2e-toggle';
export const E2E_TOGGLED_EVENT = 'lectern-e2e-toggled';
export const E2E_TOGGLE_MESSAGE = 'lectern-e2e-toggle';
