import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ListenOptions } from './ListenOptions';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../utils/settings';
import { FakeEngine } from '../tests/helpers/fake-speech';
import { installFakeI18n } from '../tests/helpers/fake-i18n';

let container: HTMLElement;
let engine: FakeEngine;
let changes: Partial<ReaderSettings>[];

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  engine = new FakeEngine();
  engine.setVoices([
    { name: 'English (America)', lang: 'en-US' },
    { name: 'English (America)+Adam', lang: 'en-US' },
    { name: 'Korean', lang: 'ko' },
    { name: 'Korean+Adam', lang: 'ko' },
    { name: 'French', lang: 'fr-FR' },
  ]);
  engine.list.push({
    name: 'Online Korean',
    lang: 'ko-KR',
    localService: false,
    default: false,
  } as SpeechSynthesisVoice);
  changes = [];
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

function mount(settings: Partial<ReaderSettings> = {}) {
  act(() =>
    render(
      <ListenOptions
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        onChange={(patch) => changes.push(patch)}
        engine={engine}
      />,
      container,
    ),
  );
}

const select = (name: string) => container.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const options = (name: string) => Array.from(select(name).options, (o) => o.value);
function choose(name: string, value: string) {
  const element = select(name);
  element.value = value;
  act(() => void element.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('Listen options', () => {
  it('labels speed, language and voice, and lists the voices of the user language first', () => {
    mount();
    for (const name of ['speechRate', 'listenLanguage', 'speechVoice'])
      expect(select(name).closest('label')?.textContent, name).toBeTruthy();
    expect(options('speechRate')).toEqual(['0.5', '0.75', '1', '1.25', '1.5', '1.75', '2', '2.5', '3']);
    expect(select('speechRate').value).toBe('1');
    expect(select('listenLanguage').value).toBe('en');
    expect(options('listenLanguage')).toEqual(['en', 'fr', 'ko']);
    expect(options('speechVoice')).toEqual(['', 'English (America)', 'English (America)+Adam']);
  });

  it('saves a speed and a voice picked from another language', () => {
    mount();
    choose('speechRate', '2.5');
    choose('listenLanguage', 'ko');
    expect(options('speechVoice')).toEqual(['', 'Korean', 'Korean+Adam', 'Online Korean']);
    expect(select('speechVoice').options[3]!.textContent).toBe(
      "Online Korean (online: the browser sends the text to the voice's provider)",
    );
    choose('speechVoice', 'Korean+Adam');
    expect(changes).toEqual([{ speechRate: 2.5 }, { speechVoice: 'Korean+Adam' }]);
  });

  it("opens on the saved voice's language and keeps an unknown saved voice visible", () => {
    mount({ speechVoice: 'Korean' });
    expect(select('listenLanguage').value).toBe('ko');
    expect(select('speechVoice').value).toBe('Korean');
    act(() => render(null, container));
    mount({ speechVoice: 'A voice from another computer' });
    expect(select('speechVoice').value).toBe('A voice from another computer');
  });

  it('plays a sample with the chosen voice and speed', () => {
    mount({ speechVoice: 'Korean', speechRate: 1.5 });
    act(() => void container.querySelector<HTMLButtonElement>('button')!.click());
    expect(engine.last.text).toBe('This is how Lectern reads articles to you.');
    expect(engine.last.rate).toBe(1.5);
    expect(engine.last.voice?.name).toBe('Korean');
  });

  it('explains when there is no engine or no voice', () => {
    engine.available = false;
    mount();
    expect(container.querySelector('.listen-options-status')!.textContent).toBe(
      'This browser has no speech engine, so Lectern cannot read aloud here.',
    );
    expect(container.querySelector<HTMLButtonElement>('button')!.disabled).toBe(true);
    act(() => render(null, container));
    engine.available = true;
    engine.setVoices([]);
    engine.settled = false;
    mount();
    expect(container.querySelector('.listen-options-status')!.textContent).toContain(
      'still loading its voices',
    );
    expect(container.querySelector('select[name="listenLanguage"]')).toBeNull();
    act(() => engine.setVoices([{ name: 'English (America)', lang: 'en-US' }]));
    expect(options('speechVoice')).toEqual(['', 'English (America)']);
    expect(container.querySelector('.listen-options-status')!.textContent).toBe('');
  });
});
