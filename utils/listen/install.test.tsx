import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Article } from '../extract/article';
import { attachListen, type ListenEnvironment } from './install';
import { PositionMemory } from './positions';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../settings';
import { FakeEngine } from '../../tests/helpers/fake-speech';
import { installFakeI18n } from '../../tests/helpers/fake-i18n';

/** A settings store whose writes the test completes by hand, and whose storage echoes it sends itself. */
class SlowStore {
  stored: ReaderSettings = { ...DEFAULT_SETTINGS };
  pending: { patch: Partial<ReaderSettings>; done: () => void }[] = [];
  watchers = new Set<(settings: ReaderSettings) => void>();
  load = async () => ({ ...this.stored });
  update = (patch: Partial<ReaderSettings>) =>
    new Promise<ReaderSettings>((resolve) => {
      this.pending.push({
        patch,
        done: () => {
          this.stored = { ...this.stored, ...patch };
          resolve({ ...this.stored });
        },
      });
    });
  watch = (onChange: (settings: ReaderSettings) => void) => {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  };
  echo(settings: Partial<ReaderSettings>) {
    for (const watcher of this.watchers) watcher({ ...DEFAULT_SETTINGS, ...settings });
  }
}

let reader: HTMLElement;
let body: HTMLElement;
let engine: FakeEngine;
let store: SlowStore;
let reports: string[];
let stopRequest: (() => void) | null;
let undo: (() => void) | null;

const ARTICLE = { title: 'Title', lang: 'en' } as Article;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  reader = document.createElement('div');
  reader.className = 'reader';
  // Test markup only: the reader's frame, as components/Reader.tsx renders it.
  reader.innerHTML =
    '<div class="toolbar"><span class="feature-slot"></span></div>' +
    '<article class="page"><header><h1>Title</h1></header><div class="article-body"><p>One. Two.</p><p>Three.</p></div></article>';
  document.body.append(reader);
  body = reader.querySelector('.article-body')!;
  engine = new FakeEngine();
  engine.setVoices([{ name: 'English', lang: 'en' }]);
  store = new SlowStore();
  reports = [];
  stopRequest = null;
  const env: ListenEnvironment = {
    engine,
    positions: new PositionMemory(),
    store,
    report: (op) => reports.push(op),
    onStopRequest: (onStop) => {
      stopRequest = onStop;
      return () => (stopRequest = null);
    },
    uiLanguage: () => 'en',
  };
  act(() => void (undo = attachListen(body, ARTICLE, env)));
});

afterEach(() => {
  act(() => undo?.());
  reader.remove();
});

const toggle = () => reader.querySelector<HTMLButtonElement>('.listen-toggle')!;
const rate = () => reader.querySelector<HTMLSelectElement>('select[name="listenRate"]')!;
const marked = () => Array.from(reader.querySelectorAll('mark'), (m) => m.textContent).join('');
const key = (name: string, target: Element = reader) =>
  act(
    () =>
      void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true })),
  );
const flush = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve)));

describe('attachListen', () => {
  it('puts the Listen button in its toolbar slot and the player in the reader, and tells the background', () => {
    expect(reader.querySelector('.feature-slot [data-feature="listen"] .listen-toggle')).not.toBeNull();
    expect(reader.querySelector('.feature-slot [data-feature="listen"] style')).not.toBeNull();
    expect(reader.querySelector(':scope > .listen-mount .listen-live')).not.toBeNull();
    expect(reports).toEqual(['opened']);
    act(() => toggle().click());
    expect(engine.last.text).toBe('Title');
    expect(reports).toEqual(['opened', 'speaking']);
  });

  it('keeps the speed the user arrows to, whatever echoes of its own older writes arrive', async () => {
    act(() => toggle().click());
    for (const value of ['1.25', '1.5', '1.75']) {
      rate().value = value;
      act(() => void rate().dispatchEvent(new Event('change', { bubbles: true })));
    }
    // The first write lands and storage echoes it while the two later ones are still on their way.
    store.pending[0]!.done();
    act(() => store.echo({ speechRate: 1.25 }));
    await flush();
    expect(rate().value).toBe('1.75');
    store.pending[1]!.done();
    store.pending[2]!.done();
    await flush();
    expect(store.stored.speechRate).toBe(1.75);
    expect(rate().value).toBe('1.75');
    // Another tab's change, with nothing of ours in flight, is taken.
    act(() => store.echo({ speechRate: 3 }));
    expect(rate().value).toBe('3');
  });

  it('answers the documented keys in the reader, but not inside a menu', () => {
    key('l');
    expect(marked()).toBe('Title');
    key('.');
    expect(marked()).toBe('One.');
    key(']');
    expect(marked()).toBe('Three.');
    key('[', rate());
    expect(marked()).toBe('Three.');
    key('l');
    expect(toggle().getAttribute('aria-label')).toBe('Resume listening');
  });

  it('leaves the keys alone while not listening', () => {
    const event = new KeyboardEvent('keydown', { key: '.', bubbles: true, cancelable: true });
    reader.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(marked()).toBe('');
  });

  it('pauses when the page is hidden or another reader takes over', () => {
    act(() => toggle().click());
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(toggle().getAttribute('aria-label')).toBe('Resume listening');
    act(() => toggle().click());
    act(() => stopRequest!());
    expect(reader.querySelector('.listen-notice')?.textContent).toBe('Paused: another reader was opened.');
  });

  it('undoes everything on close: silence, no highlight, no player, no keys, the background told', () => {
    act(() => toggle().click());
    const speaking = engine.last;
    act(() => undo!());
    undo = null;
    expect(speaking.cancelled).toBe(true);
    expect(marked()).toBe('');
    expect(reader.querySelector('.listen-mount')).toBeNull();
    expect(reader.querySelector('.listen-toggle')).toBeNull();
    expect(reports.at(-1)).toBe('silent');
    expect(stopRequest).toBeNull();
    const count = engine.spoken.length;
    key('l');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(engine.spoken.length).toBe(count);
  });
});
