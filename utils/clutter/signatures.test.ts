import { describe, expect, it } from 'vitest';
import { signatures } from './signatures';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('signatures', () => {
  it("removes members' signatures under their posts", () => {
    const { removed } = runRule(
      signatures,
      STORY +
        '<aside class="message-signature"><div>Sent from my phone</div></aside><div class="signature">My rig: 3 planes</div>',
    );
    expect(removed).toEqual(['Sent from my phone', 'My rig: 3 planes']);
  });

  it('keeps a story about signatures, and a long block that only mentions the word', () => {
    const { removed } = runRule(
      signatures,
      `<div class="signature-dish">${STORY}</div><div class="sig">${'A long post body. '.repeat(40)}</div>`,
    );
    expect(removed).toEqual([]);
  });

  it("keeps an API reference's signatures (Sphinx's dt.sig)", () => {
    const { removed } = runRule(
      signatures,
      `${STORY}<dl class="py class"><dt class="sig sig-object py">class SessionMiddleware</dt><dd>Enables sessions.</dd></dl>`,
    );
    expect(removed).toEqual([]);
  });
});
