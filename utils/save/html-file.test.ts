// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readerStyle } from '../../components/themes';
import { auditElements, elementsOf } from '../../scripts/harness/invariants';
import { readSaveFixture, showInReader } from '../../tests/helpers/saved-reader';
import { DEFAULT_SETTINGS } from '../settings';
import { exportArticle } from './export-article';
import { readTheme, SAVED_PAGE_POLICY } from './html-file';
import { parseHtml } from '../../tests/helpers/html';

const LABELS = { originalPage: 'Original page', savedOn: 'Saved March 15, 2024' };
const SAVED_AT = new Date('2024-03-15T09:00:00Z');

function saveHtml(name: string, url: string, theme: 'light' | 'dark' | 'sepia' = 'light') {
  const settings = { ...DEFAULT_SETTINGS, fontFamily: 'sans' as const, fontSize: 24 };
  const { body, article } = showInReader(readSaveFixture(`${name}.html`), url, theme, settings);
  const file = exportArticle('html', { body, article, url, savedAt: SAVED_AT, labels: LABELS });
  return { file, doc: parseHtml(file.text), body };
}

describe('the saved HTML page', () => {
  it('is one document with a strict policy first in its head, and nothing that runs', () => {
    const { file, doc } = saveHtml('technical-post', 'https://notes.example/posts/csv');
    expect(file.name).toBe('Reading CSV files in Rust and Python.html');
    expect(file.type).toBe('text/html;charset=utf-8');
    expect(file.text.startsWith('<!DOCTYPE html>\n<html lang="en"')).toBe(true);
    const head = Array.from(doc.head.children, (el) => el.localName);
    expect(head).toEqual(['meta', 'meta', 'meta', 'meta', 'title', 'style']);
    expect(doc.head.children[0]!.getAttribute('charset')).toBe('utf-8');
    expect(doc.head.children[1]!.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(doc.head.children[1]!.getAttribute('content')).toBe(SAVED_PAGE_POLICY);
    expect(SAVED_PAGE_POLICY).toBe(
      "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'",
    );
    expect(doc.title).toBe('Reading CSV files in Rust and Python');
    // Only our own two style attributes (the theme), nothing else the hostile-page audit would flag.
    const problems = auditElements(elementsOf(doc.body), {
      allowStyle: (el) => el.attributes.some(([name, value]) => name === 'class' && value === 'reader'),
    });
    expect(problems).toEqual([]);
    expect(doc.querySelectorAll('script, iframe, object, embed, form, base, link').length).toBe(0);
  });

  it('shows the article as the reader does: header, body, footer with the way back', () => {
    const { doc } = saveHtml('technical-post', 'https://notes.example/posts/csv');
    expect(doc.querySelector('.reader > article.page > header.article-header h1')?.textContent).toBe(
      'Reading CSV files in Rust and Python',
    );
    expect(doc.querySelector('.site-name')?.textContent).toBe('Field Notes');
    expect(doc.querySelector('.byline')?.textContent).toBe('Ada Example');
    expect(doc.querySelector('time.date')?.getAttribute('datetime')).toBe('2024-03-14T08:00:00Z');
    const body = doc.querySelector('.article-body')!;
    expect(body.querySelectorAll('table').length).toBe(2);
    expect(body.querySelector('pre code.language-rust')?.textContent).toContain('fn main()');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://notes.example/img/cities.png');
    expect(body.querySelectorAll('figcaption').length).toBe(1);
    expect(Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('rel'))).toEqual([
      'noopener noreferrer',
    ]);
    const footer = doc.querySelector('.article-footer')!;
    expect(footer.querySelector('a')?.getAttribute('href')).toBe('https://notes.example/posts/csv');
    expect(footer.textContent).toContain('Original page');
    expect(footer.textContent).toContain('notes.example');
    expect(footer.textContent).toContain('Saved March 15, 2024');
  });

  it('carries the theme and typography the reader shows now', () => {
    const { doc, body } = saveHtml('korean-news', 'https://news.example.kr/society/1234', 'dark');
    const frame = doc.querySelector<HTMLElement>('.reader')!;
    const shown = readerStyle({ ...DEFAULT_SETTINGS, fontFamily: 'sans', fontSize: 24 }, 'dark');
    expect(readTheme(body.closest('.reader'))).toEqual(shown);
    for (const [name, value] of Object.entries(shown))
      expect(frame.style.getPropertyValue(name), name).toBe(value);
    expect(frame.style.getPropertyValue('--bg')).toBe('#161616');
    expect(frame.style.getPropertyValue('--reader-font-size')).toBe('24px');
  });

  it('keeps the Korean title and the right-to-left quote with its direction', () => {
    const { file, doc } = saveHtml('korean-news', 'https://news.example.kr/society/1234');
    expect(file.name).toBe("서울 시민 10명 중 7명 '대중교통 만족' - 설문 결과.html");
    expect(doc.title).toBe('서울 시민 10명 중 7명 "대중교통 만족": 설문 결과');
    expect(doc.documentElement.lang).toBe('ko');
    const quote = doc.querySelector('.article-body blockquote')!;
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.getAttribute('lang')).toBe('ar');
  });

  it('falls back to the default theme for values it cannot trust', () => {
    const frame = document.createElement('div');
    frame.style.setProperty('--bg', 'red;}</style><script>alert(1)</script>');
    frame.style.setProperty('--fg', '#123456');
    const theme = readTheme(frame);
    expect(theme['--bg']).toBe(readerStyle(DEFAULT_SETTINGS, 'light')['--bg']);
    expect(theme['--fg']).toBe('#123456');
    expect(readTheme(null)).toEqual(readerStyle(DEFAULT_SETTINGS, 'light'));
    // Whatever a style declaration could hand back: anything able to fetch or break out of CSS is refused.
    for (const evil of [
      'url(https://evil.example/x)',
      '#000;background:url(x)',
      'x}body{color:red',
      '/* */red',
    ]) {
      const fake = { style: { getPropertyValue: (name: string) => (name === '--bg' ? evil : '') } };
      expect(readTheme(fake as never)['--bg'], evil).toBe('#fdfdfb');
    }
  });
});
