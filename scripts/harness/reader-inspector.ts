import type { CDPSession, Page } from 'playwright-core';

export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

/**
 * Every reader host in the page, in document order, read through the DevTools protocol: the one way into a
 * closed shadow root from outside (each host's `shadowRoots[0]` is the reader's).
 */
export async function readerHosts(cdp: CDPSession): Promise<DomNode[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found: DomNode[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeName === 'LECTERN-READER') found.push(node);
    node.children?.forEach(walk);
    node.shadowRoots?.forEach(walk);
  };
  walk(root as DomNode);
  return found;
}

/** What a user sees of the overlay, read from outside its closed shadow root. */
export interface ReaderSnapshot {
  hostCount: number;
  /** The host's data-kind: 'reader' or 'notice'. */
  kind: string | null;
  shadowRootType: string | null;
  title: string;
  paragraphs: string[];
  images: number;
  captions: string[];
  text: string;
}

const EMPTY: ReaderSnapshot = {
  hostCount: 0,
  kind: null,
  shadowRootType: null,
  title: '',
  paragraphs: [],
  images: 0,
  captions: [],
  text: '',
};

/**
 * The reader's shadow root is closed on purpose (the page's scripts must not reach in). The DevTools
 * protocol still sees it, the way the browser's own inspector does, so the tests look in through CDP
 * and click through real mouse input.
 */
export class ReaderInspector {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<ReaderInspector> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    return new ReaderInspector(page, cdp);
  }

  private hosts(): Promise<DomNode[]> {
    return readerHosts(this.cdp);
  }

  /** The one shadow root, or null when no overlay is shown. Two hosts is always a bug. */
  private async shadowRoot(): Promise<{ host: DomNode; root: DomNode } | null> {
    const hosts = await this.hosts();
    if (hosts.length > 1) throw new Error(`${hosts.length} reader overlays on the page`);
    const host = hosts[0];
    const root = host?.shadowRoots?.[0];
    return host && root ? { host, root } : null;
  }

  /** Runs `fn` with the shadow root as `this`, in the page's main world, through the protocol only. */
  private async inShadow<T, A extends unknown[] = []>(
    fn: (this: ShadowRoot, ...args: A) => T,
    ...args: A
  ): Promise<T | null> {
    const found = await this.shadowRoot();
    if (!found) return null;
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: found.root.backendNodeId });
    const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      // tsx/esbuild may wrap inner functions in `__name(…)` calls: give the page a no-op one.
      functionDeclaration: `function (...args) { const __name = (f) => f; return (${fn.toString()}).apply(this, args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`in shadow root: ${exceptionDetails.text}`);
    return result.value as T;
  }

  /** Reads what a user sees inside the overlay: `fn` runs on the shadow root, with JSON-able `args`. */
  async read<T, A extends unknown[]>(fn: (this: ShadowRoot, ...args: A) => T, ...args: A): Promise<T | null> {
    return this.inShadow(fn, ...args);
  }

  async hostCount(): Promise<number> {
    return (await this.hosts()).length;
  }

  async snapshot(): Promise<ReaderSnapshot> {
    const found = await this.shadowRoot();
    if (!found) return EMPTY;
    const attrs = found.host.attributes ?? [];
    const kind = attrs[attrs.indexOf('data-kind') + 1] ?? null;
    const content = await this.inShadow(function () {
      const texts = (selector: string) =>
        Array.from(this.querySelectorAll(selector), (el) => (el.textContent ?? '').trim());
      // The body brings what lies below the first screen a frame later (components/ArticleBody.tsx): until
      // then it is aria-busy, and the reader reads as not shown yet, so no test sees half an article.
      if (this.querySelector('.article-body[aria-busy="true"]')) return null;
      return {
        title: texts('h1')[0] ?? '',
        paragraphs: texts('.article-body p').filter(Boolean),
        images: this.querySelectorAll('.article-body img').length,
        captions: texts('.article-body figcaption'),
        text: (this.querySelector('body, .reader, .notice') as HTMLElement | null)?.innerText ?? '',
      };
    });
    return {
      hostCount: 1,
      kind: attrs.includes('data-kind') ? kind : null,
      shadowRootType: found.root.shadowRootType ?? null,
      ...(content ?? EMPTY),
    };
  }

  /** What has the keyboard focus inside the reader (aria-label, else class, else tag), or null. */
  async focused(): Promise<string | null> {
    return this.inShadow(function () {
      const active = this.activeElement;
      return active ? (active.getAttribute('aria-label') ?? (active.className || active.tagName)) : null;
    });
  }

  private async nodeIdOf(selector: string): Promise<number> {
    const found = await this.shadowRoot();
    if (!found) throw new Error('no reader overlay');
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: found.root.nodeId, selector });
    if (!nodeId) throw new Error(`nothing matches ${selector} in the reader`);
    return nodeId;
  }

  /** A real mouse click in the middle of the element, wherever it is. */
  async click(selector: string): Promise<void> {
    const { model } = await this.cdp.send('DOM.getBoxModel', { nodeId: await this.nodeIdOf(selector) });
    const [x1, y1, , , x3, y3] = model.content;
    const x = ((x1 ?? 0) + (x3 ?? 0)) / 2;
    const y = ((y1 ?? 0) + (y3 ?? 0)) / 2;
    await this.page.mouse.click(x, y);
  }

  async computedStyle(selector: string, property: string): Promise<string> {
    const { computedStyle } = await this.cdp.send('CSS.getComputedStyleForNode', {
      nodeId: await this.nodeIdOf(selector),
    });
    return computedStyle.find((entry) => entry.name === property)?.value ?? '';
  }

  /** The article text's computed font size, in px. */
  async articleFontSize(): Promise<number> {
    return Number.parseFloat(await this.computedStyle('.article-body p', 'font-size'));
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}
