import { describe, expect, it } from 'vitest';
import { newsletter } from './newsletter';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('newsletter', () => {
  it('removes sign-up boxes and e-mail forms', () => {
    const { removed } = runRule(
      newsletter,
      STORY +
        '<div class="newsletter-signup">Get our newsletter</div>' +
        '<form><p>Daily briefing</p><input type="email"></form>',
    );
    expect(removed).toEqual(['Get our newsletter', 'Daily briefing']);
  });

  it('keeps long blocks and forms without e-mail fields', () => {
    const { removed } = runRule(
      newsletter,
      `<div class="subscriber-content">${STORY}</div><form><input type="search"></form>`,
    );
    expect(removed).toEqual([]);
  });
});
