import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
/** The TEST-ONLY build (wxt.config.ts, `--mode e2e`); docs/firefox.md lists how it differs from the release. */
export const E2E_BUILD_DIR = join(ROOT, '.output/firefox-mv3-e2e');

export { runWxt } from '../../scripts/lint-firefox';

/** Serves tests/firefox/pages on 127.0.0.1, the only host the e2e build may script without a click. */
export async function servePages(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.split('/').pop() ?? '';
    try {
      const body = readFileSync(join(import.meta.dirname, 'pages', name.replace(/[^\w.-]/g, '')));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function launchFirefoxWithExtension(
  extensionDir: string,
  prefs: Record<string, string | number | boolean> = {},
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No phoning home from a test run: the machines have no internet, and CI must not depend on it.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** Presses the e2e build's stand-in for the toolbar button and waits until the background finished. */
export async function triggerToggle(page: Page): Promise<void> {
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((done) => {
        document.addEventListener('lectern-e2e-toggled', () => done('toggled'), { once: true });
        document.dispatchEvent(new CustomEvent('lectern-e2e-toggle'));
        setTimeout(() => done('no answer from the extension within 5 s'), 5000);
      }),
  );
  if (outcome !== 'toggled') throw new Error(outcome);
}

interface BidiRemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type: string; result?: BidiRemoteValue } }>;
}

/**
 * The overlay lives in a CLOSED shadow root, which page scripts (and so puppeteer's evaluate) cannot
 * reach. WebDriver BiDi can: `includeShadowTree: 'all'` serializes closed roots too. Puppeteer exposes
 * its BiDi connection only on the concrete browser class, hence the cast.
 */
export class OverlayProbe {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  private get connection(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  private get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  /** The reader's shadow root, or null when no reader is mounted. */
  async shadowRoot(): Promise<string | null> {
    const response = await this.connection.send('script.evaluate', {
      expression: "document.querySelector('lectern-reader')",
      target: { context: this.context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const host = response.result.result;
    if (!host || host.type !== 'node') return null;
    const root = (host.value as { shadowRoot?: BidiRemoteValue | null }).shadowRoot;
    return root?.sharedId ?? null;
  }

  /** Runs `fn(shadowRoot, ...args)` in the page and returns its JSON-able result. */
  async inShadow<T>(fn: string, ...args: (string | number)[]): Promise<T> {
    const root = await this.shadowRoot();
    if (!root) throw new Error('the reader overlay is not mounted');
    const response = await this.connection.send('script.callFunction', {
      functionDeclaration: `(root, ...args) => JSON.stringify((${fn})(root, ...args))`,
      arguments: [{ sharedId: root }, ...args.map((value) => ({ type: typeof value, value }))],
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const result = response.result.result;
    if (response.result.type !== 'success' || result?.type !== 'string')
      throw new Error(`in-shadow call failed: ${JSON.stringify(response.result)}`);
    return JSON.parse(result.value as string) as T;
  }

  /** A real (trusted) mouse click at the centre of the first element matching `selector`. */
  async click(selector: string): Promise<void> {
    const box = await this.inShadow<{ x: number; y: number } | null>(
      `(root, selector) => {
        const rect = root.querySelector(selector)?.getBoundingClientRect();
        return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
      }`,
      selector,
    );
    if (!box) throw new Error(`nothing matches ${selector} in the overlay`);
    await this.page.mouse.click(box.x, box.y);
  }
}
