// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSaveFixture, SAVE_FIXTURES, showInReader } from '../../tests/helpers/saved-reader';
import { sanitizeToFragment } from '../sanitize';
import { copyArticle } from './article-copy';
import { exportArticle } from './export-article';
import { articleMarkdown } from './markdown';
import { parseHtml } from '../../tests/helpers/html';

const SAVED_AT = new Date('2024-03-15T09:00:00Z');
const LABELS = { originalPage: 'Original page', savedOn: 'Saved March 15, 2024' };
const FIELDS = {
  title: 'T',
  author: null,
  site: null,
  published: null,
  url: 'https://x.example/',
  saved: 'now',
};

function saveFixture(name: string, url: string) {
  const { body, article } = showInReader(readSaveFixture(`${name}.html`), url);
  return exportArticle('markdown', { body, article, url, savedAt: SAVED_AT, labels: LABELS });
}

/** Markdown of a snippet shown in the reader (sanitized), front matter and title left out. */
function markdownOf(html: string): string {
  const body = document.createElement('div');
  body.append(sanitizeToFragment(html, window as never));
  const text = articleMarkdown(copyArticle(body, 'https://x.example/a/'), FIELDS);
  return text.slice(text.indexOf('# T\n\n') + 5).trimEnd();
}

/** A line's text as Markdown escapes it, unescaped again (for comparing prose). */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('Markdown of the fixtures (expected files read and checked by hand)', () => {
  it('a technical post: tables, code blocks with their languages, nested lists, quote, figure', () => {
    const file = saveFixture('technical-post', 'https://notes.example/posts/csv?ref=rss#top');
    expect(file.name).toBe('Reading CSV files in Rust and Python.md');
    expect(file.type).toBe('text/markdown;charset=utf-8');
    expect(file.text).toBe(readFileSync(join(SAVE_FIXTURES, 'technical-post.expected.md'), 'utf8'));
    const text = file.text;
    expect(text).toContain('\n```rust\nuse std::error::Error;\n');
    expect(text).toContain('\n```python\nimport csv\n');
    expect(text).toContain('\n```bash\ncargo run --release\n');
    // A fence inside the code gets a longer fence around it.
    expect(text).toContain('\n````markdown\n```python\nprint("fenced")\n```\n````\n');
    expect(text).toContain('| City | Population | Note |\n| --- | --- | --- |\n');
    expect(text).toContain('| Busan | 3,349,000 | port \\| harbour |');
    expect(text).toContain('| Daejeon | 1,442,000 | science town<br>rail hub |');
    expect(text).toContain(
      '-   Quote fields that hold a comma\n    1.  double quotes around the field\n    2.  double the quotes inside it\n        -   so _"a"_ becomes **""a""**\n-   Keep line endings consistent',
    );
    expect(text).toContain(
      '> Be conservative in what you send, be liberal in what you accept.\n> \n> — Jon Postel',
    );
    expect(text).toContain(
      "![A bar chart of the three cities' populations](https://notes.example/img/cities.png)\n\n_Population of the three cities, 2023._",
    );
    expect(text).toContain('[the demo repository](https://notes.example/code/csv-demo)');
    // The site's navigation, sidebar and footer are not the article.
    for (const clutter of ['Archive', 'Popular posts', '© 2024']) expect(text).not.toContain(clutter);
  });

  it('a Korean news story with an Arabic (right-to-left) quote', () => {
    const file = saveFixture('korean-news', 'https://news.example.kr/society/1234');
    expect(file.name).toBe("서울 시민 10명 중 7명 '대중교통 만족' - 설문 결과.md");
    expect(file.text).toBe(readFileSync(join(SAVE_FIXTURES, 'korean-news.expected.md'), 'utf8'));
    expect(file.text.startsWith('---\ntitle: "서울 시민 10명 중 7명 \\"대중교통 만족\\": 설문 결과"\n')).toBe(
      true,
    );
    expect(file.text).toContain('\n# 서울 시민 10명 중 7명 "대중교통 만족": 설문 결과\n');
    expect(file.text).toContain('\n> المترو نظيف وسريع، لكنه مزدحم جدا في الصباح.\n');
  });

  it('an Arabic article keeps every paragraph, in order, in its own words', () => {
    const dir = join(SAVE_FIXTURES, '../fixtures/rtl--arabic-article');
    const url = 'https://example.test/ar/library';
    const { body, article } = showInReader(readFileSync(join(dir, 'source.html'), 'utf8'), url);
    const text = exportArticle('markdown', { body, article, url, savedAt: SAVED_AT, labels: LABELS }).text;
    const expected = parseHtml(readFileSync(join(dir, 'expected.html'), 'utf8'));
    const paragraphs = Array.from(expected.querySelectorAll('p'), (p) => p.textContent!.trim());
    expect(paragraphs.length).toBe(3);
    const lines = text.split('\n').map(unescape);
    const at = paragraphs.map((p) => lines.indexOf(p));
    expect(at.every((index) => index > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('title: "افتتاح مكتبة جديدة في وسط المدينة"');
  });
});

describe('Markdown details', () => {
  it("writes the page's text literally: raw HTML, entities and Markdown syntax are escaped", () => {
    expect(markdownOf('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; 1 * 2 _x_ [y](z) `c`</p>')).toBe(
      '\\<script>alert(1)\\</script> \\&lt; 1 \\* 2 \\_x\\_ \\[y\\](z) \\`c\\`',
    );
    expect(markdownOf('<p># not a heading</p><p>1. not a list</p><p>&gt; not a quote</p>')).toBe(
      '\\# not a heading\n\n1\\. not a list\n\n\\> not a quote',
    );
  });

  it('gives a header row to a table without one, and keeps every cell', () => {
    expect(markdownOf('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>')).toBe(
      '|     |     |\n| --- | --- |\n| a   | b   |\n| c   | d   |',
    );
  });

  it('turns blocks inside table cells into one line each, never into raw HTML', () => {
    const text = markdownOf(
      '<table><thead><tr><th>K</th><th>V</th></tr></thead><tbody><tr><td><h3>Head</h3></td>' +
        '<td><blockquote>q</blockquote><pre>a\nb</pre><hr><p>p</p></td></tr></tbody></table>',
    );
    expect(text).toBe('| K   | V   |\n| --- | --- |\n| **Head** | q<br>`a b`<br>p |');
  });

  it('uses a language only when the page names one', () => {
    expect(markdownOf('<pre><code>plain</code></pre>')).toBe('```\nplain\n```');
    expect(markdownOf('<pre data-language="Go"><code>go</code></pre>')).toBe('```go\ngo\n```');
  });

  it('writes a caption once, under its image, and a multi-paragraph caption as plain paragraphs', () => {
    expect(
      markdownOf('<figure><img src="a.png" alt="Alt"><figcaption>One <em>two</em></figcaption></figure>'),
    ).toBe('![Alt](https://x.example/a/a.png)\n\n_One _two__');
    expect(
      markdownOf('<figure><img src="a.png" alt=""><figcaption><p>One</p><p>Two</p></figcaption></figure>'),
    ).toBe('![](https://x.example/a/a.png)\n\nOne\n\nTwo');
  });

  it('leaves out the title heading when there is no title, but keeps the front matter', () => {
    const body = document.createElement('div');
    body.append(sanitizeToFragment('<p>Text</p>', window as never));
    const text = articleMarkdown(copyArticle(body, 'https://x.example/'), { ...FIELDS, title: ' ' });
    expect(text).toBe('---\nurl: "https://x.example/"\nsaved: "now"\n---\n\nText\n');
  });
});
