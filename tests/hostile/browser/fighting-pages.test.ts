import type { CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReaderBrowser } from '../../../scripts/harness/browser';
import { ReaderInspector, type ReaderSnapshot } from '../../../scripts/harness/reader-inspector';
import { waitFor } from '../../../scripts/harness/wait';
import { useHostileBrowser, type HostedPage, type HostileServer } from './hostile-server';
import { auditOverlay, hostState, overlayText } from './overlay-probe';

let browser: ReaderBrowser;
let server: HostileServer;
const outcomes: { page: string; broken: boolean }[] = [];

useHostileBrowser((launched, started) => {
  browser = launched;
  server = started;
});

afterAll(async () => {
  const broken = outcomes.filter((o) => o.broken);
  console.log(
    `[figures] hostile pages: tried ${outcomes.length}, broken ${broken.length}` +
      (broken.length ? ` (${broken.map((o) => o.page).join(', ')})` : ''),
  );
});

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i + 1}: the harbour authority said on Monday that the new ferry terminal would open in ` +
    `the spring, after two winters of delays caused by storms, strikes and a shortage of steel for the piers.`,
);

function article(options: { head?: string; body?: string; title?: string } = {}): string {
  const title = options.title ?? 'Ferry terminal to open in spring';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${options.head ?? ''}</head>
<body><main><article><h1>${title}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
${options.body ?? ''}</body></html>`;
}

interface Opened {
  page: Page;
  reader: ReaderInspector;
  cdp: CDPSession;
  shown: ReaderSnapshot;
}

async function openOn(
  name: string,
  hosted: HostedPage,
  want: 'reader' | 'notice' = 'reader',
): Promise<Opened> {
  const page = await browser.context.newPage();
  await page.goto(server.host(name, hosted));
  const reader = await ReaderInspector.attach(page);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await browser.clickToolbar(page);
  const shown = await waitFor(
    () => reader.snapshot(),
    (s) => s.kind === want && (want === 'notice' || s.paragraphs.length > 0),
    `the ${want} on ${name}`,
  );
  return { page, reader, cdp, shown };
}

/** Counts the page for the figures: broken when any assertion about it fails. */
async function hostilePage(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    outcomes.push({ page: name, broken: false });
  } catch (error) {
    outcomes.push({ page: name, broken: true });
    throw error;
  }
}

async function expectCleanOverlay(opened: Opened): Promise<void> {
  const audit = await auditOverlay(opened.cdp);
  expect(audit.hosts).toBe(1);
  expect(audit.shadowRootType).toBe('closed');
  expect(audit.problems).toEqual([]);
  expect(opened.shown.paragraphs.filter((p) => p.startsWith('Paragraph '))).toHaveLength(PARAGRAPHS.length);
}

/** What is drawn at the middle of the viewport, seen from the page (retargeted to the reader's host). */
const topElementAtCentre = (page: Page) =>
  page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.localName ?? null);

/** The Removed button's label: the adjustments script (injected after the reader paints) found the article. */
function removedButtonLabel(this: ShadowRoot): string | null {
  return this.querySelector('.removed-toggle')?.textContent ?? null;
}

async function closeAndFinish(opened: Opened): Promise<void> {
  await browser.clickToolbar(opened.page);
  await waitFor(
    () => opened.reader.hostCount(),
    (n) => n === 0,
    'the reader to close',
  );
  await opened.page.close();
}

describe('pages that fight the overlay', () => {
  it('strict CSP (default-src none; style-src none): the reader opens, styled', () =>
    hostilePage('strict CSP', async () => {
      const opened = await openOn('csp', {
        html: article(),
        headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
      });
      await expectCleanOverlay(opened);
      expect(await opened.reader.computedStyle('.reader', 'background-color')).toBe('rgb(253, 253, 251)');
      expect(await opened.reader.computedStyle('.reader', 'font-size')).toBe('20px');
      expect(await topElementAtCentre(opened.page)).toBe('lectern-reader');
      await closeAndFinish(opened);
    }));

  it('* { all: unset !important } and html { font-size: 4px }: the reader keeps its own look', () =>
    hostilePage('all: unset + 4px root', async () => {
      const opened = await openOn('unset', {
        html: article({
          head: '<style>* { all: unset !important } html { font-size: 4px !important }</style>',
        }),
      });
      await expectCleanOverlay(opened);
      expect(await opened.reader.computedStyle('.reader', 'font-size')).toBe('20px');
      expect(await opened.reader.computedStyle('.reader', 'overflow-y')).toBe('auto');
      expect(await topElementAtCentre(opened.page)).toBe('lectern-reader');
      await closeAndFinish(opened);
    }));

  it('elements at z-index 2147483647 do not cover the reader', () =>
    hostilePage('max z-index', async () => {
      const cover = '<div style="position:fixed;inset:0;z-index:2147483647;background:red">cover</div>';
      const opened = await openOn('zindex', { html: article({ body: cover.repeat(3) }) });
      await expectCleanOverlay(opened);
      expect(await topElementAtCentre(opened.page)).toBe('lectern-reader');
      await closeAndFinish(opened);
    }));

  it('a script removing unknown children of <body> every 100 ms leaves the reader (anchored on <html>)', () =>
    hostilePage('body pruner', async () => {
      const pruner = `<script>setInterval(() => { for (const el of [...document.body.children])
        if (!['MAIN', 'SCRIPT'].includes(el.tagName)) el.remove(); }, 100);</script>`;
      const opened = await openOn('pruner', { html: article({ body: pruner }) });
      await opened.page.waitForTimeout(600);
      expect(await opened.reader.hostCount()).toBe(1);
      await expectCleanOverlay(opened);
      await closeAndFinish(opened);
    }));

  it('overflow: hidden on <html>: the reader still scrolls', () =>
    hostilePage('overflow hidden', async () => {
      const opened = await openOn('overflow', {
        html: article({ head: '<style>html, body { overflow: hidden !important; height: 100% }</style>' }),
      });
      await expectCleanOverlay(opened);
      await opened.page.mouse.move(600, 400);
      const scrolled = await waitFor(
        async () => {
          await opened.page.mouse.wheel(0, 400);
          return readerScrollTop(opened.cdp);
        },
        (top) => top > 0,
        'the reader to scroll',
      );
      expect(scrolled).toBeGreaterThan(0);
      expect(await opened.page.evaluate(() => scrollY)).toBe(0);
      await closeAndFinish(opened);
    }));

  it('a page scrolling itself: the reader stays on top and in place', () =>
    hostilePage('self-scrolling', async () => {
      const scroller =
        '<div style="height:5000px"></div><script>setInterval(() => scrollBy(0, 40), 30)</script>';
      const opened = await openOn('scroller', { html: article({ body: scroller }) });
      await opened.page.waitForTimeout(500);
      expect(await topElementAtCentre(opened.page)).toBe('lectern-reader');
      expect(await readerScrollTop(opened.cdp)).toBe(0);
      await expectCleanOverlay(opened);
      await closeAndFinish(opened);
    }));

  it('history.pushState while open closes the reader; a hash change does not; the next click works', () =>
    hostilePage('pushState SPA', async () => {
      const opened = await openOn('spa', { html: article() });
      await opened.page.evaluate(() => (location.hash = '#section-2'));
      await opened.page.waitForTimeout(300);
      expect(await opened.reader.hostCount()).toBe(1);
      await opened.page.evaluate(() => history.pushState({}, '', `/spa/next-story-${Date.now()}`));
      await waitFor(
        () => opened.reader.hostCount(),
        (n) => n === 0,
        'the reader to close on pushState',
      );
      await browser.clickToolbar(opened.page);
      await waitFor(
        () => opened.reader.snapshot(),
        (s) => s.kind === 'reader',
        'the reader to reopen',
      );
      await closeAndFinish(opened);
    }));

  it('elements named after the reader’s handle (DOM clobbering) neither stop it opening nor closing', () =>
    hostilePage('clobbered handle', async () => {
      // Named elements show through `window.__lecternReader` in the extension's world too.
      const named =
        '<img name="__lecternReader" src="/missing.png"><form name="__lecternReader"><input name="nodeName"></form>' +
        '<embed name="__lecternReader"><object name="__lecternReader"></object><iframe name="__lecternReader"></iframe>' +
        '<iframe sandbox name="__lecternReader" srcdoc="x"></iframe>';
      const opened = await openOn('clobbered-handle', { html: article({ body: named }) });
      await closeAndFinish(opened);
    }));

  it('elements named after the reader bridge (DOM clobbering) do not keep the Removed button away', () =>
    hostilePage('clobbered bridge', async () => {
      // A sandboxed frame is cross-origin: setting a property on its window through the name throws.
      const named =
        '<iframe sandbox name="__lecternBridge" srcdoc="x"></iframe><img name="__lecternBridge" src="/missing.png">' +
        '<form name="__lecternBridge"><input name="features"></form><div id="__lecternBridge"></div>';
      const opened = await openOn('clobbered-bridge', { html: article({ body: named }) });
      await waitFor(
        () => opened.reader.read(removedButtonLabel),
        (label) => label !== null && label.length > 0,
        'the Removed button',
      );
      await closeAndFinish(opened);
    }));

  it('frames: the reader opens on the top page; a frame cannot reach into it', () =>
    hostilePage('frames', async () => {
      const probe = `<script>parent.__probe = String(parent.document.querySelector('lectern-reader')?.shadowRoot ?? 'none')</script>`;
      const frames =
        `<iframe srcdoc="<p>Frame text that is not the article.</p>"></iframe>` +
        `<iframe id="probe" srcdoc="${probe.replaceAll('"', '&quot;')}"></iframe>` +
        `<iframe src="/hostile/missing-frame.html"></iframe>`;
      const opened = await openOn('frames', { html: article({ body: frames }) });
      await expectCleanOverlay(opened);
      const fromFrame = await opened.page.evaluate(() => {
        const frame = document.getElementById('probe') as HTMLIFrameElement;
        frame.srcdoc = frame.srcdoc + ' ';
        return new Promise((resolve) =>
          frame.addEventListener('load', () => resolve(Reflect.get(window, '__probe'))),
        );
      });
      expect(fromFrame).toBe('none');
      await closeAndFinish(opened);
    }));

  it('a page patching attachShadow, addEventListener, Array.prototype.map and JSON.parse changes nothing', () =>
    hostilePage('patched built-ins', async () => {
      const patcher = `<script>
        window.__seen = { shadows: [], listeners: 0 };
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          __seen.shadows.push(this.localName);
          return attach.call(this, { ...init, mode: 'open' });
        };
        const listen = EventTarget.prototype.addEventListener;
        EventTarget.prototype.addEventListener = function (...args) { __seen.listeners++; return listen.apply(this, args); };
        Array.prototype.map = function () { throw new Error('page broke map'); };
        JSON.parse = function () { throw new Error('page broke JSON.parse'); };
      </script>`;
      const opened = await openOn('patched', { html: article({ head: patcher }) });
      await expectCleanOverlay(opened);
      const seen = await opened.page.evaluate(() => ({
        ...(Reflect.get(window, '__seen') as { shadows: string[]; listeners: number }),
        hostRoot: String(document.querySelector('lectern-reader')?.shadowRoot),
        handle: typeof Reflect.get(window, '__lecternReader'),
      }));
      expect(seen.shadows).toEqual([]);
      expect(seen.listeners).toBe(0);
      expect(seen.hostRoot).toBe('null');
      expect(seen.handle).toBe('undefined');
      await closeAndFinish(opened);
    }));

  it('named elements clobbering document properties the reader reads (contentType, documentElement, …)', () =>
    hostilePage('DOM clobbering', async () => {
      const names = [
        'contentType',
        'documentElement',
        'activeElement',
        'cloneNode',
        'createElement',
        'title',
        'body',
        'getElementsByTagName',
        'querySelector',
        'defaultView',
      ];
      const clobber = names
        .map((name) => `<img name="${name}" src="/x.png"><form name="${name}"></form>`)
        .join('');
      const opened = await openOn('clobbering', { html: article({ body: clobber }) });
      await expectCleanOverlay(opened);
      await closeAndFinish(opened);
    }));

  it('story paragraphs that are customized built-ins (<p is>) all reach the reader, and the page class never runs there', () =>
    hostilePage('customized built-ins', async () => {
      // Defined before the body is parsed: every <p is="x-para"> of the page is upgraded by the page's class.
      const define = `<script>
        window.__connected = { page: 0, shadow: 0 };
        customElements.define('x-para', class extends HTMLParagraphElement {
          connectedCallback() { __connected[this.getRootNode() instanceof ShadowRoot ? 'shadow' : 'page']++; }
        }, { extends: 'p' });
      </script>`;
      const html = article({ head: define }).replaceAll('<p>', '<p is="x-para">');
      const opened = await openOn('customized', { html });
      await expectCleanOverlay(opened);
      const connected = await opened.page.evaluate(() => Reflect.get(window, '__connected'));
      expect(connected).toEqual({ page: PARAGRAPHS.length, shadow: 0 });
      await closeAndFinish(opened);
    }));

  it('a page with no text gets the "no article" notice', () =>
    hostilePage('no text', async () => {
      const opened = await openOn(
        'empty',
        {
          html: '<!doctype html><html><head><title>Nothing</title></head><body><img src="/a.png"><div></div></body></html>',
        },
        'notice',
      );
      expect(opened.shown.hostCount).toBe(1);
      await opened.page.close();
    }));
});

describe('size', () => {
  it('100,000 paragraphs (~20 MB): the reader answers within 5 s and the tab keeps running', () =>
    hostilePage('100,000 paragraphs', async () => {
      const paragraph = (i: number) =>
        `<p>Paragraph ${i}. ${'The committee reviewed the figures and agreed to publish them next week. '.repeat(2)} ${'Details follow below.'}</p>`;
      const html = article({ body: Array.from({ length: 100_000 }, (_, i) => paragraph(i)).join('\n') });
      expect(html.length).toBeGreaterThan(15_000_000);
      const page = await browser.context.newPage();
      await page.goto(server.host('huge', { html }), { timeout: 60_000 });
      // A heartbeat in the page: the longest gap between its ticks is how long the tab froze.
      await page.evaluate(() => {
        const beat = { last: performance.now(), maxGap: 0 };
        Reflect.set(window, '__beat', beat);
        setInterval(() => {
          const now = performance.now();
          beat.maxGap = Math.max(beat.maxGap, now - beat.last);
          beat.last = now;
        }, 20);
      });
      await page.waitForTimeout(300);
      await page.evaluate(() => ((Reflect.get(window, '__beat') as { maxGap: number }).maxGap = 0));
      const cdp = await browser.context.newCDPSession(page);
      const started = Date.now();
      await browser.clickToolbar(page);
      // Polled from the page, not through a CDP dump of the whole 20 MB tree.
      const { kind } = await waitFor(
        () => hostState(page),
        (s) => s.hosts === 1,
        'an answer on the huge page',
        {
          timeout: 30_000,
          interval: 50,
        },
      );
      const answeredMs = Date.now() - started;
      const frozenMs = await page.evaluate(
        () => (Reflect.get(window, '__beat') as { maxGap: number }).maxGap,
      );
      const text = await overlayText(cdp);
      console.log(
        `[figures] huge page: ${(html.length / 1e6).toFixed(1)} MB, answered '${kind}' in ${answeredMs} ms ` +
          `(${text.slice(0, 60)}), longest tab freeze ${frozenMs.toFixed(0)} ms`,
      );
      expect(answeredMs).toBeLessThan(5000);
      expect(frozenMs).toBeLessThan(5000);
      if (kind === 'notice') expect(text).toMatch(/too large/i);
      else expect(kind).toBe('reader');
      await page.close();
    }));
});

/** The reader's own scroll position, read inside its closed shadow root through CDP. */
async function readerScrollTop(cdp: CDPSession): Promise<number> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: { nodeName: string; children?: unknown[]; shadowRoots?: { backendNodeId: number }[] };
  };
  type Node = { nodeName: string; children?: Node[]; shadowRoots?: { backendNodeId: number }[] };
  const find = (node: Node): Node | undefined =>
    node.nodeName === 'LECTERN-READER' ? node : node.children?.map(find).find(Boolean);
  const shadow = find(root as Node)?.shadowRoots?.[0];
  if (!shadow) throw new Error('no reader overlay');
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: 'function () { return this.querySelector(".reader").scrollTop; }',
    returnByValue: true,
  });
  return result.value as number;
}
