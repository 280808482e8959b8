import { describe, expect, it } from 'vitest';
import { copyrightNotices } from './copyright-notices';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('copyright-notices', () => {
  it('removes copyright and reuse notices', () => {
    const { removed } = runRule(
      copyrightNotices,
      STORY +
        '<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study, no part may be reproduced.</p>' +
        "<div>© 2023 Regan's Workshop. All rights reserved.</div>",
    );
    expect(removed).toHaveLength(2);
  });

  it('keeps captions with a credit and prose about copyright', () => {
    const { removed } = runRule(
      copyrightNotices,
      '<div>© John Brecher</div>' +
        "<p>An artist's illustration of a plume on Europa. (Image: © NASA/ESA)</p>" +
        '<p>The agency said the outbreak had resulted in ten human cases and forty-six animal cases so far this year.</p>' +
        '<p><em>© 2019 Associated Press. All Rights Reserved.</em></p>' +
        '<p>The court ruled that copyright law protects the choreography, the judge wrote in a long opinion that will be appealed.</p>' +
        STORY,
    );
    expect(removed).toEqual([]);
  });
});
