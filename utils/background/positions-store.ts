import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isPositionRequest, type PositionAnswer, type PositionRequest } from '../contract';
import { loadSettings } from './settings-store';
import { articleKey } from '../long-read/url';
import {
  MAX_POSITIONS,
  newest,
  validatePosition,
  validatePositions,
  type Positions,
  type ReadingPosition,
  type ValidatedPositions,
} from '../long-read/positions';

// The one reading-positions item, in local storage only (never synced: it is a record of what was read, and
// sync storage allows 8 kB an item). The background and the options page use it directly; the long-read
// script in a page asks the background (utils/page/positions-remote.ts). Defined on first use: the service worker does nothing at
// start-up.
export const POSITIONS_KEY = 'readingPositions';
let item: ReturnType<typeof definePositionsItem> | undefined;

function definePositionsItem() {
  return storage.defineItem<Positions>(`local:${POSITIONS_KEY}`, { fallback: {}, version: 1 });
}

function positionsItem() {
  item ??= definePositionsItem();
  return item;
}

export async function loadPositions(): Promise<ValidatedPositions> {
  return validatePositions(await positionsItem().getValue());
}

let writes: Promise<unknown> = Promise.resolve();

/** One write at a time: two tabs saving at once must not lose one. */
function change(edit: (positions: Positions) => Positions): Promise<void> {
  const run = async () => {
    await positionsItem().setValue(edit((await loadPositions()).positions));
  };
  const next = writes.then(run, run);
  writes = next.catch(() => undefined);
  return next;
}

export function savePosition(key: string, position: ReadingPosition, now = Date.now()): Promise<void> {
  return change((positions) => {
    const others = Object.entries(positions).filter(([other]) => other !== key);
    return Object.fromEntries(newest([...others, [key, { ...position, at: now }]], MAX_POSITIONS));
  });
}

export function forgetPosition(key: string): Promise<void> {
  return change((positions) =>
    Object.fromEntries(Object.entries(positions).filter(([other]) => other !== key)),
  );
}

/** "Forget all": the item and its version marker leave storage altogether. */
export function forgetAllPositions(): Promise<void> {
  const run = () => positionsItem().removeValue({ removeMeta: true });
  const next = writes.then(run, run);
  writes = next.catch(() => undefined);
  return next;
}

export function watchPositions(onChange: () => void): () => void {
  return positionsItem().watch(onChange);
}

export async function answerPositionRequest(
  request: PositionRequest,
  senderUrl: string | undefined,
): Promise<PositionAnswer> {
  const key = articleKey(senderUrl, request.url, request.canonical);
  if (!key) return { status: 'refused' };
  const remember = await loadSettings().then(
    (settings) => settings.rememberPosition,
    () => true,
  );
  if (!remember) return { status: 'off' };
  try {
    if (request.op === 'get') {
      const stored = (await loadPositions()).positions[key];
      return { status: 'ok', position: stored ? validatePosition(stored) : null };
    }
    if (request.op === 'forget') {
      await forgetPosition(key);
      return { status: 'ok' };
    }
    const position = validatePosition(request.position);
    if (!position) return { status: 'refused' };
    await savePosition(key, position);
    return { status: 'ok' };
  } catch {
    return { status: 'unavailable' };
  }
}

/**
 * Background side of utils/page/positions-remote.ts. The article is the sender's: its address comes from the browser (sender.url),
 * never from the message alone; only the top frame of a tab speaks for a reader.
 */
export function servePositionRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isPositionRequest(message)) return undefined;
    if (!sender.tab || (sender.frameId ?? 0) !== 0) return undefined;
    void answerPositionRequest(message, sender.url).then(sendResponse, () =>
      sendResponse({ status: 'unavailable' } satisfies PositionAnswer),
    );
    return true;
  });
}
