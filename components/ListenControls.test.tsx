import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ListenButton, ListenPlayer } from './ListenControls';
import { ListenController } from '../utils/listen/controller';
import { PositionMemory } from '../utils/listen/positions';
import { FakeEngine } from '../tests/helpers/fake-speech';
import { installFakeI18n } from '../tests/helpers/fake-i18n';

let container: HTMLElement;
let page: HTMLElement;
let engine: FakeEngine;
let controller: ListenController;
let saved: object[];

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  engine = new FakeEngine();
  engine.setVoices([
    { name: 'English (America)', lang: 'en-US' },
    { name: 'English (Great Britain)', lang: 'en-GB' },
    { name: 'Korean', lang: 'ko' },
  ]);
  page = document.createElement('article');
  // Test markup only, written here.
  page.innerHTML = '<h1>Title</h1><p>One. Two.</p>';
  container = document.createElement('div');
  container.className = 'reader';
  document.body.append(page, container);
  saved = [];
  controller = makeController();
});

afterEach(() => {
  act(() => render(null, container));
  controller.dispose();
  container.remove();
  page.remove();
});

function makeController(): ListenController {
  return new ListenController({
    engine,
    view: {
      root: page,
      scroller: { scrollTop: 0, scrollBy: () => undefined } as unknown as Element,
      band: () => ({ top: -1e6, bottom: 1e6 }),
      reducedMotion: () => true,
    },
    settings: { speechRate: 1, speechVoice: '', rememberPosition: true },
    saveSettings: (patch) => saved.push(patch),
    positions: new PositionMemory(),
    articleKey: 'k',
    articleLang: 'en',
    preferredLanguages: ['en-US'],
    uiLanguage: 'en',
    message: (key) => key,
  });
}

function mount() {
  act(() =>
    render(
      <>
        <ListenButton controller={controller} />
        <ListenPlayer
          controller={controller}
          voices={() => engine.voices().filter((v) => v.lang.startsWith('en'))}
        />
      </>,
      container,
    ),
  );
}

const toggle = () => container.querySelector<HTMLButtonElement>('.listen-toggle')!;
const player = () => container.querySelector<HTMLElement>('.listen-player');
const live = () => container.querySelector('.listen-live')!.textContent;
const click = (element: Element) => act(() => void (element as HTMLElement).click());
const button = (label: string) => container.querySelector<HTMLButtonElement>(`[aria-label="${label}"]`)!;

describe('Listen button and player', () => {
  it('starts from the toolbar button, turns into Pause, and shows the player with named controls', () => {
    mount();
    expect(toggle().getAttribute('aria-label')).toBe('Listen (read aloud)');
    expect(toggle().title).toBe('Listen (read aloud)');
    expect(player()).toBeNull();
    click(toggle());
    expect(engine.last.text).toBe('Title');
    expect(toggle().getAttribute('aria-label')).toBe('Pause listening');
    expect(player()!.getAttribute('aria-label')).toBe('Listen controls');
    for (const label of [
      'Previous paragraph',
      'Previous sentence',
      'Pause listening',
      'Next sentence',
      'Next paragraph',
      'Stop listening',
    ])
      expect(button(label), label).not.toBeNull();
    act(() => engine.startLast());
    expect(live()).toBe('Reading aloud');
    expect(player()!.dataset.rate).toBe('1');
    click(toggle());
    expect(toggle().getAttribute('aria-label')).toBe('Resume listening');
    expect(live()).toBe('Paused');
    click(button('Stop listening'));
    expect(player()).toBeNull();
    expect(live()).toBe('Stopped listening');
  });

  it('changes the speed and the voice from the player, saving both', () => {
    mount();
    click(toggle());
    const rate = container.querySelector<HTMLSelectElement>('select[name="listenRate"]')!;
    rate.value = '1.5';
    act(() => void rate.dispatchEvent(new Event('change', { bubbles: true })));
    const voice = container.querySelector<HTMLSelectElement>('select[name="listenVoice"]')!;
    expect(Array.from(voice.options, (o) => o.textContent)).toEqual([
      'Automatic (English (America))',
      'English (America)',
      'English (Great Britain)',
    ]);
    voice.value = 'English (Great Britain)';
    act(() => void voice.dispatchEvent(new Event('change', { bubbles: true })));
    expect(saved).toEqual([{ speechRate: 1.5 }, { speechVoice: 'English (Great Britain)' }]);
    act(() => engine.finishLast());
    expect(engine.last).toMatchObject({ rate: 1.5 });
    expect(engine.last.voice?.name).toBe('English (Great Britain)');
    expect(voice.value).toBe('English (Great Britain)');
  });

  it('explains in the tooltip and a notice when there is no speech engine', () => {
    engine.available = false;
    controller.dispose();
    controller = makeController();
    mount();
    expect(toggle().title).toBe(
      'Listen: This browser has no speech engine, so Lectern cannot read aloud here.',
    );
    click(toggle());
    expect(player()!.textContent).toContain('This browser has no speech engine');
    expect(container.querySelector('.listen-controls')).toBeNull();
    expect(live()).toContain('This browser has no speech engine');
  });

  it('says the voices are loading in the tooltip until the engine lists them', () => {
    engine.setVoices([]);
    engine.settled = false;
    controller.dispose();
    controller = makeController();
    mount();
    expect(toggle().title).toBe(
      'Listen: The speech engine is still loading its voices. Reading starts as soon as it is ready.',
    );
    engine.setVoices([{ name: 'English (America)', lang: 'en-US' }]);
    act(() => controller.voicesChanged());
    expect(toggle().title).toBe('Listen (read aloud)');
  });

  it('shows an engine failure with a Resume that tries the sentence again', () => {
    mount();
    click(toggle());
    act(() => engine.last.handlers.error('synthesis-failed'));
    expect(player()!.textContent).toContain('The speech engine failed (synthesis-failed).');
    expect(toggle().title).toContain('The speech engine failed');
    click(button('Resume listening'));
    expect(engine.spoken.filter((u) => u.text === 'Title')).toHaveLength(2);
  });

  it('offers to continue, with focus on Continue, when the article was being read before', () => {
    const positions = new PositionMemory();
    const make = () =>
      new ListenController({
        ...(controller as unknown as { deps: ConstructorParameters<typeof ListenController>[0] }).deps,
        positions,
      });
    controller.dispose();
    controller = make();
    controller.press();
    engine.finishLast();
    controller.dispose();
    controller = make();
    mount();
    click(toggle());
    expect(player()!.textContent).toContain('Continue where listening stopped last time?');
    expect(document.activeElement?.textContent).toBe('Continue listening');
    click(container.querySelector('.listen-offer button')!);
    expect(engine.last.text).toBe('One.');
    // The offer's buttons are gone: the focus went to the player's own Pause, not out of the reader.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Pause listening');
    expect(document.activeElement?.classList.contains('listen-play')).toBe(true);
  });

  it('gives the focus back to the Listen button when Stop removes the player under it', () => {
    mount();
    click(toggle());
    const stop = button('Stop listening');
    act(() => stop.focus());
    click(stop);
    expect(player()).toBeNull();
    expect(document.activeElement).toBe(toggle());
  });
});
