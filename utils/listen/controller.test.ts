import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine } from '../../tests/helpers/fake-speech';
import { ListenController, SETTLE_MOVES_MS, SLOW_START_MS, type ListenSettings } from './controller';
import { MARK_CLASS } from './highlight';
import { PositionMemory } from './positions';

let root: HTMLElement;
let engine: FakeEngine;
let positions: PositionMemory;
let saved: Partial<ListenSettings>[];
let scroller: { scrollTop: number; scrollBy: ReturnType<typeof vi.fn> };
const controllers: ListenController[] = [];

const ARTICLE = `
  <header><p class="site-name">Site</p><h1>The title</h1><p class="meta">5 min</p></header>
  <div class="article-body">
    <p>First sentence. Second sentence.</p>
    <p>Third sentence, see https://www.example.com/a/b?c=d for more.</p>
    <pre><code>let x = 1;</code></pre>
    <p>Last one.</p>
  </div>`;

function article(html: string, lang = 'en'): HTMLElement {
  root?.remove();
  root = document.createElement('article');
  root.className = 'page';
  root.setAttribute('lang', lang);
  // Test markup only, written here.
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function controller(
  options: { lang?: string | null; settings?: Partial<ListenSettings>; key?: string } = {},
): ListenController {
  const made = new ListenController({
    engine,
    view: {
      root,
      scroller: scroller as unknown as Element,
      band: () => ({ top: -10_000, bottom: 10_000 }),
      reducedMotion: () => true,
    },
    settings: { speechRate: 1, speechVoice: '', rememberPosition: true, ...options.settings },
    saveSettings: (patch) => saved.push(patch),
    positions,
    articleKey: options.key ?? 'https://example.com/story\nThe title',
    articleLang: options.lang === undefined ? 'en' : options.lang,
    preferredLanguages: ['en-US'],
    uiLanguage: 'en',
    message: (key) => `<${key}>`,
  });
  controllers.push(made);
  return made;
}

const marked = () =>
  Array.from(root.querySelectorAll(`mark.${MARK_CLASS}`), (mark) => mark.textContent).join('');
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

beforeEach(() => {
  engine = new FakeEngine();
  engine.setVoices([
    { name: 'Afrikaans', lang: 'af', default: true },
    { name: 'English (America)', lang: 'en-US' },
    { name: 'Korean', lang: 'ko' },
  ]);
  positions = new PositionMemory();
  saved = [];
  scroller = { scrollTop: 0, scrollBy: vi.fn() };
  article(ARTICLE);
});

afterEach(() => {
  for (const made of controllers.splice(0)) made.dispose();
  vi.useRealTimers();
});

describe('ListenController', () => {
  it('reads the title, then sentence by sentence, highlighting each, to the end', () => {
    const listen = controller();
    listen.press();
    expect(engine.last.text).toBe('The title');
    expect(marked()).toBe('The title');
    expect(listen.snapshot().status).toBe('starting');
    engine.startLast();
    expect(listen.snapshot().status).toBe('playing');
    const heard: string[] = [];
    for (let i = 0; i < 10 && listen.snapshot().status !== 'idle'; i++) {
      heard.push(`${engine.last.text} / ${marked()}`);
      engine.finishLast();
    }
    expect(heard).toEqual([
      'The title / The title',
      'First sentence. / First sentence.',
      'Second sentence. / Second sentence.',
      // Links are read as their site; the highlight shows the text as written.
      'Third sentence, see example.com for more. / Third sentence, see https://www.example.com/a/b?c=d for more.',
      '<listenCodeSkipped> / ',
      'Last one. / Last one.',
    ]);
    expect(listen.snapshot()).toMatchObject({ status: 'idle', notice: { key: 'listenFinished' } });
    expect(marked()).toBe('');
  });

  it('speaks notes for code in the UI language and outlines the block meanwhile', () => {
    article(ARTICLE, 'ko');
    const listen = controller({ lang: 'ko' });
    listen.press();
    while (!engine.last.text.startsWith('<')) engine.finishLast();
    expect(engine.last).toMatchObject({ text: '<listenCodeSkipped>', lang: 'en' });
    expect(engine.last.voice?.name).toBe('English (America)');
    expect(root.querySelector('pre')!.getAttribute('aria-current')).toBe('true');
  });

  it('pauses at once and resumes from the start of the same sentence', async () => {
    const listen = controller();
    listen.press();
    engine.finishLast();
    engine.startLast();
    expect(engine.last.text).toBe('First sentence.');
    const cancels = engine.cancels;
    listen.press();
    expect(engine.cancels).toBe(cancels + 1);
    expect(listen.snapshot().status).toBe('paused');
    await flush(); // the engine reports the cancelled utterance as interrupted: nothing changes
    expect(listen.snapshot().status).toBe('paused');
    expect(marked()).toBe('First sentence.');
    listen.press();
    expect(engine.last.text).toBe('First sentence.');
    expect(listen.snapshot().status).toBe('starting');
  });

  it('moves by sentence and paragraph, without speaking while paused', () => {
    const listen = controller();
    listen.press();
    engine.finishLast();
    listen.pause();
    const spoken = engine.spoken.length;
    listen.nextSentence();
    expect(marked()).toBe('Second sentence.');
    listen.nextSentence();
    expect(marked()).toBe('Third sentence, see https://www.example.com/a/b?c=d for more.');
    listen.previousParagraph();
    expect(marked()).toBe('First sentence.');
    listen.previousSentence();
    expect(marked()).toBe('The title');
    listen.previousSentence();
    expect(marked()).toBe('The title');
    listen.nextParagraph();
    listen.nextParagraph();
    listen.nextParagraph();
    expect(root.querySelector('pre')!.hasAttribute('aria-current')).toBe(true);
    listen.nextParagraph();
    expect(marked()).toBe('Last one.');
    listen.nextParagraph();
    expect(marked()).toBe('Last one.');
    expect(engine.spoken.length).toBe(spoken);
    expect(listen.snapshot().status).toBe('paused');
  });

  it('while playing, a burst of moves silences at once and speaks once where it ends', () => {
    vi.useFakeTimers();
    const listen = controller();
    listen.press();
    engine.startLast();
    const spoken = engine.spoken.length;
    listen.nextSentence();
    listen.nextSentence();
    listen.nextSentence();
    expect(engine.spoken.length).toBe(spoken);
    expect(engine.cancels).toBeGreaterThan(0);
    expect(marked()).toBe('Third sentence, see https://www.example.com/a/b?c=d for more.');
    vi.advanceTimersByTime(SETTLE_MOVES_MS);
    expect(engine.spoken.length).toBe(spoken + 1);
    expect(engine.last.text).toBe('Third sentence, see example.com for more.');
  });

  it('applies a new speed to the next sentence and saves it', () => {
    const listen = controller();
    listen.press();
    expect(engine.last.rate).toBe(1);
    listen.setRate(2);
    expect(saved).toEqual([{ speechRate: 2 }]);
    expect(listen.snapshot().rate).toBe(2);
    engine.finishLast();
    expect(engine.last.rate).toBe(2);
    listen.stepRate(1);
    listen.stepRate(1);
    expect(listen.snapshot().rate).toBe(3);
    listen.stepRate(1);
    expect(listen.snapshot().rate).toBe(3);
    listen.setRate(7 as never);
    expect(listen.snapshot().rate).toBe(3);
  });

  it("picks a voice in the article's language, and a saved voice of that language", () => {
    article('<h1>제목</h1><p>첫 문장입니다. 둘째 문장입니다.</p>', 'ko');
    const listen = controller({ lang: 'ko', settings: { speechVoice: 'English (America)' } });
    expect(listen.snapshot().voice).toBe('Korean');
    listen.press();
    expect(engine.last).toMatchObject({ text: '제목', lang: 'ko' });
    expect(engine.last.voice?.name).toBe('Korean');
    engine.finishLast();
    expect(engine.last.text).toBe('첫 문장입니다.');
    listen.setVoice('Korean');
    expect(saved).toContainEqual({ speechVoice: 'Korean' });
    expect(listen.snapshot()).toMatchObject({ savedVoice: 'Korean', voice: 'Korean' });
  });

  it('says when no voice speaks the language, and reads anyway', () => {
    article('<p>Bonjour tout le monde.</p>', 'fr');
    const listen = controller({ lang: 'fr' });
    listen.press();
    expect(engine.last.voice).toBeNull();
    expect(listen.snapshot().notice).toEqual({ key: 'listenNoVoiceForLanguage', args: ['French'] });
  });

  it('shows an engine error and resumes from the same sentence', () => {
    const listen = controller();
    listen.press();
    engine.finishLast();
    engine.last.handlers.error('synthesis-failed');
    expect(listen.snapshot()).toMatchObject({
      status: 'error',
      notice: { key: 'listenEngineFailed', args: ['synthesis-failed'] },
    });
    expect(marked()).toBe('First sentence.');
    listen.press();
    expect(engine.last.text).toBe('First sentence.');
    expect(listen.snapshot().status).toBe('starting');
  });

  it('explains a failure when the engine lists no voices', () => {
    engine.setVoices([]);
    const listen = controller();
    expect(listen.snapshot().engine).toBe('none');
    listen.press();
    expect(listen.snapshot().notice).toEqual({ key: 'listenNoVoices' });
    engine.last.handlers.error('synthesis-failed');
    expect(listen.snapshot()).toMatchObject({
      status: 'error',
      notice: { key: 'listenEngineUnavailable', args: ['synthesis-failed'] },
    });
  });

  it('says the voices are loading, and clears that once the engine starts', () => {
    engine.setVoices([]);
    engine.settled = false;
    const listen = controller();
    expect(listen.snapshot().engine).toBe('loading');
    listen.press();
    expect(listen.snapshot().notice).toEqual({ key: 'listenVoicesLoading' });
    engine.setVoices([{ name: 'English (America)', lang: 'en-US' }]);
    listen.voicesChanged();
    expect(listen.snapshot()).toMatchObject({ engine: 'ready', voice: 'English (America)' });
    engine.startLast();
    expect(listen.snapshot()).toMatchObject({ status: 'playing', notice: null });
  });

  it('tells the user when the engine is slow to start, and when it stalls', () => {
    vi.useFakeTimers();
    const listen = controller();
    listen.press();
    vi.advanceTimersByTime(SLOW_START_MS);
    expect(listen.snapshot()).toMatchObject({ status: 'starting', notice: { key: 'listenSlowStart' } });
    engine.startLast();
    expect(listen.snapshot()).toMatchObject({ status: 'playing', notice: null });
    vi.advanceTimersByTime(120_000);
    expect(listen.snapshot()).toMatchObject({ status: 'error', notice: { key: 'listenStalled' } });
  });

  it('pauses with a notice when other speech interrupts it', () => {
    const listen = controller();
    listen.press();
    engine.startLast();
    engine.last.handlers.error('interrupted');
    expect(listen.snapshot()).toMatchObject({ status: 'paused', notice: { key: 'listenInterrupted' } });
  });

  it('explains instead of doing nothing when there is no speech engine', () => {
    engine.available = false;
    const listen = controller();
    expect(listen.snapshot().engine).toBe('missing');
    listen.press();
    expect(listen.snapshot()).toMatchObject({ status: 'error', notice: { key: 'listenNoEngine' } });
    listen.press();
    expect(listen.snapshot().notice).toEqual({ key: 'listenNoEngine' });
    expect(engine.spoken).toEqual([]);
  });

  it('stops at once on dispose, restores the article, and ignores late events', async () => {
    const listen = controller();
    const before = root.innerHTML;
    listen.press();
    engine.finishLast();
    const speaking = engine.last;
    listen.dispose();
    expect(speaking.cancelled).toBe(true);
    expect(root.innerHTML).toBe(before);
    const count = engine.spoken.length;
    speaking.handlers.start({ rate: 1, voice: '' });
    speaking.handlers.end();
    await flush();
    expect(engine.spoken.length).toBe(count);
    listen.press();
    listen.nextSentence();
    expect(engine.spoken.length).toBe(count);
  });

  it('offers to continue where listening stopped when the same article opens again', () => {
    const first = controller();
    first.press();
    engine.finishLast();
    engine.finishLast();
    expect(engine.last.text).toBe('Second sentence.');
    first.dispose();

    article(ARTICLE);
    const again = controller();
    expect(again.snapshot().canContinue).toBe(true);
    const spoken = engine.spoken.length;
    again.press();
    expect(again.snapshot().status).toBe('offer');
    expect(engine.spoken.length).toBe(spoken);
    again.press();
    expect(engine.last.text).toBe('Second sentence.');
    expect(marked()).toBe('Second sentence.');

    article(ARTICLE);
    const other = controller({ key: 'https://example.com/other\nAnother title' });
    expect(other.snapshot().canContinue).toBe(false);
    const fresh = controller({ settings: { rememberPosition: false } });
    expect(fresh.snapshot().canContinue).toBe(false);
  });

  it('starts over from the beginning when asked instead', () => {
    const first = controller();
    first.press();
    engine.finishLast();
    first.dispose();
    article(ARTICLE);
    const again = controller();
    again.press();
    again.startOver();
    expect(engine.last.text).toBe('The title');
  });

  it('forgets the place once the article was read to the end', () => {
    const first = controller();
    first.press();
    while (first.snapshot().status !== 'idle') engine.finishLast();
    first.dispose();
    expect(controller().snapshot().canContinue).toBe(false);
  });

  it('starts at the first paragraph on screen when the reader is scrolled', () => {
    const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('.article-body > *'));
    const header = root.querySelector('header')!;
    const body = root.querySelector('.article-body')!;
    const at = (element: Element, top: number, height: number) =>
      vi.spyOn(element, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + height } as DOMRect);
    at(header, -400, 100);
    at(body, -300, 1000);
    paragraphs.forEach((paragraph, i) => at(paragraph, -300 + i * 100, 100));
    scroller.scrollTop = 400;
    const listen = controller();
    const made = new ListenController({
      ...(listen as unknown as { deps: ConstructorParameters<typeof ListenController>[0] }).deps,
      view: {
        root,
        scroller: scroller as unknown as Element,
        band: () => ({ top: -150, bottom: 500 }),
        reducedMotion: () => true,
      },
    });
    controllers.push(made);
    made.press();
    expect(engine.last.text).toBe('Third sentence, see example.com for more.');
  });

  it('reads a one-word article, and ends at once on an empty one', () => {
    article('<div class="article-body"><p>Word</p></div>');
    const one = controller();
    one.press();
    expect(engine.last.text).toBe('Word');
    engine.finishLast();
    expect(one.snapshot()).toMatchObject({ status: 'idle', notice: { key: 'listenFinished' } });
    article('<div class="article-body"><p>—</p><p> </p></div>');
    const empty = controller();
    const count = engine.spoken.length;
    empty.press();
    expect(engine.spoken.length).toBe(count);
    expect(empty.snapshot()).toMatchObject({ status: 'idle', notice: { key: 'listenFinished' } });
  });

  it('survives a storm of presses in any order and leaves nothing speaking after dispose', async () => {
    vi.useFakeTimers();
    const listen = controller();
    const actions = [
      () => listen.press(),
      () => listen.nextSentence(),
      () => listen.previousSentence(),
      () => listen.nextParagraph(),
      () => listen.previousParagraph(),
      () => listen.stepRate(1),
      () => listen.stepRate(-1),
      () => listen.stop(),
      () => listen.startOver(),
      () => listen.continueListening(),
      () => (engine.spoken.length ? engine.finishLast() : undefined),
      () => (engine.spoken.length ? engine.last.handlers.error('synthesis-failed') : undefined),
      () => vi.advanceTimersByTime(SETTLE_MOVES_MS),
    ];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++)
      expect(() => actions[Math.floor(random() * actions.length)]!()).not.toThrow();
    await flush();
    listen.dispose();
    const count = engine.spoken.length;
    vi.advanceTimersByTime(200_000);
    await flush();
    expect(engine.spoken.length).toBe(count);
    expect(root.querySelectorAll(`mark.${MARK_CLASS}`).length).toBe(0);
    expect(listen.snapshot().status).toBe('idle');
    // 2,000 scripted presses in happy-dom: about a second on an idle machine, past vitest's 5 s default on a
    // loaded 2-core one (5.3 s seen). A bound for the work, not a retry.
  }, 30_000);
});
