// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { auditElements, elementsOf } from '../../../scripts/harness/invariants';
import { parseHtml } from '../../helpers/html';

function audit(html: string): string[] {
  const doc = parseHtml(`<body>${html}`);
  return auditElements(elementsOf(doc.body));
}

// The audit is what every hostile test leans on: prove it sees each kind of danger.
describe('sanitizer invariants audit', () => {
  it.each([
    ['<script>1</script>', '<script> element'],
    ['<iframe></iframe>', '<iframe> element'],
    ['<form></form>', '<form> element'],
    ['<style></style>', '<style> element'],
    ['<object></object>', '<object> element'],
    ['<embed>', '<embed> element'],
    ['<img src="x" onerror="1">', 'onerror handler on <img>'],
    ['<p style="color:red">x</p>', 'style attribute on <p>'],
    ['<a href=" JaVa\tScRiPt:1" rel="noopener noreferrer">x</a>', 'script URL in a[href]'],
    ['<a href="vbscript:1" rel="noopener noreferrer">x</a>', 'script URL in a[href]'],
    ['<a href="data:text/html,x" rel="noopener noreferrer">x</a>', 'data: URL in a[href]'],
    ['<video src="data:video/mp4,x"></video>', 'data: URL in video[src]'],
    ['<a href="https://x.test/">x</a>', '<a href> without rel noopener noreferrer'],
    ['<img src="http://127.0.0.1/beacon/3">', 'vector-chosen URL in img[src]'],
    ['<template><img onerror="1"></template>', 'onerror handler on <img>'],
  ])('flags %s', (html, problem) => {
    expect(audit(html)).toContain(problem);
  });

  it('accepts a clean article, data: images and safe links', () => {
    const clean =
      '<h2>T</h2><p>Text <a href="https://x.test/" rel="noopener noreferrer" target="_blank">l</a></p>' +
      '<img src="data:image/png;base64,AAAA" alt="a"><img srcset="a.png 1x, data:image/gif;base64,R0 2x">';
    expect(audit(clean)).toEqual([]);
  });
});
