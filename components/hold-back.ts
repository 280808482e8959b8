/**
 * Plain wrappers the split may go into. Lists, tables, quotes and figures are kept whole: cut in two, a list
 * would number its second half from 1 again in between.
 */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

/**
 * Takes out of `root` everything after its first `chars` characters of text, block by block (a wrapper that
 * holds the limit is split inside, any other block stays whole), and returns what puts it all back where it
 * was — `root`'s own share into `rootNow`, where a fragment's children went once inserted; null when nothing had
 * to go. Readability wraps the whole article in one <div>, so the cut is usually one or two levels down.
 */
export function holdBackAfter(root: ParentNode, chars: number): ((rootNow: ParentNode) => void) | null {
  const held: [ParentNode, ChildNode[]][] = [];
  let parent: ParentNode | null = root;
  let left = chars;
  while (parent) {
    const children: ChildNode[] = Array.from(parent.childNodes);
    // The child whose text reaches the limit; those before it are kept whole and use up their share.
    let at = 0;
    for (; at < children.length; at++) {
      const length = (children[at]!.textContent ?? '').length;
      if (length >= left) break;
      left -= length;
    }
    if (at === children.length) break;
    const cut = children[at]!;
    const later = children.slice(at + 1);
    if (later.length > 0) held.push([parent, later]);
    for (const node of later) node.remove();
    // A text node's nodeName is "#text": only elements are wrappers.
    parent = WRAPPERS.has(cut.nodeName) ? (cut as Element) : null;
  }
  if (held.length === 0) return null;
  return (rootNow) => {
    for (const [parent, nodes] of held) (parent === root ? rootNow : parent).append(...nodes);
  };
}
