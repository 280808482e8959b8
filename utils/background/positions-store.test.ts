import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PositionRequest } from '../contract';
import { MAX_POSITIONS, validatePositions } from '../long-read/positions';
import {
  answerPositionRequest,
  forgetAllPositions,
  loadPositions,
  POSITIONS_KEY,
  savePosition,
} from './positions-store';

const PAGE = 'https://news.example/2024/story.html?utm_source=feed';
const KEY = 'https://news.example/2024/story.html';
const ANCHOR = { block: 12, quote: 'The flood reached the mill on the second night.', offset: 40 };

const request = (op: PositionRequest['op'], extra: Partial<PositionRequest> = {}): PositionRequest => ({
  type: 'lectern:position',
  op,
  url: PAGE,
  canonical: null,
  ...extra,
});

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(POSITIONS_KEY))[POSITIONS_KEY];
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('reading positions store', () => {
  it('saves a position under the article’s normalised address and reads it back', async () => {
    expect(await answerPositionRequest(request('get'), PAGE)).toEqual({ status: 'ok', position: null });
    expect(await answerPositionRequest(request('put', { position: ANCHOR }), PAGE)).toEqual({ status: 'ok' });
    expect(await answerPositionRequest(request('get'), `${KEY}#comments`)).toEqual({
      status: 'ok',
      position: ANCHOR,
    });
    expect(Object.keys((await stored()) as object)).toEqual([KEY]);
  });

  it('marks an article finished, and forgets one', async () => {
    await answerPositionRequest(request('put', { position: ANCHOR }), PAGE);
    await answerPositionRequest(request('put', { position: { finished: true, block: 3 } }), PAGE);
    expect((await answerPositionRequest(request('get'), PAGE)).position).toEqual({ finished: true });
    await answerPositionRequest(request('forget'), PAGE);
    expect((await loadPositions()).positions).toEqual({});
  });

  it('keeps the position under the canonical address only when it is on the page’s own origin', async () => {
    const sameSite = { canonical: 'https://news.example/story-canonical' };
    await answerPositionRequest(request('put', { ...sameSite, position: ANCHOR }), PAGE);
    await answerPositionRequest(
      request('put', { canonical: 'https://bank.example/statement', position: ANCHOR }),
      PAGE,
    );
    expect(Object.keys((await loadPositions()).positions).sort()).toEqual([
      KEY,
      'https://news.example/story-canonical',
    ]);
  });

  it('refuses a message whose page is not the sender’s, and a position out of shape', async () => {
    const moved = await answerPositionRequest(
      request('put', { position: ANCHOR }),
      'https://news.example/next',
    );
    expect(moved).toEqual({ status: 'refused' });
    const hostile = { block: 1, quote: '<img src=x onerror=alert(1)>'.repeat(5), offset: 0 };
    expect(await answerPositionRequest(request('put', { position: hostile }), PAGE)).toEqual({
      status: 'refused',
    });
    expect(await stored()).toBeUndefined();
  });

  it('remembers nothing and offers nothing while "Remember where I stopped" is off', async () => {
    await savePosition(KEY, ANCHOR);
    await fakeBrowser.storage.sync.set({ settings: { rememberPosition: false }, settings$: { v: 3 } });
    expect(await answerPositionRequest(request('get'), PAGE)).toEqual({ status: 'off' });
    expect(await answerPositionRequest(request('put', { position: { finished: true } }), PAGE)).toEqual({
      status: 'off',
    });
    expect((await loadPositions()).positions[KEY]).toMatchObject(ANCHOR);
  });

  it('answers "unavailable" when storage fails, full or gone', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await answerPositionRequest(request('put', { position: ANCHOR }), PAGE)).toEqual({
      status: 'unavailable',
    });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is not available'));
    expect(await answerPositionRequest(request('get'), PAGE)).toEqual({ status: 'unavailable' });
  });

  it('keeps the last 1,000 articles: the one saved longest ago goes first', async () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_POSITIONS }, (_, i) => [
        `https://a.example/${i}`,
        { ...ANCHOR, at: 1000 + i },
      ]),
    );
    await fakeBrowser.storage.local.set({ [POSITIONS_KEY]: many, [`${POSITIONS_KEY}$`]: { v: 1 } });
    await savePosition(KEY, ANCHOR, 5000);
    const { positions, dropped } = await loadPositions();
    expect(Object.keys(positions)).toHaveLength(MAX_POSITIONS);
    expect(dropped).toBe(0);
    expect(positions['https://a.example/0']).toBeUndefined();
    expect(positions['https://a.example/1']).toBeDefined();
    expect(positions[KEY]).toEqual({ ...ANCHOR, at: 5000 });
  });

  it('"Forget all" leaves nothing in storage', async () => {
    await savePosition(KEY, ANCHOR);
    expect(await stored()).toBeDefined();
    await forgetAllPositions();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('validating stored positions', () => {
  it('drops corrupt and hostile entries, counts them, and never lets a key reach a prototype', async () => {
    const raw = JSON.parse(`{
      "${KEY}": { "block": 2, "quote": "Kept", "offset": 0, "at": 10, "extra": "<script>" },
      "https://b.example/done": { "finished": true, "at": 11, "quote": "ignored" },
      "__proto__": { "block": 1, "quote": "x", "offset": 0, "at": 1 },
      "javascript:alert(1)": { "block": 1, "quote": "x", "offset": 0, "at": 1 },
      "https://c.example/x#fragment": { "block": 1, "quote": "x", "offset": 0, "at": 1 },
      "https://c.example/y?utm_source=z": { "block": 1, "quote": "x", "offset": 0, "at": 1 },
      "https://d.example/a": { "block": 1, "quote": "x", "offset": 0 },
      "https://d.example/b": { "block": 1, "quote": "x", "offset": 0, "at": "yesterday" },
      "https://d.example/c": { "finished": "yes", "at": 1 },
      "https://d.example/d": { "finished": false, "block": 1, "quote": "x", "offset": 0, "at": 1 },
      "https://d.example/e": null,
      "https://d.example/f": [1, "x", 0]
    }`);
    const { positions, dropped } = validatePositions(raw);
    expect(positions).toEqual({
      [KEY]: { block: 2, quote: 'Kept', offset: 0, at: 10 },
      'https://b.example/done': { finished: true, at: 11 },
    });
    expect(dropped).toBe(10);
    expect(Object.getPrototypeOf(positions)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).block).toBeUndefined();
  });

  it('treats a stored value that is not an object as one bad entry, and nothing stored as none', () => {
    expect(validatePositions('corrupt')).toEqual({ positions: {}, dropped: 1 });
    expect(validatePositions([{ block: 1 }])).toEqual({ positions: {}, dropped: 1 });
    expect(validatePositions(undefined)).toEqual({ positions: {}, dropped: 0 });
  });

  it('reports dropped entries when loading, and a save writes back only the valid ones', async () => {
    await fakeBrowser.storage.local.set({
      [POSITIONS_KEY]: { [KEY]: { ...ANCHOR, at: 1 }, 'not a url': { ...ANCHOR, at: 2 } },
      [`${POSITIONS_KEY}$`]: { v: 1 },
    });
    expect((await loadPositions()).dropped).toBe(1);
    await savePosition('https://e.example/new', ANCHOR, 3);
    expect(Object.keys((await stored()) as object).sort()).toEqual(['https://e.example/new', KEY]);
  });
});
