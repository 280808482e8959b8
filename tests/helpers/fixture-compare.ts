// Node-by-node comparison of extracted HTML with a fixture's expected.html, in the spirit of
// Readability's own test runner: element names, attributes and collapsed text must match, and a
// mismatch names the path to the first differing node so it can be found in both files.

function significantChildren(node: Node): Node[] {
  return Array.from(node.childNodes).filter(
    (child) => child.nodeType === 1 || (child.nodeType === 3 && (child.nodeValue ?? '').trim() !== ''),
  );
}

function describe(node: Node): string {
  if (node.nodeType === 3) return `#text "${collapse(node.nodeValue).slice(0, 60)}"`;
  const el = node as Element;
  const attrs = Array.from(el.attributes)
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  return `<${el.localName}${attrs ? ` ${attrs}` : ''}>`;
}

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function attributeMap(el: Element): Record<string, string> {
  return Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value]));
}

/** Null when equal, else a message with the path to the first difference. */
export function firstDifference(actual: Node, expected: Node, path = 'body'): string | null {
  const a = significantChildren(actual);
  const e = significantChildren(expected);
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    const got = a[i];
    const want = e[i];
    const here = `${path} > ${want ? describe(want).slice(0, 40) : 'extra'}[${i}]`;
    if (!got || !want) {
      return `${here}: expected ${want ? describe(want) : 'nothing'}, got ${got ? describe(got) : 'nothing'}`;
    }
    if (got.nodeType !== want.nodeType) return `${here}: expected ${describe(want)}, got ${describe(got)}`;
    if (got.nodeType === 3) {
      if (collapse(got.nodeValue) !== collapse(want.nodeValue)) {
        return `${here}: expected text "${collapse(want.nodeValue)}", got "${collapse(got.nodeValue)}"`;
      }
      continue;
    }
    const gotEl = got as Element;
    const wantEl = want as Element;
    if (
      gotEl.localName !== wantEl.localName ||
      JSON.stringify(attributeMap(gotEl)) !== JSON.stringify(attributeMap(wantEl))
    ) {
      return `${here}: expected ${describe(want)}, got ${describe(got)}`;
    }
    const deeper = firstDifference(got, want, here);
    if (deeper) return deeper;
  }
  return null;
}
