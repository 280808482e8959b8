import { browser, type Browser } from 'wxt/browser';
import { isListenMessage, LISTEN_MESSAGE, type ListenRelayMessage, type ListenRelayOp } from '../contract';

// The page side of Listen's one-reader-at-a-time relay (utils/background/listen-relay.ts).

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
