// Wrappers left empty once clutter and scripts are gone (ad slots' shells, lazy-load frames, <p> with
// only a <br>): they only add blank space to the reader. Not inside <pre>: Pygments and MkDocs put each run of
// spaces of highlighted code in a <span> of its own, and removing them flattened indentation ("root:true").

const WRAPPERS =
  'div, section, span, p, figure, ul, ol, li, aside, header, footer, blockquote, a, strong, em, b, i, font';
const CONTENT = 'img, picture, video, audio, table, hr, math, pre';
const INLINE = new Set(['span', 'a', 'strong', 'em', 'b', 'i', 'font']);

export function removeEmptyWrappers(root: Element): void {
  const wrappers = Array.from(root.querySelectorAll(WRAPPERS)).reverse();
  for (const el of wrappers) {
    const text = el.textContent ?? '';
    if (text.trim() !== '') continue;
    if (el.querySelector(CONTENT) !== null) continue;
    if (el.closest('pre') !== null) continue;
    // A line break in an inline wrapper is the line break between two lines of a paragraph (Google Docs pastes
    // "Compact Weight Bench<span><br></span>Brand: …"): the break stays, the wrapper goes.
    if (INLINE.has(el.localName) && el.getElementsByTagName('br').length > 0)
      el.replaceWith(el.ownerDocument.createElement('br'));
    else if (text === '') el.remove();
    // A wrapper of spaces stands between two words: Sphinx sets the space between "class" and a class's name in
    // a <span class="w"> of its own, and Django's reference read "classUpdateCacheMiddleware" without it.
    else el.replaceWith(' ');
  }
}
