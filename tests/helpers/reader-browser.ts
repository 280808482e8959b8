import { afterAll, beforeAll } from 'vitest';
import { launchReaderBrowser, type LaunchOptions, type ReaderBrowser } from '../../scripts/harness/browser';

export interface ReaderBrowserFixture {
  /** How to launch; a function when the options depend on something started first (a virtual display). */
  launch?: LaunchOptions | (() => Promise<LaunchOptions>);
  /** Gets the launched browser before the file's first test: keep it, open the tabs the tests share. */
  setup(browser: ReaderBrowser): Promise<void>;
  /** After the browser is closed: stop what the suite started for itself (a server, a display). */
  teardown?(): Promise<void>;
}

/**
 * Every Chromium browser suite's one launch: Chromium with the built extension for the whole file, closed after
 * its last test. (The Firefox suites drive Firefox through its own launcher, tests/firefox/firefox.ts.)
 */
export function useReaderBrowser({ launch = {}, setup, teardown }: ReaderBrowserFixture): void {
  let browser: ReaderBrowser | undefined;
  beforeAll(async () => {
    browser = await launchReaderBrowser(typeof launch === 'function' ? await launch() : launch);
    await setup(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await teardown?.();
  });
}
