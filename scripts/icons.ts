import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders public/icon.svg to the PNG sizes the stores and toolbars ask for (`npm run icons`).
 * A real browser rasterizes each size from the vector, so small icons stay crisp instead of being
 * scaled down from a big bitmap. Re-run after editing the SVG and commit the PNGs.
 */
const ROOT = resolve(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;

async function renderIcons(): Promise<void> {
  const svg = readFileSync(join(ROOT, 'public/icon.svg'));
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(ROOT, `public/icon/${size}.png`), png);
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await renderIcons();
