import { removeClutter } from '../clutter';
import { copyForClutterRules, documentBaseUrl } from '../extract/copy-document';
import { makeUrlsAbsolute } from '../extract/absolute-urls';
import { fixLazyImages } from '../extract/lazy-images';
import { blockUnits } from './blocks';
import { cssPath, previewOf, textKey, type Fingerprint } from './fingerprint';
import { collapseWhitespace } from '../extract/text';
import { windowOf } from '../sanitize';

/** The group of blocks Readability left out (everything else is grouped by the clutter rule's name). */
export const READABILITY = 'readability';

/** One block the extraction removed, with what it takes to show it and to put it back where it was. */
export interface Removal {
  id: number;
  /** The clutter rule that removed it, or READABILITY. */
  rule: string;
  preview: string;
  /** Its text and its path in the page: what a "keep" site rule stores. */
  fingerprint: Fingerprint;
  /** Document order in the page: restored blocks sharing an anchor keep their order. */
  order: number;
  /** Text keys of the nearest blocks before and after it that made it into the article: its anchors. */
  before: string | null;
  after: string | null;
  /** Its HTML from the private copy, lazy images fixed and URLs absolute: input for the sanitizer only. */
  html(): string;
}

interface Candidate {
  rule: string;
  element: Element;
  order: number;
}

function htmlOf(el: Element, baseUrl: string): string {
  const box = el.ownerDocument.createElement('div');
  box.append(el.cloneNode(true));
  fixLazyImages(box);
  makeUrlsAbsolute(box, baseUrl);
  return box.innerHTML;
}

/**
 * Every block the extraction removes from `doc`, replayed on a private copy of the page: the same copy and
 * clutter walk as extractArticle (utils/extract), each element's place remembered before the walk takes it
 * out. Blocks that survive the clutter rules but whose text is not in `shownText` (the reader's article,
 * title and byline, normalized) are the ones Readability left out. The extraction itself is untouched: with
 * no site rules the reader shows exactly what it showed before.
 */
export function recordRemovals(doc: Document, url: string, shownText: string): Removal[] {
  const baseUrl = documentBaseUrl(doc, url);
  const copy = copyForClutterRules(doc, url, windowOf(doc));
  const order = new Map<Element, number>();
  const parents = new Map<Element, Element | null>();
  Array.from(copy.body.getElementsByTagName('*')).forEach((el, i) => {
    order.set(el, i);
    parents.set(el, el.parentElement);
  });
  const clutter = removeClutter(copy.body);
  const units = blockUnits(copy.body).map((element) => ({
    element,
    order: order.get(element) ?? -1,
    text: collapseWhitespace(element.textContent),
  }));
  const kept = units
    .filter((unit) => unit.text && shownText.includes(unit.text))
    .map((unit) => ({ order: unit.order, key: textKey(unit.element) }));
  const candidates: Candidate[] = [
    ...clutter.map(({ rule, element }) => ({ rule, element, order: order.get(element) ?? -1 })),
    ...units
      .filter((unit) => unit.text && !shownText.includes(unit.text))
      .map(({ element, order: at }) => ({ rule: READABILITY, element, order: at })),
  ].sort((a, b) => a.order - b.order);
  const path = (el: Element) => cssPath(el, copy.body, (node) => parents.get(node) ?? null);
  const removals: Removal[] = [];
  let next = 0; // kept[next] is the first kept block after the candidate: both lists are in page order
  for (const { rule, element, order: at } of candidates) {
    const text = textKey(element);
    if (!text) continue;
    while (next < kept.length && (kept[next]?.order ?? Infinity) < at) next++;
    const before = kept[next - 1];
    const after = kept[next];
    removals.push({
      id: removals.length,
      rule,
      preview: previewOf(element, text),
      fingerprint: { text, path: path(element) },
      order: at,
      before: before?.key ?? null,
      after: after?.key ?? null,
      html: () => htmlOf(element, baseUrl),
    });
  }
  return removals;
}
