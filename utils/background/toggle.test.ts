import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { restrictionOf } from './toggle';
import { AFTER_PAINT_SCRIPTS } from '../contract';
import { installFakeI18n } from '../../tests/helpers/fake-i18n';

type Listener = (...args: unknown[]) => unknown;

// The fake browser implements `action` but not `scripting` or `commands`: stub just those two.
function stubCommands() {
  const listeners: Listener[] = [];
  Object.assign(fakeBrowser.commands, {
    onCommand: {
      addListener: (listener: Listener) => listeners.push(listener),
    },
  });
  return (command: string, tab: unknown) => Promise.all(listeners.map((listener) => listener(command, tab)));
}

const articleTab = { id: 7, url: 'https://news.example/2024/story.html' } as const;

describe('background', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  let fireCommand: ReturnType<typeof stubCommands>;

  beforeEach(() => {
    fakeBrowser.reset();
    fireCommand = stubCommands();
    executeScript = vi.fn();
    Object.assign(fakeBrowser.scripting, { executeScript });
    installFakeI18n('en');
    background.main();
  });

  it('injects the reader at once on the first click in a tab, then loads the adjustments script', async () => {
    executeScript
      .mockResolvedValueOnce([{ result: 'opened' }])
      .mockResolvedValueOnce([{ result: ['adjust'] }])
      .mockResolvedValueOnce([{ result: null }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(executeScript.mock.calls[0]?.[0]).toEqual({
      target: { tabId: 7 },
      files: ['/reader.js'],
    });
    // Once the reader is open: which after-paint scripts are missing, then those, in one injection.
    expect(executeScript.mock.calls[1]?.[0]).toMatchObject({
      target: { tabId: 7 },
      args: ['__lecternBridge', AFTER_PAINT_SCRIPTS.map((script) => script.name)],
    });
    expect(executeScript.mock.calls[2]?.[0]).toEqual({ target: { tabId: 7 }, files: ['/adjust.js'] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Open Lectern reader (Alt+Shift+K)');
  });

  it('asks the page for its reader first on the address it was injected into, and injects only if none answers', async () => {
    executeScript.mockResolvedValueOnce([{ result: 'opened' }]).mockResolvedValueOnce([{ result: [] }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    executeScript.mockResolvedValueOnce([{ result: 'closed' }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(executeScript.mock.calls[2]?.[0]).toMatchObject({
      target: { tabId: 7 },
      args: ['__lecternReader', 'lectern-reader'],
    });
    // The same address, a new document (a reload): nothing answers, so the reader is injected.
    executeScript
      .mockResolvedValueOnce([{ result: null }])
      .mockResolvedValueOnce([{ result: 'opened' }])
      .mockResolvedValueOnce([{ result: [] }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    expect(executeScript.mock.calls[4]?.[0]).toEqual({ target: { tabId: 7 }, files: ['/reader.js'] });
  });

  it('injects at once again when the tab shows another address', async () => {
    executeScript.mockResolvedValueOnce([{ result: 'opened' }]).mockResolvedValueOnce([{ result: [] }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    executeScript.mockResolvedValueOnce([{ result: 'opened' }]).mockResolvedValueOnce([{ result: [] }]);
    await fakeBrowser.action.onClicked.trigger({
      ...articleTab,
      url: 'https://news.example/2024/next.html',
    } as never);
    expect(executeScript.mock.calls[2]?.[0]).toEqual({ target: { tabId: 7 }, files: ['/reader.js'] });
  });

  it('loads the after-paint scripts once per page, and never for a reader that closed', async () => {
    executeScript.mockResolvedValueOnce([{ result: 'opened' }]).mockResolvedValueOnce([{ result: [] }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    expect(executeScript).toHaveBeenCalledTimes(2);
    executeScript.mockResolvedValueOnce([{ result: 'closed' }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    expect(executeScript).toHaveBeenCalledTimes(3);
  });

  it('keeps the reader open when an after-paint script fails to load', async () => {
    executeScript
      .mockResolvedValueOnce([{ result: 'opened' }])
      .mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('toggles on the toggle-reader command and ignores other commands', async () => {
    executeScript.mockResolvedValue([{ result: 'opened' }]);
    await fireCommand('something-else', articleTab);
    expect(executeScript).not.toHaveBeenCalled();
    await fireCommand('toggle-reader', articleTab);
    expect(executeScript.mock.calls[0]?.[0]).toEqual({ target: { tabId: 7 }, files: ['/reader.js'] });
  });

  it('badges a restricted page with the reason and never injects', async () => {
    await fakeBrowser.action.onClicked.trigger({ id: 3, url: 'chrome://settings/' } as never);
    expect(executeScript).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe(
      "Reader isn't available on this page: browser pages are protected",
    );
  });

  it('turns an injection failure into a badge, not an unhandled rejection', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(fakeBrowser.action.onClicked.trigger(articleTab as never)).resolves.toBeDefined();
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(/does not let extensions read it/);
  });

  it('badges a page without an article', async () => {
    executeScript.mockResolvedValueOnce([{ result: 'no-article' }]);
    await fakeBrowser.action.onClicked.trigger(articleTab as never);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(/no article was found/);
  });

  it('runs presses on one tab one after another', async () => {
    const order: string[] = [];
    let open = false;
    executeScript.mockImplementation(async ({ args }: { args?: string[] }) => {
      if (args?.[0] === '__lecternBridge') return [{ result: [] }];
      order.push(open ? 'close-start' : 'open-start');
      await new Promise((resolve) => setTimeout(resolve, 5));
      open = !open;
      order.push(open ? 'open-end' : 'close-end');
      return [{ result: open ? 'opened' : 'closed' }];
    });
    await Promise.all([1, 2, 3].map(() => fakeBrowser.action.onClicked.trigger(articleTab as never)));
    expect(order).toEqual(['open-start', 'open-end', 'close-start', 'close-end', 'open-start', 'open-end']);
  });
});

describe('restrictionOf', () => {
  it.each([
    ['chrome://extensions/', 'unavailableBrowserPage'],
    ['about:blank', 'unavailableBrowserPage'],
    ['view-source:https://example.com/', 'unavailableSourceView'],
    ['https://chromewebstore.google.com/detail/x', 'unavailableStore'],
    ['https://chrome.google.com/webstore/detail/x', 'unavailableStore'],
    ['https://example.com/report.PDF', 'unavailablePdf'],
    ['chrome-extension://abc/options.html', 'unavailableExtensionPage'],
  ])('%s is restricted', (url, reason) => {
    expect(restrictionOf(url)).toBe(reason);
  });

  it.each([
    'https://www.koreatimes.co.kr/www/nation/2024/10/113_385612.html',
    'http://127.0.0.1:8080/a',
    undefined,
  ])('%s may be tried', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });
});
