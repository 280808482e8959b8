import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serveSiteRulesRequests } from '../utils/adjustments/store';
import { listenForE2eToggle } from '../utils/e2e-trigger';
import { servePositionRequests } from '../utils/long-read/store';
import { serveSaveRequests } from '../utils/save/request';
import { serveListenRelay } from '../utils/listen/relay';
import { serveSettingsRequests } from '../utils/settings-store';
import { createReaderToggle } from '../utils/toggle';

// Listeners only: the service worker does nothing at start-up, so an idle browser pays nothing.
export default defineBackground(() => {
  const toggleReader = createReaderToggle();
  browser.action.onClicked.addListener((tab) => toggleReader(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader') return toggleReader(tab);
  });
  serveSettingsRequests();
  serveSiteRulesRequests();
  servePositionRequests();
  serveSaveRequests();
  serveListenRelay();
  // A build-time constant: release builds drop this line and the whole e2e-trigger module.
  if (import.meta.env.MODE === 'e2e') listenForE2eToggle(toggleReader);
});
