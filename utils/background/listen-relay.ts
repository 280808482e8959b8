import { browser, type Browser } from 'wxt/browser';
import { isListenMessage, LISTEN_MESSAGE, type ListenRelayMessage, type ListenRelayOp } from '../contract';

/**
 * One reader reads aloud at a time. The speech engine is the whole browser's (in Chromium a second tab's
 * utterances queue behind the first's, sentence for sentence), so opening a reader, or listening, in one tab
 * pauses listening in the tab that was speaking. The background only passes the word on: it remembers which
 * tab speaks (in session storage, which outlives the service worker's restarts) and tells it to stop.
 */
const SPEAKER_KEY = 'listenSpeaker';

interface Speaker {
  tabId: number;
  frameId: number;
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
