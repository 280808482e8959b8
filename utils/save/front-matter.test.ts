import { describe, expect, it } from 'vitest';
import { frontMatter, yamlString } from './front-matter';

describe('yamlString', () => {
  it('writes one double-quoted line whatever the text holds', () => {
    for (const text of [
      'plain',
      'Title: with a colon # and hash',
      '"quoted" \\ back\\slash',
      'two\nlines\r\nand\ttab',
      '--- not a document end',
      '@at, `tick`, *star, &anchor, !tag, {flow}, [seq], |, >',
      '서울 "대중교통": 설문',
      'bell\u0007 del\u007f c1\u0085 ls\u2028 ps\u2029 bom\ufeff',
      'emoji 👩‍👩‍👧‍👦',
      '<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](x) a]\\(b',
    ]) {
      const quoted = yamlString(text);
      expect(quoted, text).toMatch(/^"[^\n\r]*"$/);
      expect(quoted, text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/);
      // Nothing a Markdown viewer unaware of front matter would take for HTML or a link.
      expect(quoted, text).not.toMatch(/<|\]\(/);
      // Every escape used is one JSON and YAML read the same way: JSON gives the text back.
      expect(JSON.parse(quoted), text).toBe(text);
    }
  });

  it('escapes exactly as YAML expects', () => {
    expect(yamlString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
    expect(yamlString('x\u2028y')).toBe('"x\\u2028y"');
    expect(yamlString('<b>[a](b)</b>')).toBe('"\\u003cb>[a]\\u0028b)\\u003c/b>"');
  });

  it('drops lone surrogates, which are not text', () => {
    expect(yamlString('a\ud800b\udc00c')).toBe('"abc"');
  });
});

describe('frontMatter', () => {
  it('lists the fields in order and leaves out the absent ones', () => {
    expect(
      frontMatter({
        title: 'Title: "x"',
        author: null,
        site: 'The Site',
        published: '2024-10-29T16:52:00+09:00',
        url: 'https://example.com/a?b=1#c',
        saved: '2024-10-30T01:02:03.000Z',
      }),
    ).toBe(
      [
        '---',
        'title: "Title: \\"x\\""',
        'site: "The Site"',
        'published: "2024-10-29T16:52:00+09:00"',
        'url: "https://example.com/a?b=1#c"',
        'saved: "2024-10-30T01:02:03.000Z"',
        '---',
        '',
      ].join('\n'),
    );
  });
});
