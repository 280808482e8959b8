import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { browser } from 'wxt/browser';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../find-chromium';
import { startTestServer, type TestServer } from './server';
import { ensureSpeechAudio } from './speech';
import { waitFor } from './wait';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

const LOAD_FROM_COMMAND_LINE = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
];

// Without the networking flags Chromium keeps calling home and gets refused on offline machines.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ReaderBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: TestServer;
  /** How many toolbar clicks the service worker has received since launch. */
  clicksSeen(): Promise<number>;
  /** Errors and unhandled rejections seen in the extension's service worker so far. */
  workerErrors(): Promise<string[]>;
  /** A new tab showing a served page (`pages/…` or `fixtures/…`). */
  openTab(path: string, host?: '127.0.0.1' | 'localhost'): Promise<Page>;
  /** Navigates a tab to a served page under a URL never used before. */
  goto(page: Page, path: string, host?: '127.0.0.1' | 'localhost'): Promise<void>;
  /**
   * What a user's click on the toolbar button does: Chromium dispatches action.onClicked and grants activeTab.
   * `extension` picks one of `alsoLoaded` instead of the release build.
   */
  clickToolbar(page: Page, extension?: string): Promise<void>;
  /** The same click, prepared: the returned function only fires it (for timing the click alone). */
  toolbarClicker(page: Page, extension?: string): Promise<() => Promise<void>>;
  /** Ids of the `alsoLoad` extensions, in the order given. */
  alsoLoaded: string[];
  /**
   * Reloads the extension from its folder, as an update does (only with `reloadable`). Afterwards `worker`
   * is the new version's; `clicksSeen` counts its clicks; `workerErrors` keeps the old version's too.
   */
  reloadExtension(): Promise<void>;
  /** The button's badge text and tooltip for this page's tab. */
  badge(page: Page): Promise<{ text: string; title: string }>;
  close(): Promise<void>;
}

export function chromiumPathOrThrow(): string {
  const path = findChromium();
  // Fail, never skip: a CI without a browser must go red, not silently green.
  if (!path) throw new Error(CHROMIUM_INSTALL_HINT);
  return path;
}

export interface LaunchOptions {
  headed?: boolean;
  env?: NodeJS.ProcessEnv;
  /** More folders for the server to serve (URL prefix → folder). */
  extraMounts?: Record<string, string>;
  extraArgs?: string[];
  /**
   * Load the extension through the DevTools protocol, so that it can be reloaded. Chromium 156 disables an
   * extension loaded with --load-extension when it is reloaded ("unsupported developer extension"), while
   * `Extensions.loadUnpacked` of the same folder again reloads it in place, like an update.
   */
  reloadable?: boolean;
  /**
   * Real speech (Listen): PulseAudio is started if needed and Chromium talks to speech-dispatcher. Without
   * it the browser has no voices and every utterance fails with "synthesis-failed".
   */
  speech?: boolean;
  /**
   * More built extension folders loaded beside the release build, as bench:speed's A/B compares two builds in
   * one browser. Loaded through the DevTools protocol (like `reloadable`), which returns each one's id.
   */
  alsoLoad?: string[];
}

export async function launchReaderBrowser(options: LaunchOptions = {}): Promise<ReaderBrowser> {
  if (options.speech) ensureSpeechAudio();
  const userDataDir = await mkdtemp(join(tmpdir(), 'lectern-e2e-'));
  const server = await startTestServer(options.extraMounts);
  const loadsThroughCdp = Boolean(options.reloadable || options.alsoLoad?.length);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPathOrThrow(),
    headless: !options.headed,
    args: [
      ...CHROMIUM_ARGS,
      ...(loadsThroughCdp ? ['--enable-unsafe-extension-debugging'] : LOAD_FROM_COMMAND_LINE),
      ...(options.speech ? ['--enable-speech-dispatcher'] : []),
      ...(options.extraArgs ?? []),
    ],
    ignoreDefaultArgs: loadsThroughCdp ? ['--disable-extensions'] : undefined,
    env: options.env,
    viewport: { width: 1200, height: 800 },
  });
  const cdp = await context.browser()!.newBrowserCDPSession();
  const loadThroughCdp = async (path = EXTENSION_DIR) =>
    ((await cdp.send('Extensions.loadUnpacked' as never, { path } as never)) as { id: string }).id;
  if (loadsThroughCdp) await loadThroughCdp();
  const alsoLoaded: string[] = [];
  for (const path of options.alsoLoad ?? []) alsoLoaded.push(await loadThroughCdp(path));
  let worker = await releaseWorker(context, alsoLoaded);
  const extensionId = new URL(worker.url()).host;
  // Errors of earlier versions (before a reload) are kept: the probes live and die with their worker.
  const errorsSeen: string[] = [];
  async function watchWorker(next: Worker): Promise<void> {
    next.on('console', (message) => {
      if (message.type() === 'error') errorsSeen.push(message.text());
    });
    await next.evaluate(installWorkerProbes);
  }
  await watchWorker(worker);

  async function tabTargetId(page: Page): Promise<string> {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] } as never);
    // A source view's tab reports `view-source:<url>` while the page reports the plain URL.
    const urls = [page.url(), `view-source:${page.url()}`];
    const tab = targetInfos.find((target) => target.type === 'tab' && urls.includes(target.url));
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    return tab.targetId;
  }

  async function toolbarClicker(page: Page, extension = extensionId): Promise<() => Promise<void>> {
    await page.bringToFront();
    const targetId = await tabTargetId(page);
    return async () => {
      await cdp.send('Extensions.triggerAction' as never, { id: extension, targetId } as never);
    };
  }

  return {
    context,
    extensionId,
    get worker() {
      return worker;
    },
    server,
    clicksSeen: () => worker.evaluate(readClicksSeen),
    workerErrors: async () => [...errorsSeen, ...(await worker.evaluate(readWorkerErrors))],
    async openTab(path, host) {
      const page = await context.newPage();
      await page.goto(server.url(path, host));
      return page;
    },
    goto: async (page, path, host) => void (await page.goto(server.url(path, host))),
    clickToolbar: async (page, extension) => (await toolbarClicker(page, extension))(),
    toolbarClicker,
    alsoLoaded,
    async reloadExtension() {
      if (!options.reloadable) throw new Error('launch with { reloadable: true } to reload the extension');
      // A click that arrives while the new version is still starting is lost: wait until its worker
      // listens for clicks.
      errorsSeen.push(...(await worker.evaluate(readWorkerErrors)));
      const started = context.waitForEvent('serviceworker', { timeout: 10_000 });
      await loadThroughCdp();
      const next = await started;
      await waitFor(() => next.evaluate(listensForClicks), Boolean, 'the new version to listen for clicks');
      await watchWorker(next);
      worker = next;
    },
    async badge(page) {
      await page.bringToFront();
      return worker.evaluate(readActiveTabBadge);
    },
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The release build's service worker: the first one whose extension is not one of `others`. */
async function releaseWorker(context: BrowserContext, others: string[]): Promise<Worker> {
  const isRelease = (worker: Worker) => !others.includes(new URL(worker.url()).host);
  const running = context.serviceWorkers().find(isRelease);
  return running ?? context.waitForEvent('serviceworker', { predicate: isRelease });
}

// The functions below run inside the service worker (serialized by Playwright): no outside names.
type ChromeApi = typeof browser;

function installWorkerProbes(): void {
  const errors: string[] = [];
  Reflect.set(self, '__lecternTestErrors', errors);
  Reflect.set(self, '__lecternTestClicks', 0);
  const chrome = Reflect.get(self, 'chrome') as ChromeApi;
  chrome.action.onClicked.addListener(() =>
    Reflect.set(self, '__lecternTestClicks', (Reflect.get(self, '__lecternTestClicks') as number) + 1),
  );
  self.addEventListener('error', (event) => errors.push(`error: ${(event as ErrorEvent).message}`));
  self.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`),
  );
}

function listensForClicks(): boolean {
  return (Reflect.get(self, 'chrome') as ChromeApi).action.onClicked.hasListeners();
}

function readClicksSeen(): number {
  return Reflect.get(self, '__lecternTestClicks') as number;
}

function readWorkerErrors(): string[] {
  return [...((Reflect.get(self, '__lecternTestErrors') as string[] | undefined) ?? [])];
}

async function readActiveTabBadge(): Promise<{ text: string; title: string }> {
  // tabs.query({ url }) would need host permissions; the active tab of the focused window does not.
  const chrome = Reflect.get(self, 'chrome') as ChromeApi;
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  const [text, title] = await Promise.all([
    chrome.action.getBadgeText({ tabId: tab.id }),
    chrome.action.getTitle({ tabId: tab.id }),
  ]);
  return { text, title };
}
