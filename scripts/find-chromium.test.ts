import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_INSTALL_HINT, findChromium } from './find-chromium';

describe('findChromium', () => {
  it('takes CHROME_PATH when it points at a file', () => {
    const fake = join(mkdtempSync(join(tmpdir(), 'lectern-chrome-')), 'chrome');
    writeFileSync(fake, '');
    expect(findChromium({ CHROME_PATH: fake })).toBe(fake);
  });

  it('reports none when CHROME_PATH points nowhere, instead of silently using another browser', () => {
    expect(findChromium({ CHROME_PATH: '/nonexistent/chrome' })).toBeNull();
  });

  it('names how to install a browser in its hint', () => {
    expect(CHROMIUM_INSTALL_HINT).toMatch(/apt-get install -y chromium/);
    expect(CHROMIUM_INSTALL_HINT).toMatch(/CHROME_PATH/);
  });
});
