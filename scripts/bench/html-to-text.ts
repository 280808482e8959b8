// Extractor HTML → text for the metric: a line break around each block element and <br>, so words of
// adjacent paragraphs never glue into one token.

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul caption summary'
  ).split(' '),
);

export function nodeToText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeType === 1 ? (node as Element).localName : '';
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

export function htmlToText(html: string, parser: DOMParser): string {
  return nodeToText(parser.parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html').body);
}
