/**
 * The programming language a page names for a code block: `class="language-js"` (Prism, highlight.js,
 * the CommonMark convention), `class="lang-js"`, or `data-lang` / `data-language`. Only a short, plain
 * name is taken: it ends up after a Markdown fence and in a class attribute.
 */
const CLASS_LANGUAGE = /(?:^|\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,32})(?=\s|$)/;
const PLAIN_NAME = /^[A-Za-z0-9_+#.-]{1,32}$/;

export function codeLanguage(el: Element): string | null {
  const fromClass = CLASS_LANGUAGE.exec(el.getAttribute('class') ?? '')?.[1];
  if (fromClass) return fromClass.toLowerCase();
  for (const name of ['data-lang', 'data-language']) {
    const value = el.getAttribute(name)?.trim();
    if (value && PLAIN_NAME.test(value)) return value.toLowerCase();
  }
  return null;
}

/** The one class the sanitizer lets through, on <pre> and <code> only. */
export const LANGUAGE_CLASS = /^language-[a-z0-9_+#.-]{1,32}$/;
