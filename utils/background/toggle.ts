import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import {
  AFTER_PAINT_SCRIPTS,
  READER_BRIDGE_KEY,
  READER_HANDLE_KEY,
  READER_HOST_TAG,
  type ReaderBridge,
  type ToggleOutcome,
} from '../contract';
import { t, type MessageKey } from '../i18n';
import { toggleExistingReader } from '../page/reader-handle';

const CONTENT_SCRIPT = '/reader.js';

/** Why the reader cannot run on a URL (a message key), or null when it may try. Browsers refuse scripts on these. */
export function restrictionOf(url: string | undefined): MessageKey | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unavailableBadAddress';
  }
  const scheme = parsed.protocol;
  if (scheme === 'view-source:') return 'unavailableSourceView';
  if (['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:', 'devtools:'].includes(scheme))
    return 'unavailableBrowserPage';
  if (['chrome-extension:', 'moz-extension:', 'extension:'].includes(scheme))
    return 'unavailableExtensionPage';
  const storeHosts = ['chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];
  if (
    storeHosts.includes(parsed.hostname) ||
    (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))
  )
    return 'unavailableStore';
  if (/\.pdf$/i.test(parsed.pathname)) return 'unavailablePdf';
  return null;
}

const OUTCOME_MESSAGES: Partial<Record<ToggleOutcome, MessageKey>> = {
  'no-article': 'unavailableNoArticle',
  'not-html': 'unavailableNotHtml',
};

async function showUnavailable(tabId: number, why: MessageKey): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    browser.action.setTitle({ tabId, title: t('unavailableTitle', t(why)) }),
  ]);
}

async function clearUnavailable(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: t('actionTitle') }),
  ]);
}

/**
 * Runs inside the page's isolated world: which of the named after-paint features are not there alive. Read as
 * an own property, as readerBridge() does: a page element named like the key is not the bridge.
 */
function missingFeatures(key: string, names: string[]): string[] {
  const bridge = Object.getOwnPropertyDescriptor(globalThis, key)?.value as ReaderBridge | undefined;
  return names.filter((name) => bridge?.features?.[name]?.isAlive() !== true);
}

/**
 * After the reader is painted: the same isolated world, so each script finds the reader's article body. One
 * question and one injection, whatever the number of scripts.
 */
async function loadAfterPaintScripts(tabId: number): Promise<void> {
  const names = AFTER_PAINT_SCRIPTS.map((script) => script.name);
  const [asked] = await browser.scripting.executeScript({
    target: { tabId },
    func: missingFeatures,
    args: [READER_BRIDGE_KEY, names],
  });
  const missing = new Set((asked?.result as string[] | undefined) ?? names);
  const files = AFTER_PAINT_SCRIPTS.filter((script) => missing.has(script.name)).map((script) => script.file);
  if (files.length) await browser.scripting.executeScript({ target: { tabId }, files });
}

async function inject(tabId: number, file: ScriptPublicPath): Promise<unknown> {
  const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return injected?.result;
}

/**
 * Asks `reuse` in the page's isolated world first (a script injected earlier may still be there and
 * alive); only when it answers nothing is `file` injected. Returns the answer of whichever ran.
 */
async function reuseOrInject<Args extends unknown[]>(
  tabId: number,
  file: ScriptPublicPath,
  reuse: (...args: Args) => unknown,
  ...args: Args
): Promise<unknown> {
  const [reused] = await browser.scripting.executeScript({ target: { tabId }, func: reuse, args });
  return reused?.result || inject(tabId, file);
}

const ACCESS_RETRY_MS = 150;
// Far above a slow extraction of a huge page; only a page that never answers reaches it.
const INJECTION_TIMEOUT_MS = 8000;

/**
 * Chromium sometimes refuses the first injection into a page process it just started (new tab, cross-site
 * navigation) with "Cannot access contents of the page" although the click granted activeTab; the same call
 * a moment later works (Chromium 156; docs/speed.md has how often). One late retry keeps a real click from ending as a false "not available". Truly closed pages fail twice.
 */
async function injectAndToggleWithRetry(tabId: number, askFirst: boolean): Promise<ToggleOutcome> {
  try {
    return await injectAndToggle(tabId, askFirst);
  } catch (error) {
    if (!isAccessError(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, ACCESS_RETRY_MS));
    return injectAndToggle(tabId, askFirst);
  }
}

/**
 * Chromium 156 never settles executeScript on some pages it will not script (a view-source: tab opened
 * from a page the extension had just scripted): without a deadline that press, and every later press
 * queued behind it on the tab, would do nothing at all.
 */
function withDeadline<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the page did not respond')), INJECTION_TIMEOUT_MS);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function isAccessError(error: unknown): boolean {
  return /cannot access/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * With `askFirst`, asks the page for a reader injected earlier and injects only when there is none. Without,
 * injects at once: the script itself toggles a reader it finds there (entrypoints/reader.ts), so the answer is
 * the same, one round trip to the page sooner (docs/speed.md), at the price of evaluating the script again when there was a reader after all.
 */
async function injectAndToggle(tabId: number, askFirst: boolean): Promise<ToggleOutcome> {
  const outcome = askFirst
    ? await reuseOrInject(tabId, CONTENT_SCRIPT, toggleExistingReader, READER_HANDLE_KEY, READER_HOST_TAG)
    : await inject(tabId, CONTENT_SCRIPT);
  return (outcome as ToggleOutcome | undefined) ?? 'opened';
}

const NO_ACCESS: MessageKey = 'unavailableNoAccess';

/**
 * The one path for every trigger (toolbar button, keyboard command). Presses on one tab run one after
 * another, and every failure ends as a badge with a reason, never as an unhandled rejection.
 */
export function createReaderToggle(): (tab: Browser.tabs.Tab | undefined) => Promise<void> {
  const pending = new Map<number, Promise<void>>();
  // The address each tab showed at its last press. Another address is another page (or a single-page app's
  // next story), where the reader is injected without asking for one first. Kept while the service worker
  // lives, with no tab listeners (they would wake it for every tab in the browser).
  const injectedAt = new Map<number, string>();

  return (tab) => {
    const tabId = tab?.id;
    if (tabId === undefined || tabId < 0) return Promise.resolve();
    const run = async () => {
      const url = tab?.url;
      const restricted = restrictionOf(url);
      if (restricted) return showUnavailable(tabId, restricted);
      // A click or the shortcut grants activeTab, which reveals the URL; no URL means no access was granted
      // (view-source:, browser pages), and injecting there can hang instead of failing.
      if (!url) return showUnavailable(tabId, NO_ACCESS);
      try {
        const outcome = await withDeadline(injectAndToggleWithRetry(tabId, injectedAt.get(tabId) === url));
        injectedAt.set(tabId, url);
        const problem = OUTCOME_MESSAGES[outcome];
        await (problem ? showUnavailable(tabId, problem) : clearUnavailable(tabId));
        // The reader works without it: a failure here leaves the article as extracted, nothing more.
        if (outcome === 'opened') await withDeadline(loadAfterPaintScripts(tabId)).catch(() => undefined);
      } catch (error) {
        await showUnavailable(tabId, describeInjectionError(error)).catch(() => undefined);
      }
    };
    const next = (pending.get(tabId) ?? Promise.resolve()).then(run).catch(() => undefined);
    pending.set(tabId, next);
    void next.then(() => {
      if (pending.get(tabId) === next) pending.delete(tabId);
    });
    return next;
  };
}

function describeInjectionError(error: unknown): MessageKey {
  const message = error instanceof Error ? error.message : String(error);
  if (/cannot access|cannot be scripted|permission/i.test(message)) return NO_ACCESS;
  if (/did not respond/.test(message)) return 'unavailableNoResponse';
  if (/no tab|closed/i.test(message)) return 'unavailableTabClosed';
  return 'unavailableUnreadable';
}
