import { afterEach, describe, expect, it, vi } from 'vitest';
import { readabilityAfterClutterRules } from './readability';
import { parseHtml } from '../../tests/helpers/html';

const prose = (label: string) =>
  `<p>${label}: ${'a sentence of the story with enough words to count as prose, '.repeat(6)}</p>`;

function page(body: string): Document {
  return parseHtml(`<!DOCTYPE html><title>T</title><body>${body}</body>`);
}

describe('readabilityAfterClutterRules', () => {
  afterEach(() => vi.restoreAllMocks());

  it('still leaves out what the page hides, judged from attributes', () => {
    const doc = page(
      `<article>${prose('one')}${prose('two')}` +
        `<div style="display: none">${prose('styled away')}</div>` +
        `<div hidden>${prose('hidden attribute')}</div>` +
        `<div aria-hidden="true">${prose('aria hidden')}</div>` +
        `${prose('three')}</article>`,
    );
    const text = readabilityAfterClutterRules(doc).parse()?.content?.textContent ?? '';
    expect(text).toContain('one:');
    expect(text).toContain('three:');
    expect(text).not.toContain('styled away');
    expect(text).not.toContain('hidden attribute');
    expect(text).not.toContain('aria hidden');
  });

  it('does not read any element’s style declaration', () => {
    const doc = page(`<article>${prose('one')}${prose('two')}${prose('three')}</article>`);
    const style = vi.spyOn(HTMLElement.prototype, 'style', 'get');
    expect(readabilityAfterClutterRules(doc).parse()?.content).toBeTruthy();
    expect(style).not.toHaveBeenCalled();
  });
});
