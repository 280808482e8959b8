import { browser, type Browser } from 'wxt/browser';

// The save menu asks the background for its converters the first time they are needed. The message carries
// nothing but its type: the tab and frame to inject into are the sender's own, never named by the message.

export const LOAD_EXPORTER = 'lectern:load-save-exporter';
export const EXPORTER_FILE = '/save-export.js';

export interface LoadExporterRequest {
  type: typeof LOAD_EXPORTER;
}

export function isLoadExporterRequest(message: unknown): message is LoadExporterRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    !Array.isArray(message) &&
    (message as { type?: unknown }).type === LOAD_EXPORTER &&
    Object.keys(message).length === 1
  );
}

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

/** Page side: asks for the converters; true once the background has injected them. */
export async function requestExporter(): Promise<boolean> {
  const request: LoadExporterRequest = { type: LOAD_EXPORTER };
  return (await browser.runtime.sendMessage(request)) === true;
}
