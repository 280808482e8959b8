import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReaderBrowser } from '../../scripts/harness/browser';
import { useReaderBrowser } from '../helpers/reader-browser';
import { ReaderInspector } from '../../scripts/harness/reader-inspector';
import { REFERENCE_PAGE } from '../../scripts/harness/reference-page';
import { waitFor } from '../../scripts/harness/wait';
import { focusBrowserWindow, startVirtualDisplay, type VirtualDisplay } from '../../scripts/harness/xvfb';

// Headed on purpose: a keyboard shortcut is a window-system event, which headless Chromium never gets.
let screen: VirtualDisplay;
let browser: ReaderBrowser;
let tab: Page;
let inspector: ReaderInspector;

useReaderBrowser({
  launch: async () => {
    screen = await startVirtualDisplay();
    return { headed: true, env: { ...process.env, DISPLAY: screen.display } };
  },
  setup: async (launched) => {
    browser = launched;
    tab = await browser.openTab(REFERENCE_PAGE);
    inspector = await ReaderInspector.attach(tab);
  },
  teardown: async () => {
    await screen?.stop();
  },
});

/** Runs in the service worker: the key Chromium really assigned to each command (empty when it refused). */
async function assignedShortcuts(): Promise<Record<string, string>> {
  const chrome = Reflect.get(self, 'chrome') as {
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  };
  const commands = await chrome.commands.getAll();
  return Object.fromEntries(commands.map((command) => [command.name ?? '', command.shortcut ?? '']));
}

/** 'Alt+Shift+K' → 'alt+shift+k', xdotool's spelling. */
function toXdotool(shortcut: string): string {
  return shortcut
    .split('+')
    .map((key) => key.toLowerCase())
    .join('+');
}

describe('keyboard shortcut', () => {
  it('toggle-reader has a key assigned by the browser, not just suggested', async () => {
    const shortcuts = await browser.worker.evaluate(assignedShortcuts);
    expect(shortcuts['toggle-reader']).toBe('Alt+Shift+K');
  });

  it('real key presses open the reader, and the same keys close it', async () => {
    const { ['toggle-reader']: shortcut = '' } = await browser.worker.evaluate(assignedShortcuts);
    await browser.goto(tab, REFERENCE_PAGE);
    await tab.bringToFront();
    await focusBrowserWindow(screen.display);

    await screen.pressKeys(toXdotool(shortcut));
    const shown = await waitFor(
      () => inspector.snapshot(),
      (s) => s.paragraphs.length > 0,
      'the shortcut to open',
    );
    expect(shown.hostCount).toBe(1);
    expect(shown.paragraphs.at(-1)).toMatch(/\(Yonhap\)$/);

    await screen.pressKeys(toXdotool(shortcut));
    await waitFor(
      () => inspector.hostCount(),
      (n) => n === 0,
      'the shortcut to close',
    );
  });

  it('logged no error and no unhandled rejection in the service worker', async () => {
    expect(await browser.workerErrors()).toEqual([]);
  });
});
