import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toggleReader } from '../utils/toggle';

export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => void toggleReader(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-reader') void toggleReader(tab);
  });
});
