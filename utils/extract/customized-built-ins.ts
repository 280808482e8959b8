// `<p is="x-para">`: a customized built-in element (some CMSs mark their ad slots and paragraphs this way, and a
// broken `alt="… "quoted" … is …"` makes the parser add a stray `is` attribute to an <img> or <a>, as on a Salon
// page). An element keeps the `is` value it was created with even when the attribute goes, and the serializer
// writes it back, so DOMPurify gives such an element `is=""` in a string and drops it whole when it returns
// nodes: the reader, which sanitizes the article string again into nodes, lost the paragraph, its text and all.
// In the private copy each one is replaced by a plain element of the same tag, with the same attributes but
// `is`, and the same children: nothing is lost, and nothing in the reader can be upgraded by the page's class.

/** Replaces every element of `copy` with an `is` attribute by a plain one (the copy only; never the page). */
export function renewCustomizedBuiltIns(copy: Document): void {
  for (const el of Array.from(copy.body.querySelectorAll('[is]'))) {
    const plain = copy.createElement(el.localName);
    // Attribute nodes are moved, not set by name: broken markup makes names setAttribute refuses ('alert,').
    for (const attr of Array.from(el.attributes)) {
      if (attr.name !== 'is') plain.setAttributeNode(el.removeAttributeNode(attr));
    }
    plain.append(...el.childNodes);
    el.replaceWith(plain);
  }
}
