import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import TurndownService from 'turndown';
import { frontMatter, type FrontMatterFields } from './front-matter';

// The article as a note-taking user expects it: YAML front matter, the title, then GitHub-flavoured Markdown
// from turndown. The input is our own copy of the article (article-copy.ts); the output holds no raw HTML
// but the <br> of a multi-line table cell, so no Markdown viewer finds anything to run in it.

let service: TurndownService | undefined;

/** Text as Markdown shows it literally: turndown's escapes, plus `<` and entity-like `&` (raw HTML). */
function escapeText(text: string): string {
  return TurndownService.prototype.escape
    .call(service, text)
    .replace(/</g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

function createService(): TurndownService {
  const turndown = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
    // Never the element's HTML: what turndown cannot write as Markdown is written as its text.
    keepReplacement: (content, node) => (isBlock(node) ? `\n\n${content}\n\n` : content),
  });
  turndown.escape = escapeText;
  // Joplin's tables: pipes and line breaks in cells escaped, tables without a header row kept as tables.
  turndown.use([tables, strikethrough]);
  // In a table cell a line break is the cell's <br> (the GFM plugin writes it), not Markdown's two spaces.
  turndown.addRule('cellLineBreak', {
    filter: (node) => node.nodeName === 'BR' && node.closest('td, th') !== null,
    replacement: () => '\n',
  });
  turndown.addRule('figureCaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const caption = content.trim();
      if (!caption) return '';
      return caption.includes('\n') ? `\n\n${caption}\n\n` : `\n\n_${caption}_\n\n`;
    },
  });
  return turndown;
}

function isBlock(node: HTMLElement): boolean {
  return (node as HTMLElement & { isBlock?: boolean }).isBlock === true;
}

/** Tags that cannot stay blocks inside a GFM table cell (one line of text); turned into inline text. */
const CELL_BLOCKS = [
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
  'p',
  'div',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'address',
  'details',
  'summary',
].join(',');

/**
 * A table whose cells hold lists or headings is no GFM table: the GFM plugin would write it as raw HTML.
 * Their blocks become inline text, one line break between them, so every table stays a Markdown table.
 */
function flattenTableCells(root: HTMLElement): void {
  for (const cell of Array.from(root.querySelectorAll('td, th'))) {
    const blocks = Array.from(cell.querySelectorAll(CELL_BLOCKS)).filter(
      (block) => block.closest('td, th') === cell,
    );
    for (const block of blocks.reverse()) {
      const doc = block.ownerDocument;
      const line = doc.createElement('br');
      if (block.localName === 'hr') {
        block.replaceWith(line);
        continue;
      }
      let inline: Node;
      if (block.localName === 'pre') {
        inline = doc.createElement('code');
        inline.textContent = (block.textContent ?? '').replace(/\s*\n\s*/g, ' ');
      } else if (/^h\d$/.test(block.localName)) {
        inline = doc.createElement('strong');
        (inline as Element).append(...Array.from(block.childNodes));
      } else {
        inline = doc.createDocumentFragment();
        (inline as DocumentFragment).append(...Array.from(block.childNodes));
      }
      block.replaceWith(inline, line);
    }
  }
}

/** The saved Markdown file: front matter, the title as a heading, the article. `copy` is consumed. */
export function articleMarkdown(copy: HTMLElement, fields: FrontMatterFields): string {
  service ??= createService();
  flattenTableCells(copy);
  const body = service.turndown(copy).trim();
  const heading = fields.title.replace(/\s+/g, ' ').trim();
  const title = heading ? `# ${escapeText(heading)}\n\n` : '';
  return `${frontMatter(fields)}\n${title}${body}\n`;
}
