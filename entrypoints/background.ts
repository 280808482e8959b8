import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toggleReader } from '../utils/toggle';

// Listeners only: the service worker does nothing at start-up, so an idle browser pays nothing.
export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => toggleReader(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader') return toggleReader(tab);
  });
});
