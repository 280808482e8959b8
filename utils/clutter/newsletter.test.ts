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

  it("does not read a heading's slug as its kind", () => {
    // Twilio's quickstart: the step's id is its title's words; a class saying "signup" still counts.
    const { removed } = runRule(
      newsletter,
      STORY +
        '<h2 id="sign-up-for-acme-and-get-a-key">Sign up for Acme and get a key</h2>' +
        '<h2 class="signup-title">Sign up for our letter</h2>',
    );
    expect(removed).toEqual(['Sign up for our letter']);
  });
});
