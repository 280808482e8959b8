/** Text compared across elements: collapsed whitespace, no case, so twin captions match despite markup. */
export function normalizedText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function textLength(el: Element): number {
  return normalizedText(el.textContent).length;
}

/** Share of an element's text that sits inside links: 1 for a list of headlines, ~0 for prose. */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += textLength(a);
  return Math.min(1, linked / total);
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
