import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReaderContext } from './reader-context';

describe('reader context', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    history.replaceState(null, '', '/story.html');
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('stays valid while the extension is there and no newer reader started', () => {
    const ctx = createReaderContext();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    expect(ctx.isValid).toBe(true);
    expect(invalidated).not.toHaveBeenCalled();
  });

  it('stands down when a newer copy of the reader starts in the page, and only the older one does', () => {
    const older = createReaderContext();
    const olderInvalidated = vi.fn();
    older.onInvalidated(olderInvalidated);
    const newer = createReaderContext();
    const newerInvalidated = vi.fn();
    newer.onInvalidated(newerInvalidated);
    expect(older.isValid).toBe(false);
    expect(olderInvalidated).toHaveBeenCalledTimes(1);
    expect(newer.isValid).toBe(true);
    expect(newerInvalidated).not.toHaveBeenCalled();
  });

  it('notices the extension went away (no runtime id) when asked, and tells its listeners once', () => {
    const ctx = createReaderContext();
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isValid).toBe(false);
    expect(ctx.isValid).toBe(false);
    expect(invalidated).toHaveBeenCalledTimes(1);
  });

  it('reports a move to another URL without the Navigation API (Firefox) by polling, once per move', () => {
    vi.useFakeTimers();
    const ctx = createReaderContext();
    const moved = vi.fn();
    ctx.onUrlChange(moved);
    vi.advanceTimersByTime(3000);
    expect(moved).not.toHaveBeenCalled();
    const from = location.href;
    history.pushState(null, '', '/next-story.html');
    vi.advanceTimersByTime(1000);
    expect(moved).toHaveBeenCalledWith(from, location.href);
    vi.advanceTimersByTime(3000);
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('still polls when a page element named "navigation" shows through the global (no Navigation API)', () => {
    // Where a browser has no Navigation API, window's named properties sit on its prototype chain.
    const prototype = Object.getPrototypeOf(globalThis) as object;
    const clobber = document.createElement('img');
    Object.defineProperty(prototype, 'navigation', { value: clobber, configurable: true });
    try {
      vi.useFakeTimers();
      const ctx = createReaderContext();
      const moved = vi.fn();
      ctx.onUrlChange(moved);
      history.pushState(null, '', '/clobbered-next.html');
      vi.advanceTimersByTime(1000);
      expect(moved).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(prototype, 'navigation');
    }
  });

  it('with the Navigation API, reports a move at once, and not a download (the page stays)', () => {
    type Navigate = (event: { destination: { url: string }; downloadRequest: string | null }) => void;
    const listeners: Navigate[] = [];
    const navigation = { addEventListener: (_type: string, listener: Navigate) => listeners.push(listener) };
    Object.defineProperty(globalThis, 'navigation', { value: navigation, configurable: true });
    try {
      const ctx = createReaderContext();
      const moved = vi.fn();
      ctx.onUrlChange(moved);
      const from = location.href;
      listeners[0]!({ destination: { url: 'blob:https://x.example/1' }, downloadRequest: 'Story.md' });
      expect(moved).not.toHaveBeenCalled();
      listeners[0]!({ destination: { url: 'https://x.example/next' }, downloadRequest: null });
      expect(moved).toHaveBeenCalledWith(from, 'https://x.example/next');
    } finally {
      Reflect.deleteProperty(globalThis, 'navigation');
    }
  });

  it('stops polling once the watch is stopped (the reader closed)', () => {
    vi.useFakeTimers();
    const ctx = createReaderContext();
    const moved = vi.fn();
    const stop = ctx.onUrlChange(moved);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    history.pushState(null, '', '/after-close.html');
    vi.advanceTimersByTime(3000);
    expect(moved).not.toHaveBeenCalled();
  });

  it('stops watching the URL once invalidated', () => {
    vi.useFakeTimers();
    const ctx = createReaderContext();
    const moved = vi.fn();
    ctx.onUrlChange(moved);
    createReaderContext();
    history.pushState(null, '', '/after-update.html');
    vi.advanceTimersByTime(3000);
    expect(moved).not.toHaveBeenCalled();
  });
});
