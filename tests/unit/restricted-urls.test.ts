import { describe, expect, it } from 'vitest';
import { restrictionOf } from '../../utils/toggle';

describe('restrictionOf', () => {
  it.each([
    'chrome://version/',
    'about:blank',
    'view-source:https://example.com/',
    'chrome-extension://abc/options.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://example.com/paper.PDF',
  ])('refuses %s with a reason', (url) => {
    expect(restrictionOf(url)).toMatch(/\w/);
  });

  it.each([
    'https://www.koreatimes.co.kr/www/nation/2024/10/113_385612.html',
    'http://127.0.0.1:8080/a.html?x=.pdf',
  ])('lets the reader try %s', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });
});
