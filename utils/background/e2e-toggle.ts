import { browser, type Browser } from 'wxt/browser';
import { E2E_TOGGLE_MESSAGE } from '../contract';

// TEST-ONLY: wired up solely in `--mode e2e` builds (see wxt.config.ts and docs/firefox.md). Firefox
// automation cannot click the toolbar button or press a browser shortcut, so the Firefox suite asks the
// page-side trigger (utils/page/e2e-trigger.ts) to send this message, and the background runs the very same toggle as a click.

type Toggle = (tab: Browser.tabs.Tab | undefined) => Promise<void>;

/** Background side: a message from the trigger acts like a toolbar click on the sender's tab. */
export function listenForE2eToggle(toggle: Toggle): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (message !== E2E_TOGGLE_MESSAGE) return undefined;
    return toggle(sender.tab).then(() => true);
  });
}
