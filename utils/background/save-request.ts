import { browser, type Browser } from 'wxt/browser';
import { isLoadExporterRequest } from '../contract';

// The save menu asks the background for its converters the first time they are needed (utils/page/save-remote.ts).
// The tab and frame to inject into are the sender's own, never named by the message.

export const EXPORTER_FILE = '/save-export.js';

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'tab' | 'frameId'>;

/** Injects the converters into the frame that asked; false when the sender is not one of our page scripts. */
export async function injectExporter(sender: Sender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || tabId === undefined || tabId < 0) return false;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [EXPORTER_FILE],
  });
  return true;
}

/** Background side (sendResponse: Chromium's onMessage does not take a returned promise). */
export function serveSaveRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isLoadExporterRequest(message)) return undefined;
    void injectExporter(sender).then(sendResponse, () => sendResponse(false));
    return true;
  });
}
