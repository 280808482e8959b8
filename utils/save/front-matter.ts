/** The note's properties, in this order; absent ones are left out. */
export interface FrontMatterFields {
  title: string;
  author: string | null;
  site: string | null;
  published: string | null;
  url: string;
  saved: string;
}

const ORDER = ['title', 'author', 'site', 'published', 'url', 'saved'] as const;

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A YAML double-quoted scalar: the one style where any text is safe (a title may hold `: `, `#`, `---`, quotes
 * or a leading `@`). Control characters, the line and paragraph separators YAML would fold, and lone
 * surrogates (not text) are escaped or dropped. A viewer that knows no front matter shows these lines as
 * Markdown: `<` (raw HTML) and the `(` of `](` (a link) are written as YAML escapes there, read back the same.
 */
export function yamlString(value: string): string {
  const escaped = value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(
      /[\\"<\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g,
      (char) => NAMED_ESCAPES[char] ?? unicodeEscape(char),
    )
    .replace(/\]\(/g, ']\\u0028');
  return `"${escaped}"`;
}

export function frontMatter(fields: FrontMatterFields): string {
  const lines = ORDER.flatMap((key) => {
    const value = fields[key]?.trim();
    return value ? [`${key}: ${yamlString(value)}`] : [];
  });
  return `---\n${lines.join('\n')}\n---\n`;
}
