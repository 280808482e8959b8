// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeEngine } from '../../tests/helpers/fake-speech';
import { ListenController } from './controller';
import { PositionMemory } from './positions';

// jsdom here, not happy-dom: happy-dom finds a node's next sibling by searching its parent's children, which
// makes any walk of a 100,000-paragraph body quadratic in the test (browsers, and jsdom, do not).
const PARAGRAPHS = 100_000;
let root: HTMLElement;
let paragraphs: HTMLParagraphElement[];

beforeAll(() => {
  root = document.createElement('article');
  const body = document.createElement('div');
  body.className = 'article-body';
  paragraphs = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i} opens here. It has a second sentence.`;
    paragraphs.push(p);
    body.appendChild(p);
  }
  root.append(body);
  document.body.append(root);
}, 120_000);

afterAll(() => root.remove());

/** Counts the elements the code under test asks about (every walk step classifies its node with matches()). */
function counting<T>(run: () => T): { result: T; asked: number } {
  let asked = 0;
  const matches = Element.prototype.matches;
  Element.prototype.matches = function (this: Element, selector: string) {
    asked++;
    return matches.call(this, selector);
  };
  try {
    return { result: run(), asked };
  } finally {
    Element.prototype.matches = matches;
  }
}

describe('Listen on a 100,000-paragraph article', () => {
  it('starts, moves and stops touching only the paragraphs it reads', () => {
    const engine = new FakeEngine();
    engine.setVoices([{ name: 'English', lang: 'en' }]);
    const scroller = { scrollTop: 0, scrollBy: () => undefined } as unknown as Element;
    const listen = new ListenController({
      engine,
      view: { root, scroller, band: () => ({ top: -1e9, bottom: 1e9 }), reducedMotion: () => true },
      settings: { speechRate: 1, speechVoice: '', rememberPosition: true },
      saveSettings: () => undefined,
      positions: new PositionMemory(),
      articleKey: 'long',
      articleLang: 'en',
      preferredLanguages: [],
      uiLanguage: 'en',
      message: (key) => key,
    });
    const pressed = counting(() => listen.press());
    expect(engine.last.text).toBe('Paragraph 0 opens here.');
    expect(pressed.asked).toBeLessThan(50);

    const moved = counting(() => {
      for (let i = 0; i < 20; i++) listen.nextParagraph();
      engine.finishLast();
    });
    expect(moved.asked).toBeLessThan(500);
    const walked = counting(() => {
      listen.pause();
      listen.nextParagraph();
      listen.previousParagraph();
      listen.previousSentence();
    });
    expect(walked.asked).toBeLessThan(100);
    expect(root.querySelector('mark')?.textContent).toBe('It has a second sentence.');
    const stopped = counting(() => listen.dispose());
    expect(stopped.asked).toBeLessThan(50);
    expect(root.querySelector('mark')).toBeNull();
  });

  it('starts from a paragraph deep in the article without walking to it', () => {
    const engine = new FakeEngine();
    const listen = new ListenController({
      engine,
      view: {
        root,
        scroller: { scrollTop: 5_000_000, scrollBy: () => undefined } as unknown as Element,
        band: () => ({ top: 0, bottom: 800 }),
        reducedMotion: () => true,
      },
      settings: { speechRate: 1, speechVoice: '', rememberPosition: true },
      saveSettings: () => undefined,
      positions: new PositionMemory(),
      articleKey: 'long',
      articleLang: 'en',
      preferredLanguages: [],
      uiLanguage: 'en',
      message: (key) => key,
    });
    // jsdom has no layout: give each paragraph a box as if paragraph 90,000 were at the top of the screen.
    const rect = Element.prototype.getBoundingClientRect;
    let measured = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      measured++;
      const index = paragraphs.indexOf(this as HTMLParagraphElement);
      const top = index === -1 ? -9_000_000 : (index - 90_000) * 100;
      return { top, bottom: index === -1 ? 1_000_000 : top + 100 } as DOMRect;
    };
    try {
      listen.press();
    } finally {
      Element.prototype.getBoundingClientRect = rect;
    }
    expect(engine.last.text).toBe('Paragraph 90000 opens here.');
    expect(measured).toBeLessThan(60);
    listen.dispose();
  });
});
