import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteRule } from '../adjustments/rules';
import {
  answerSiteRulesRequest,
  deleteSite,
  exportSites,
  importSites,
  loadSites,
  senderHost,
} from './site-rules-store';

const KEEP: SiteRule = {
  kind: 'keep',
  rule: 'newsletter',
  text: 'Correction: the flood was in 1921.',
  path: ['div'],
};
const REMOVE: SiteRule = { kind: 'remove', text: 'Sponsored message', path: ['div', 'p'] };
const request = (op: 'get' | 'add' | 'delete', rule?: unknown) => ({
  type: 'lectern:sites' as const,
  op,
  rule,
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('site rules store', () => {
  it('adds, reads and deletes a site’s rules', async () => {
    await answerSiteRulesRequest(request('add', KEEP), 'news.example');
    await answerSiteRulesRequest(request('add', REMOVE), 'news.example');
    await answerSiteRulesRequest(request('add', REMOVE), 'news.example');
    expect(await answerSiteRulesRequest(request('get'), 'news.example')).toEqual({
      rules: [KEEP, REMOVE],
      dropped: 0,
    });
    expect((await answerSiteRulesRequest(request('get'), 'other.example')).rules).toEqual([]);
    await answerSiteRulesRequest(request('delete', KEEP), 'news.example');
    expect((await loadSites()).sites).toEqual({ 'news.example': [REMOVE] });
    await deleteSite('news.example');
    expect((await loadSites()).sites).toEqual({});
  });

  it('never stores a rule from a page that is not valid', async () => {
    await answerSiteRulesRequest(
      request('add', { kind: 'remove', text: 'x', path: ['p:has(img)'] }),
      'a.example',
    );
    expect(await fakeBrowser.storage.local.get('siteAdjustments')).toEqual({});
  });

  it('drops hostile stored rules on load, and says how many', async () => {
    await fakeBrowser.storage.local.set({
      siteAdjustments: {
        'a.example': [REMOVE, { kind: 'remove', text: '', path: ['img[src=x]'] }],
        'b c': [],
      },
    });
    expect(await loadSites()).toEqual({ sites: { 'a.example': [REMOVE] }, dropped: 2 });
  });

  it('takes the site from the sender’s own address, never from the message', () => {
    expect(senderHost('https://news.example/2024/story.html')).toBe('news.example');
    expect(senderHost('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(senderHost('chrome-extension://abc/options.html')).toBe('abc');
    expect(senderHost('file:///home/me/page.html')).toBeNull();
    expect(senderHost(undefined)).toBeNull();
  });

  it('exports JSON that imports again, merging without duplicates and counting invalid rules', async () => {
    await answerSiteRulesRequest(request('add', KEEP), 'news.example');
    const json = exportSites((await loadSites()).sites);
    expect(JSON.parse(json)).toEqual({
      format: 'lectern-site-adjustments',
      version: 1,
      sites: { 'news.example': [KEEP] },
    });
    expect(await importSites(json)).toEqual({ added: 0, dropped: 0 });
    const file = JSON.stringify({
      'news.example': [REMOVE, { kind: 'remove', path: 'div' }],
      'x.example': [KEEP],
    });
    expect(await importSites(file)).toEqual({ added: 2, dropped: 1 });
    expect((await loadSites()).sites).toEqual({ 'news.example': [KEEP, REMOVE], 'x.example': [KEEP] });
  });

  it('refuses a file that is not JSON', async () => {
    await expect(importSites('<script>alert(1)</script>')).rejects.toThrow();
    expect((await loadSites()).sites).toEqual({});
  });
});
