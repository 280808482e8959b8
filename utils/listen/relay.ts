import { browser, type Browser } from 'wxt/browser';

/**
 * One reader reads aloud at a time. The speech engine is the whole browser's (in Chromium a second tab's
 * utterances queue behind the first's, sentence for sentence), so opening a reader, or listening, in one tab
 * pauses listening in the tab that was speaking. The background only passes the word on: it remembers which
 * tab speaks (in session storage, which outlives the service worker's restarts) and tells it to stop.
 */
export const LISTEN_MESSAGE = 'lectern:listen';

export type ListenRelayOp = 'opened' | 'speaking' | 'silent';
export interface ListenRelayMessage {
  type: typeof LISTEN_MESSAGE;
  op: ListenRelayOp | 'stop';
}

const SPEAKER_KEY = 'listenSpeaker';

interface Speaker {
  tabId: number;
  frameId: number;
}

export function isListenMessage(message: unknown): message is ListenRelayMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, op } = message as { type?: unknown; op?: unknown };
  return type === LISTEN_MESSAGE && ['opened', 'speaking', 'silent', 'stop'].includes(op as string);
}

/** Background side. Only a page's own reader can report; the tab is the sender's, never the message's. */
export function serveListenRelay(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isListenMessage(message) || message.op === 'stop') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return undefined;
    void relay(message.op, { tabId, frameId: sender.frameId ?? 0 }).catch(() => undefined);
    return undefined;
  });
}

let memory: Speaker | null = null;

async function readSpeaker(): Promise<Speaker | null> {
  const area = browser.storage.session;
  if (!area) return memory;
  const stored = (await area.get(SPEAKER_KEY))[SPEAKER_KEY] as Speaker | undefined;
  return stored && typeof stored.tabId === 'number' ? stored : null;
}

async function writeSpeaker(speaker: Speaker | null): Promise<void> {
  memory = speaker;
  const area = browser.storage.session;
  if (!area) return;
  await (speaker ? area.set({ [SPEAKER_KEY]: speaker }) : area.remove(SPEAKER_KEY));
}

export async function relay(op: ListenRelayOp, from: Speaker): Promise<void> {
  const speaker = await readSpeaker();
  const same = speaker?.tabId === from.tabId && speaker.frameId === from.frameId;
  if (op === 'silent') {
    if (same) await writeSpeaker(null);
    return;
  }
  if (speaker && !same) {
    const stop: ListenRelayMessage = { type: LISTEN_MESSAGE, op: 'stop' };
    // The tab may be gone or show another page by now: then there is nothing to stop.
    await browser.tabs.sendMessage(speaker.tabId, stop, { frameId: speaker.frameId }).catch(() => undefined);
  }
  await writeSpeaker(op === 'speaking' ? from : speaker && !same ? null : speaker);
}

/** Page side: tells the background, ignoring a background that is not there (extension reloaded). */
export function report(op: ListenRelayOp): void {
  try {
    void browser.runtime
      .sendMessage({ type: LISTEN_MESSAGE, op } satisfies ListenRelayMessage)
      .catch(() => undefined);
  } catch {
    // The extension was reloaded: this orphaned script has no background to tell.
  }
}

/** Page side: calls `onStop` when another tab's reader takes over. Returns the unsubscribe. */
export function onStopRequest(onStop: () => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only the background sends to a tab; a message with a tab came from another page's script.
    if (!isListenMessage(message) || message.op !== 'stop' || sender.tab) return undefined;
    onStop();
    return undefined;
  };
  try {
    browser.runtime.onMessage.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.runtime.onMessage.removeListener(listener);
}
