// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyText, downloadFile } from './deliver';

let host: HTMLElement;
let place: HTMLElement;

beforeEach(() => {
  // The reader's closed shadow root, as on a page.
  host = document.createElement('lectern-reader');
  document.body.replaceChildren(host);
  place = document.createElement('span');
  host.attachShadow({ mode: 'closed' }).append(place);
});

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function secureContext(secure: boolean): void {
  Object.defineProperty(window, 'isSecureContext', { value: secure, configurable: true });
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('downloadFile', () => {
  it('downloads a blob of the file with its name through a click the page never sees, then forgets the blob', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:https://news.example/1'));
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const pageClicks: Event[] = [];
    // A page trying to cancel every click on its document.
    document.addEventListener('click', (event) => (pageClicks.push(event), event.preventDefault()), true);
    const clicks: {
      download: string;
      href: string;
      composed: boolean;
      bubbles: boolean;
      inPlace: boolean;
    }[] = [];
    const observe = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      clicks.push({
        download: link.download,
        href: link.getAttribute('href')!,
        composed: event.composed,
        bubbles: event.bubbles,
        inPlace: link.parentNode === place,
      });
      event.preventDefault(); // jsdom does not navigate; the browser would download here
    };
    const original = place.append.bind(place);
    vi.spyOn(place, 'append').mockImplementation((...nodes) => {
      original(...nodes);
      for (const node of nodes) (node as Element).addEventListener?.('click', observe);
    });

    downloadFile(place, { name: '서울 기사.md', type: 'text/markdown;charset=utf-8', text: '# 제목\n' });
    expect(clicks).toEqual([
      {
        download: '서울 기사.md',
        href: 'blob:https://news.example/1',
        composed: false,
        bubbles: false,
        inPlace: true,
      },
    ]);
    expect(pageClicks).toEqual([]);
    expect(place.querySelector('a')).toBeNull();
    expect(blobs[0]!.type).toBe('text/markdown;charset=utf-8');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:https://news.example/1');
    vi.useRealTimers();
    expect(await readBlob(blobs[0]!)).toBe('# 제목\n');
  });
});

describe('copyText', () => {
  it('uses the Clipboard API in a secure context', async () => {
    const writeText = vi.fn(async () => undefined);
    secureContext(true);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    await copyText(place, 'text');
    expect(writeText).toHaveBeenCalledWith('text');
    expect(exec).not.toHaveBeenCalled();
  });

  it('falls back to the copy command on a selected text area inside the shadow root, then gives the focus back', async () => {
    secureContext(false);
    const button = document.createElement('button');
    place.append(button);
    button.focus();
    const seen: { value: string; inPlace: boolean; selected: string }[] = [];
    document.execCommand = vi.fn((command: string) => {
      const area = place.querySelector('textarea')!;
      seen.push({
        value: area.value,
        inPlace: area.parentNode === place,
        selected: area.value.slice(area.selectionStart, area.selectionEnd),
      });
      return command === 'copy';
    });
    await copyText(place, 'line one\nline two');
    expect(seen).toEqual([{ value: 'line one\nline two', inPlace: true, selected: 'line one\nline two' }]);
    expect(place.querySelector('textarea')).toBeNull();
    expect((place.getRootNode() as ShadowRoot).activeElement).toBe(button);
  });

  it('falls back when the Clipboard API refuses, and fails when the copy command does too', async () => {
    secureContext(true);
    const writeText = vi.fn(async () => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    document.execCommand = vi.fn(() => true);
    await copyText(place, 'x');
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    document.execCommand = vi.fn(() => false);
    await expect(copyText(place, 'x')).rejects.toThrow(/refused/);
  });
});
