/**
 * The programming language a page names for a code block: `class="language-js"` (Prism, highlight.js, the
 * CommonMark convention), `class="lang-js"`, or `data-lang` / `data-language`. Only a short, plain name is
 * taken: it ends up after a Markdown fence and in a class attribute. Kept tiny: the sanitizer (reader.js) uses it.
 */
export function codeLanguage(el: Element): string | null {
  const match =
    /(?:^|\s)lang(?:uage)?-([\w+#.-]{1,32})(?!\S)/.exec(el.getAttribute('class') ?? '') ??
    /^[\w+#.-]{1,32}$/.exec((el.getAttribute('data-lang') ?? el.getAttribute('data-language') ?? '').trim());
  return match ? (match[1] ?? match[0]).toLowerCase() : null;
}

/** The one class the sanitizer lets through, on <pre> and <code> only. */
export const LANGUAGE_CLASS = /^language-[\w+#.-]{1,32}$/;
