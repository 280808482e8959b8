// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract';
import { loadPage, PAGE_URL as URL, shownTextOf } from '../../tests/helpers/adjust-page';
import { READABILITY, recordRemovals } from './record';

describe('recordRemovals', () => {
  it('records every clutter removal with its rule, a preview and its neighbours in the article', () => {
    const doc = loadPage();
    const removals = recordRemovals(doc, URL, shownTextOf(doc));
    const correction = removals.find((r) => r.preview.startsWith('Correction'));
    expect(correction).toMatchObject({
      rule: 'newsletter',
      preview: 'Correction: an earlier version gave the wrong year.',
      fingerprint: {
        text: 'Correction: an earlier version gave the wrong year.',
        path: ['main', 'article', 'div.newsletter-correction'],
      },
    });
    expect(correction!.before).toMatch(/^Paragraph two of the story/);
    expect(correction!.after).toMatch(/^Paragraph three of the story/);
    expect(removals.map((r) => r.rule)).toEqual(expect.arrayContaining(['navigation', 'share-bars']));
  });

  it('records what Readability left out as "readability", and nothing it kept', () => {
    const doc = loadPage();
    const shown = shownTextOf(doc);
    const removals = recordRemovals(doc, URL, shown);
    const rail = removals.find((r) => r.preview.startsWith('Readers also liked'));
    expect(rail?.rule).toBe(READABILITY);
    expect(rail?.before).toMatch(/^Paragraph four/);
    for (const removal of removals) expect(shown).not.toContain(removal.fingerprint.text);
  });

  it('skips removals with nothing to show (an empty ad slot)', () => {
    const doc = loadPage();
    const removals = recordRemovals(doc, URL, shownTextOf(doc));
    expect(removals.every((r) => r.preview !== '')).toBe(true);
    expect(removals.map((r) => r.id)).toEqual(removals.map((_, i) => i));
  });

  it('gives a block’s HTML with absolute URLs, from the private copy', () => {
    const doc = loadPage();
    const removals = recordRemovals(doc, URL, shownTextOf(doc));
    const correction = removals.find((r) => r.rule === 'newsletter')!;
    expect(correction.html()).toContain('href="https://news.example/flood"');
  });

  it('never changes the page, and leaves the extraction exactly as it was', () => {
    const doc = loadPage();
    const before = doc.documentElement.outerHTML;
    const first = extractArticle(doc, URL, { window: window as never });
    recordRemovals(doc, URL, shownTextOf(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(extractArticle(doc, URL, { window: window as never })).toEqual(first);
  });
});
