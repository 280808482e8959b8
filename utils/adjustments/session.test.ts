// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../extract';
import { sanitizeToFragment } from '../sanitize';
import { loadPage, PAGE_URL, shownTextOf } from '../../tests/helpers/adjust-page';
import { recordRemovals } from './record';
import type { SiteRulesClient } from '../page/site-rules-remote';
import type { SiteRule } from './rules';
import { AdjustSession, BY_YOU } from './session';

function setUp() {
  const page = loadPage();
  const removals = recordRemovals(page, PAGE_URL, shownTextOf(page));
  const extraction = extractArticle(loadPage(), PAGE_URL, { window: window as never });
  const body = document.createElement('div');
  body.append(sanitizeToFragment(extraction.article!.content, window as never));
  document.body.replaceChildren(body);
  const client = {
    get: vi.fn(),
    add: vi.fn(async (_rule: SiteRule) => undefined),
    delete: vi.fn(async (_rule: SiteRule) => undefined),
  };
  const session = new AdjustSession(body, removals, client satisfies SiteRulesClient);
  return { body, client, session };
}

const CORRECTION = 'Correction: an earlier version gave the wrong year.';
const removedCount = (session: AdjustSession) => session.items().filter((item) => item.removed).length;

describe('AdjustSession', () => {
  it('puts a removed block back, remembers it as a keep rule, and forgets it when taken out again', () => {
    const { body, client, session } = setUp();
    const count = removedCount(session);
    const item = session.items().find((i) => i.preview === CORRECTION)!;
    expect(item).toMatchObject({ group: 'newsletter', removed: true });

    session.toggle(item.id);
    expect(body.textContent).toMatch(/Paragraph two of the story.*Correction: an earlier.*Paragraph three/s);
    expect(removedCount(session)).toBe(count - 1);
    const rule: SiteRule = {
      kind: 'keep',
      rule: 'newsletter',
      text: CORRECTION,
      path: ['main', 'article', 'div.newsletter-correction'],
    };
    expect(client.add).toHaveBeenCalledWith(rule);

    session.toggle(item.id);
    expect(body.textContent).not.toContain('Correction');
    expect(client.delete).toHaveBeenCalledWith(rule);
  });

  it('removes a block of the article on request and puts it back from the panel', () => {
    const { body, client, session } = setUp();
    const third = Array.from(body.querySelectorAll('p')).find((p) => p.textContent!.includes('three'))!;
    session.remove(third);
    expect(body.textContent).not.toContain('Paragraph three');
    const mine = session.items().filter((item) => item.group === BY_YOU);
    expect(mine).toEqual([
      expect.objectContaining({ removed: true, preview: expect.stringMatching(/^Paragraph three/) }),
    ]);
    const rule = client.add.mock.calls[0]![0];
    expect(rule).toMatchObject({ kind: 'remove', text: expect.stringMatching(/^Paragraph three/) });

    session.toggle(mine[0]!.id);
    expect(body.textContent).toMatch(/Paragraph two.*Paragraph three.*Paragraph four/s);
    expect(client.delete).toHaveBeenCalledWith(rule);
  });

  it('applies stored rules that survive small changes, and undoing one deletes that stored rule', () => {
    const { body, client, session } = setUp();
    const keep: SiteRule = {
      kind: 'keep',
      text: 'Correction: an earlier version gave a wrong year.',
      path: [],
    };
    const remove: SiteRule = {
      kind: 'remove',
      text: 'Paragraph four of the story. The river changed its course over a single winter, and the town on its old bank found itself a mile from the water, with engineers, farmers and historians arguing about it.',
      path: [],
    };
    session.apply([keep, remove]);
    expect(body.textContent).toContain('Correction');
    expect(body.textContent).not.toContain('Paragraph four');
    expect(client.add).not.toHaveBeenCalled();

    session.toggle(session.items().find((i) => i.preview === CORRECTION)!.id);
    expect(client.delete).toHaveBeenCalledWith(keep);
    session.toggle(session.items().find((i) => i.group === BY_YOU)!.id);
    expect(client.delete).toHaveBeenCalledWith(remove);
    expect(body.textContent).toContain('Paragraph four');
  });

  it('leaves the article as extracted when the site has no rules', () => {
    const { body, session } = setUp();
    const before = body.innerHTML;
    session.apply([]);
    expect(body.innerHTML).toBe(before);
  });

  it('tells its listeners about every change', () => {
    const { session } = setUp();
    const listener = vi.fn();
    const stop = session.subscribe(listener);
    session.toggle(session.items()[0]!.id);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    session.toggle(session.items()[0]!.id);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
