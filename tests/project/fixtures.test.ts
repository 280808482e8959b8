// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, type Extraction } from '../../utils/extract';
import { firedRules, readFiredRules } from '../helpers/fired-rules';
import { firstDifference } from '../helpers/fixture-compare';

// The extraction's own clutter walk, watched: the names of the rules that removed something on each page.
vi.mock('../../utils/clutter', async (importOriginal) => {
  const clutter = await importOriginal<typeof import('../../utils/clutter')>();
  const { firedRules: watcher } = await import('../helpers/fired-rules');
  return { ...clutter, removeClutter: watcher.watch(clutter.removeClutter) };
});

// Fixture pages in Readability's layout: tests/fixtures/<category>--<slug>/source.html, expected.html,
// expected-metadata.json, and expected-rules.json (the clutter rules that fire on the page, so a rule leads to
// the pages that exercise it). Expectations are (re)written only with UPDATE_FIXTURES=1, then reviewed.
const FIXTURES = join(__dirname, '../fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const DEFAULT_URL = 'http://fakehost/test/page.html';

interface ExpectedMetadata {
  url?: string;
  [field: string]: unknown;
}

function metadataOf(result: Extraction, url: string | undefined): ExpectedMetadata {
  if (!result.article) return { ...(url ? { url } : {}), article: null, reason: result.reason };
  const { content: _content, textContent: _text, ...fields } = result.article;
  return { ...(url ? { url } : {}), ...fields };
}

function parseBody(html: string): HTMLElement {
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;
}

const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'source.html')))
  .map((d) => d.name)
  .sort();

describe('extraction fixtures', () => {
  it('has fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const dir = join(FIXTURES, slug);
      const metadataFile = join(dir, 'expected-metadata.json');
      const expectedFile = join(dir, 'expected.html');
      const stored = existsSync(metadataFile)
        ? (JSON.parse(readFileSync(metadataFile, 'utf8')) as ExpectedMetadata)
        : {};
      const url = stored.url ?? DEFAULT_URL;
      const dom = new JSDOM(readFileSync(join(dir, 'source.html'), 'utf8'), {
        url,
        virtualConsole: new VirtualConsole(),
      });
      const before = dom.serialize();
      firedRules.reset();
      const result = extractArticle(dom.window.document, url);
      const fired = firedRules.names();
      expect(dom.serialize(), 'the page itself must not change').toBe(before);
      const content = result.article?.content ?? '';
      if (UPDATE) {
        writeFileSync(expectedFile, `${content}\n`);
        writeFileSync(metadataFile, `${JSON.stringify(metadataOf(result, stored.url), null, 2)}\n`);
        writeFileSync(join(dir, 'expected-rules.json'), `${JSON.stringify(fired, null, 2)}\n`);
      }
      expect(fired, `${slug}/expected-rules.json`).toEqual(readFiredRules(dir));
      expect(metadataOf(result, stored.url)).toEqual(JSON.parse(readFileSync(metadataFile, 'utf8')));
      const difference = firstDifference(parseBody(content), parseBody(readFileSync(expectedFile, 'utf8')));
      expect(difference, `${slug}/expected.html`).toBeNull();
    });
  }
});
