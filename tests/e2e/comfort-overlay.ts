import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { readerHosts } from '../../scripts/harness/reader-inspector';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Reaches into the reader's CLOSED shadow root through the DevTools protocol (as the browser's own
 * inspector does) and runs functions against it in the page's main world. Read-only except where a test
 * says otherwise (axe needs a way in).
 */
export class ComfortOverlay {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<ComfortOverlay> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new ComfortOverlay(page, cdp);
  }

  private async shadowRootId(): Promise<string | null> {
    const shadow = (await readerHosts(this.cdp))[0]?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId ?? null;
  }

  /** Runs `fn(shadowRoot, arg)` in the page; null when no reader is open. */
  async run<T, A = undefined>(fn: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A): Promise<T | null> {
    const objectId = await this.shadowRootId();
    if (!objectId) return null;
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`in the reader: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  async isOpen(): Promise<boolean> {
    return (await this.run((root) => root.querySelector('.reader') !== null)) === true;
  }

  async style(selector: string, property: string): Promise<string> {
    const value = await this.run(
      (root, [sel, prop]) => {
        const element = root.querySelector(sel);
        return element ? getComputedStyle(element).getPropertyValue(prop) : null;
      },
      [selector, property] as [string, string],
    );
    if (value === null) throw new Error(`no ${selector} in the reader`);
    return value;
  }

  /** What has focus inside the overlay: a short description, or null when focus is outside it. */
  async focused(): Promise<string | null> {
    return this.run((root) => {
      const active = root.activeElement as HTMLElement | null;
      if (!active) return null;
      return (
        active.getAttribute('aria-label') ?? active.getAttribute('name') ?? active.className ?? active.tagName
      );
    });
  }

  /** A real mouse click at the element's centre. */
  async click(selector: string): Promise<void> {
    const box = await this.run((root, sel) => {
      const rect = root.querySelector(sel)?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    }, selector);
    if (!box) throw new Error(`no ${selector} in the reader`);
    await this.page.mouse.click(box.x, box.y);
  }

  /**
   * Picks an option the way a keyboard user does: focus the select, then arrow keys until it shows
   * `value` (closed selects change on arrow keys in Chromium without opening the popup).
   */
  async choose(name: string, value: string): Promise<void> {
    const index = await this.run(
      (root, [field, wanted]) => {
        const select = root.querySelector<HTMLSelectElement>(`select[name="${field}"]`);
        if (!select) return null;
        select.focus();
        return { from: select.selectedIndex, to: [...select.options].findIndex((o) => o.value === wanted) };
      },
      [name, value] as [string, string],
    );
    if (!index || index.to < 0) throw new Error(`no option ${value} in select ${name}`);
    const key = index.to > index.from ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(index.to - index.from); i++) await this.page.keyboard.press(key);
  }

  /** axe-core against the overlay alone. The page gets axe and a test-only way through the closed root. */
  async axe(): Promise<AxeViolation[]> {
    await this.page.evaluate(AXE_SOURCE);
    const violations = await this.run(async (root) => {
      const host = root.host;
      // axe walks shadow trees through element.shadowRoot, which a closed root hides: show it to axe only.
      Object.defineProperty(host, 'shadowRoot', { get: () => root, configurable: true });
      const axe = Reflect.get(window, 'axe') as {
        run(
          context: Element,
          options: object,
        ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
      };
      const result = await axe.run(host, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    });
    if (violations === null) throw new Error('no reader to check');
    return violations;
  }
}

export async function axeOnPage(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as {
      run(
        context: Document,
        options: object,
      ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
