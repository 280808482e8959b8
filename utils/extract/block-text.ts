// The article as plain text, one block a line: `textContent` glued the last word of one paragraph to the first
// of the next ("Bild: shutterstockUnd weiter geht's", issue 22), which also undercounted words. Code keeps its
// line breaks and indentation.

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul caption ' +
    'summary'
  ).split(' '),
);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);
const SPACES = /\s+/g;

/** Text of `root` with a line break between blocks (paragraphs, headings, list items, cells) and at `<br>`. */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const trimmed = line.trim();
    if (trimmed) lines.push(line.trimEnd());
    line = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (pre) {
        const parts = text.split('\n');
        line += parts[0];
        for (const part of parts.slice(1)) {
          lines.push(line.trimEnd());
          line = part;
        }
      } else {
        const collapsed = text.replace(SPACES, ' ');
        line += line === '' || line.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = node.nodeType === 1 ? (node as Element).localName : '';
    if (tag === 'br') {
      endLine();
      return;
    }
    if (SKIPPED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) endLine();
    const inPre = pre || tag === 'pre';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (block) endLine();
  };
  walk(root, false);
  endLine();
  // Not trim(): a story that opens with code keeps its first line's indentation.
  return lines.join('\n').replace(/^\n+|\s+$/g, '');
}
