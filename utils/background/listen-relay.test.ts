import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isListenMessage, LISTEN_MESSAGE, type ListenRelayOp } from '../contract';
import { onStopRequest } from '../page/listen-remote';
import { relay, serveListenRelay } from './listen-relay';

let sent: { tabId: number; message: unknown; frameId?: number }[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown, options?: { frameId?: number }) => {
    sent.push({ tabId, message, frameId: options?.frameId });
  }) as typeof fakeBrowser.tabs.sendMessage;
  serveListenRelay();
});

/** What the background does with a tab's report (the listener hands it to relay() and answers nothing). */
const from = (tabId: number, op: ListenRelayOp, frameId = 0) => relay(op, { tabId, frameId });

const STOP = { type: LISTEN_MESSAGE, op: 'stop' };

describe('one reader reads aloud at a time', () => {
  it('stops the tab that speaks when another tab opens a reader or starts listening', async () => {
    await from(1, 'speaking');
    expect(sent).toEqual([]);
    await from(2, 'opened');
    expect(sent).toEqual([{ tabId: 1, message: STOP, frameId: 0 }]);
    await from(2, 'speaking');
    await from(3, 'speaking');
    expect(sent).toEqual([
      { tabId: 1, message: STOP, frameId: 0 },
      { tabId: 2, message: STOP, frameId: 0 },
    ]);
  });

  it('leaves the speaking tab alone when it reopens its own reader, and forgets a tab gone silent', async () => {
    await from(1, 'speaking');
    await from(1, 'opened');
    await from(1, 'silent');
    await from(2, 'opened');
    expect(sent).toEqual([]);
  });

  it('remembers the speaking tab across a restart of the service worker (session storage)', async () => {
    await from(4, 'speaking');
    expect(await fakeBrowser.storage.session.get('listenSpeaker')).toEqual({
      listenSpeaker: { tabId: 4, frameId: 0 },
    });
  });

  it('takes reports from the tabs that send them, never from the message, and ignores the rest', async () => {
    const report = (op: string, sender: object) =>
      fakeBrowser.runtime.onMessage.trigger({ type: LISTEN_MESSAGE, op, tabId: 7 }, sender, () => undefined);
    await report('speaking', {});
    await report('stop', { tab: { id: 5 } });
    await report('speaking', { tab: { id: 5 }, frameId: 0 });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get('listenSpeaker')).toEqual({
        listenSpeaker: { tabId: 5, frameId: 0 },
      }),
    );
    await report('opened', { tab: { id: 6 }, frameId: 0 });
    await vi.waitFor(() => expect(sent).toEqual([{ tabId: 5, message: STOP, frameId: 0 }]));
    expect(isListenMessage({ type: LISTEN_MESSAGE, op: 'shout' })).toBe(false);
    expect(isListenMessage('lectern:listen')).toBe(false);
    expect(isListenMessage(null)).toBe(false);
  });

  it("page side: stops only on the background's word, not on another page's", async () => {
    const onStop = vi.fn();
    const unsubscribe = onStopRequest(onStop);
    await fakeBrowser.runtime.onMessage.trigger(
      STOP,
      { tab: { id: 9 } } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1],
      () => undefined,
    );
    expect(onStop).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger(STOP, {}, () => undefined);
    expect(onStop).toHaveBeenCalledTimes(1);
    unsubscribe();
    await fakeBrowser.runtime.onMessage.trigger(STOP, {}, () => undefined);
    expect(onStop).toHaveBeenCalledTimes(1);
  });
});
