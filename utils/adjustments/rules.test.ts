import { describe, expect, it } from 'vitest';
import { isHostname, MAX_RULES_PER_SITE, validateRule, validateSites } from './rules';

const KEEP = {
  kind: 'keep',
  rule: 'newsletter',
  text: 'Correction: the flood was in 1921.',
  path: ['div.note'],
};
const REMOVE = { kind: 'remove', text: 'Sponsored message', path: ['div', 'p'] };

describe('site rule validation', () => {
  it('keeps valid rules, without any field it does not know', () => {
    expect(validateRule(KEEP)).toEqual(KEEP);
    expect(validateRule({ ...REMOVE, html: '<img src=x onerror=alert(1)>', run: 'alert(1)' })).toEqual(
      REMOVE,
    );
  });

  it.each([
    ['a kind it does not know', { ...REMOVE, kind: 'eval' }],
    ['a selector in the path', { ...REMOVE, path: ['p[onclick="alert(1)"]'] }],
    ['a pseudo-class in the path', { ...REMOVE, path: ['div', 'p:has(script)'] }],
    ['a combinator in a segment', { ...REMOVE, path: ['div > p'] }],
    ['a path that is not a list', { ...REMOVE, path: 'div p' }],
    ['a path too deep', { ...REMOVE, path: Array(33).fill('div') }],
    ['text that is not a string', { ...REMOVE, text: 42 }],
    ['text too long', { ...REMOVE, text: 'x'.repeat(301) }],
    ['text not normalized', { ...REMOVE, text: '  two  spaces ' }],
    ['neither text nor path', { kind: 'remove', text: '', path: [] }],
    ['a rule name on a remove rule', { ...REMOVE, rule: 'navigation' }],
    ['a rule name that is code', { ...KEEP, rule: 'alert(1)' }],
    ['not an object', 'remove everything'],
    ['an array', [REMOVE]],
    ['null', null],
  ])('drops a rule with %s', (_, raw) => {
    expect(validateRule(raw)).toBeNull();
  });

  it('drops bad hosts, bad lists and duplicates, and counts what it dropped', () => {
    const { sites, dropped } = validateSites({
      'news.example': [KEEP, REMOVE, REMOVE, { kind: 'x' }],
      'bad host!': [REMOVE, KEEP],
      '<script>': 'not a list',
      '127.0.0.1': [REMOVE],
      'xn--bcher-kva.example': [],
    });
    expect(sites).toEqual({ 'news.example': [KEEP, REMOVE], '127.0.0.1': [REMOVE] });
    expect(dropped).toBe(5);
  });

  it('reads nothing from a value that is not a map of sites', () => {
    expect(validateSites(undefined)).toEqual({ sites: {}, dropped: 0 });
    expect(validateSites('{"a":1}')).toEqual({ sites: {}, dropped: 1 });
    expect(validateSites([REMOVE])).toEqual({ sites: {}, dropped: 1 });
  });

  it('keeps at most MAX_RULES_PER_SITE rules for a site', () => {
    const many = Array.from({ length: MAX_RULES_PER_SITE + 3 }, (_, i) => ({ ...REMOVE, text: `junk ${i}` }));
    const { sites, dropped } = validateSites({ 'a.example': many });
    expect(sites['a.example']).toHaveLength(MAX_RULES_PER_SITE);
    expect(dropped).toBe(3);
  });

  it('knows a hostname', () => {
    for (const host of ['example.com', 'a-b.c.example', '127.0.0.1', 'localhost', '[::1]']) {
      expect(isHostname(host), host).toBe(true);
    }
    for (const host of ['', 'Example.com', 'a..b', '-a.com', 'a.com:80', 'a/b', 'a b', 'x'.repeat(254)]) {
      expect(isHostname(host), host).toBe(false);
    }
  });
});
