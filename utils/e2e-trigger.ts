import { browser, type Browser } from 'wxt/browser';

// TEST-ONLY: wired up solely in `--mode e2e` builds (see wxt.config.ts and docs/firefox.md). Firefox
// automation cannot click the toolbar button or press a browser shortcut, so the Firefox suite asks the
// page-side trigger to send this message, and the background runs the very same toggle as a click.
export const E2E_TOGGLE_EVENT = 'lectern-e2e-toggle';
export const E2E_TOGGLED_EVENT = 'lectern-e2e-toggled';
const E2E_TOGGLE_MESSAGE = 'lectern-e2e-toggle';

type Toggle = (tab: Browser.tabs.Tab | undefined) => Promise<void>;

/** Background side: a message from the trigger acts like a toolbar click on the sender's tab. */
export function listenForE2eToggle(toggle: Toggle): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (message !== E2E_TOGGLE_MESSAGE) return undefined;
    return toggle(sender.tab).then(() => true);
  });
}

/** Page side: the test dispatches E2E_TOGGLE_EVENT and waits for E2E_TOGGLED_EVENT. */
export function forwardE2eToggles(target: EventTarget): void {
  target.addEventListener(E2E_TOGGLE_EVENT, () => {
    void browser.runtime
      .sendMessage(E2E_TOGGLE_MESSAGE)
      .then(() => target.dispatchEvent(new CustomEvent(E2E_TOGGLED_EVENT)));
  });
}
