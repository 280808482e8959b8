import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isLoadExporterRequest, LOAD_EXPORTER } from '../contract';
import { provideExporter, SAVE_EXPORTER_KEY, type SaveExporter } from '../save/exporter';
import { loadExporter } from '../save/load-exporter';
import { EXPORTER_FILE, injectExporter, serveSaveRequests } from './save-request';

let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  executeScript = vi.fn(async () => [{ result: undefined }]);
  Object.assign(fakeBrowser.scripting, { executeScript });
  Reflect.deleteProperty(globalThis, SAVE_EXPORTER_KEY);
});

const ourId = () => fakeBrowser.runtime.id;

describe('the request for the converters', () => {
  it('is only the exact message, nothing more', () => {
    expect(isLoadExporterRequest({ type: LOAD_EXPORTER })).toBe(true);
    for (const other of [
      null,
      undefined,
      LOAD_EXPORTER,
      [LOAD_EXPORTER],
      { type: 'lectern:sites', op: 'get' },
      { type: LOAD_EXPORTER, tabId: 3 },
      { type: LOAD_EXPORTER, file: '/reader.js' },
    ])
      expect(isLoadExporterRequest(other), JSON.stringify(other)).toBe(false);
  });

  it('injects the converters into the tab and frame that asked, and no file the message names', async () => {
    const ok = await injectExporter({ id: ourId(), tab: { id: 12 } as never, frameId: 0 });
    expect(ok).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 12, frameIds: [0] },
      files: [EXPORTER_FILE],
    });
    expect(EXPORTER_FILE).toBe('/save-export.js');
  });

  it('refuses senders that are not our scripts in a tab', async () => {
    expect(await injectExporter({ id: 'another-extension', tab: { id: 12 } as never, frameId: 0 })).toBe(
      false,
    );
    expect(await injectExporter({ id: ourId(), frameId: 0 })).toBe(false);
    expect(await injectExporter({ id: ourId(), tab: { id: -1 } as never })).toBe(false);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('is answered by the background, other messages left to their own listeners', async () => {
    const listeners: ((message: unknown, sender: unknown, respond: (answer: unknown) => void) => unknown)[] =
      [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
      listeners.push(listener as never);
    });
    serveSaveRequests();
    const listener = listeners[0]!;
    const respond = vi.fn();
    expect(listener({ type: 'lectern:sites', op: 'get' }, {}, respond)).toBeUndefined();
    const sender = { id: ourId(), tab: { id: 4 }, frameId: 0 };
    expect(listener({ type: LOAD_EXPORTER }, sender, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith(true));
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    const failed = vi.fn();
    listener({ type: LOAD_EXPORTER }, sender, failed);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith(false));
  });
});

describe('loadExporter', () => {
  const exporter = (alive = true): SaveExporter => ({ exportArticle: vi.fn(), isAlive: () => alive });

  it('asks once, and uses what the injected script provided', async () => {
    const provided = exporter();
    const request = vi.fn(async () => (provideExporter(provided), true));
    const [first, second] = await Promise.all([loadExporter(request), loadExporter(request)]);
    expect(first).toBe(provided);
    expect(second).toBe(provided);
    expect(await loadExporter(request)).toBe(provided);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('asks again for converters left by an extension that was reloaded', async () => {
    provideExporter(exporter(false));
    const fresh = exporter();
    const request = vi.fn(async () => (provideExporter(fresh), true));
    expect(await loadExporter(request)).toBe(fresh);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('fails when nothing arrives, and tries again next time', async () => {
    const request = vi.fn(async () => false);
    await expect(loadExporter(request)).rejects.toThrow(/did not load/);
    await expect(loadExporter(request)).rejects.toThrow(/did not load/);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('never takes a page element named like the key for the converters', async () => {
    // DOM clobbering: a named element shows through the global's prototype chain, not as an own property.
    const proto = Object.getPrototypeOf(globalThis) as object;
    Object.defineProperty(proto, SAVE_EXPORTER_KEY, { value: exporter(), configurable: true });
    try {
      expect(Reflect.get(globalThis, SAVE_EXPORTER_KEY)).toBeDefined();
      await expect(loadExporter(vi.fn(async () => false))).rejects.toThrow(/did not load/);
    } finally {
      Reflect.deleteProperty(proto, SAVE_EXPORTER_KEY);
    }
  });
});
