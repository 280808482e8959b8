import { describe, expect, it } from 'vitest';
import { linkLists } from './link-lists';
import { runRule, STORY } from '../../tests/unit/clutter-helpers';

describe('link-lists', () => {
  it('removes lists of headline links', () => {
    const { removed } = runRule(
      linkLists,
      STORY +
        '<ul><li><a href="/a"><u>NASA Europa Mission Could Potentially Spot Signs of Alien Life</u></a></li>' +
        '<li><a href="/b">Photos: Europa, Mysterious Icy Moon of Jupiter</a></li></ul>',
    );
    expect(removed).toHaveLength(1);
  });

  it('keeps lists of sources, steps and mixed items', () => {
    const { removed } = runRule(
      linkLists,
      STORY +
        '<ul><li><a href="/report.pdf">Report (PDF)</a></li><li><a href="https://w.test">Wikipedia</a></li></ul>' +
        '<ol><li>Mix the flour and water slowly</li><li>Knead the dough for ten minutes</li></ol>' +
        '<ul><li><a href="/x">The council report on trams</a> explains the budget in detail for every district.</li>' +
        '<li><a href="/y">The transport fund grant letter</a> sets the conditions for the money.</li></ul>',
    );
    expect(removed).toEqual([]);
  });
});
