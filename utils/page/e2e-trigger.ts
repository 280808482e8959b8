import { browser } from 'wxt/browser';
import { E2E_TOGGLE_EVENT, E2E_TOGGLE_MESSAGE, E2E_TOGGLED_EVENT } from '../contract';

// TEST-ONLY: the page side of utils/background/e2e-toggle.ts, wired up solely in `--mode e2e` builds.
/** Page side: the test dispatches E2E_TOGGLE_EVENT and waits for E2E_TOGGLED_EVENT. */
export function forwardE2eToggles(target: EventTarget): void {
  target.addEventListener(E2E_TOGGLE_EVENT, () => {
    void browser.runtime
      .sendMessage(E2E_TOGGLE_MESSAGE)
      .then(() => target.dispatchEvent(new CustomEvent(E2E_TOGGLED_EVENT)));
  });
}
