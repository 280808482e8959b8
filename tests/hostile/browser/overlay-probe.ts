import type { CDPSession, Page } from 'playwright-core';
import { auditElements, problemsOf, type ElementRecord } from '../../../scripts/harness/invariants';

interface DomNode {
  nodeName: string;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
  templateContent?: DomNode;
  shadowRootType?: string;
}

export interface OverlayAudit {
  hosts: number;
  /** The host's data-kind: 'reader' or 'notice'. */
  kind: string | null;
  shadowRootType: string | null;
  /** Elements inside the overlay, and inside its article body. */
  elements: number;
  articleElements: number;
  problems: string[];
}

const recordOf = (node: DomNode): ElementRecord => {
  const flat = node.attributes ?? [];
  const attributes: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) attributes.push([flat[i] ?? '', flat[i + 1] ?? '']);
  return { tag: node.localName ?? node.nodeName.toLowerCase(), attributes };
};

// The reader's own root carries its theme and settings as custom properties plus color-scheme
// (ReaderFrame.tsx, values from validated settings and fixed theme tokens); nothing else may carry a style.
const ownStyle = (element: ElementRecord, value: string) =>
  element.attributes.some(([name, v]) => name === 'class' && v.split(' ').includes('reader')) &&
  value.split(';').every((declaration) => {
    const property = declaration.split(':')[0]?.trim() ?? '';
    return !property || property.startsWith('--') || property === 'color-scheme';
  });

/**
 * Reads the overlay through CDP, the only way into its closed shadow root, and audits every element: the
 * whole overlay for handlers, style attributes and script URLs; the article body for the full invariants.
 */
export async function auditOverlay(cdp: CDPSession): Promise<OverlayAudit> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const hosts: DomNode[] = [];
  const findHosts = (node: DomNode) => {
    // Only hosts the reader marked: a vector page holds a fake `<lectern-reader>` of its own.
    if (node.nodeName === 'LECTERN-READER' && node.attributes?.includes('data-kind')) hosts.push(node);
    node.children?.forEach(findHosts);
  };
  findHosts(root);
  const shadow = hosts[0]?.shadowRoots?.[0];
  const overlay: ElementRecord[] = [];
  const article: ElementRecord[] = [];
  const walk = (node: DomNode, inArticle: boolean) => {
    let inside = inArticle;
    if (node.nodeName !== '#document-fragment' && node.attributes) {
      const record = recordOf(node);
      overlay.push(record);
      inside ||= record.attributes.some(
        ([name, v]) => name === 'class' && v.split(' ').includes('article-body'),
      );
      if (inArticle) article.push(record);
    }
    // User-agent shadow roots (inside <input>, <select>, broken <img>) are the browser's own, not ours.
    const shadows = (node.shadowRoots ?? []).filter((root) => root.shadowRootType !== 'user-agent');
    for (const child of [...(node.children ?? []), ...shadows]) walk(child, inside);
    if (node.templateContent) walk(node.templateContent, inside);
    if (node.contentDocument) walk(node.contentDocument, inside);
  };
  if (shadow) walk(shadow, false);
  // The overlay's own <style> (the reader's CSS, in its shadow <head>) is allowed; the article body's is not.
  const attributeProblems = overlay
    .flatMap((element) => problemsOf(element, { allowStyle: ownStyle }))
    .filter((problem) => problem !== '<style> element')
    // rel noopener is the sanitizer's rule for the article's links; the overlay's own "original page" link
    // opens the page's own URL in the same tab.
    .filter((problem) => !problem.endsWith('without rel noopener noreferrer'));
  const problems = [...new Set([...attributeProblems, ...auditElements(article)])];
  const hostAttributes = hosts[0] ? recordOf(hosts[0]).attributes : [];
  return {
    hosts: hosts.length,
    kind: hostAttributes.find(([name]) => name === 'data-kind')?.[1] ?? null,
    shadowRootType: shadow?.shadowRootType ?? null,
    elements: overlay.length,
    articleElements: article.length,
    problems,
  };
}

/** The content script's isolated world in this page, through CDP (Playwright only reaches the main world). */
export async function isolatedWorld(
  page: Page,
): Promise<{ evaluate<T>(expression: string): Promise<T>; close(): Promise<void> } | null> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; type?: string; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    contexts.push({
      id: context.id,
      name: context.name,
      type: (context.auxData as { type?: string } | undefined)?.type,
      origin: context.origin,
    }),
  );
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!world) {
    await cdp.detach();
    return null;
  }
  return {
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`isolated world: ${exceptionDetails.text}`);
      return result.value as T;
    },
    close: () => cdp.detach(),
  };
}

/**
 * How many reader hosts the page has and the first one's kind, read from the page (clobbering-proof). Only
 * hosts with a data-kind count: a vector page holds a fake `<lectern-reader>` of its own.
 */
export const hostState = (page: Page) =>
  page.evaluate(() => {
    const found = Document.prototype.querySelectorAll.call(document, 'lectern-reader[data-kind]');
    return { hosts: found.length, kind: found[0]?.getAttribute('data-kind') ?? null };
  });

/** The overlay's visible text, through CDP but only the host's subtree (cheap on a 100,000-paragraph page). */
export async function overlayText(cdp: CDPSession): Promise<string> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'lectern-reader' });
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
    node: DomNode & { nodeType: number; nodeValue?: string };
  };
  const texts: string[] = [];
  const walk = (current: DomNode & { nodeType?: number; nodeValue?: string }) => {
    if (current.nodeName === 'STYLE') return;
    if (current.nodeType === 3 && current.nodeValue?.trim()) texts.push(current.nodeValue.trim());
    [...(current.children ?? []), ...(current.shadowRoots ?? [])].forEach(walk);
  };
  walk(node);
  return texts.join(' ');
}
