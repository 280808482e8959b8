import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serveSiteRulesRequests } from '../utils/background/site-rules-store';
import { listenForE2eToggle } from '../utils/background/e2e-toggle';
import { servePositionRequests } from '../utils/background/positions-store';
import { serveSaveRequests } from '../utils/background/save-request';
import { serveListenRelay } from '../utils/background/listen-relay';
import { serveSettingsRequests } from '../utils/background/settings-store';
import { createReaderToggle } from '../utils/background/toggle';

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
