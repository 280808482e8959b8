/** One element as the checks see it: from a jsdom tree in Node, or from CDP's DOM.getDocument in Chromium. */
export interface ElementRecord {
  tag: string;
  attributes: [name: string, value: string][];
}

// Elements that run code, load documents, submit data or restyle/redirect the page: none may reach the reader.
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'style',
  'link',
  'meta',
  'base',
]);

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'data',
  'codebase',
  'ping',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'manifest',
  'icon',
  'usemap',
]);

/** What a browser ignores when it reads a URL's scheme: whitespace and control characters, letter case. */
function schemeView(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f\u2028\u2029\u00a0\ufeff]/gu, '').toLowerCase();
}

function urlProblem(tag: string, name: string, value: string): string | null {
  const url = schemeView(value);
  if (
    /(^|[\s,])(javascript|vbscript):/u.test(url) ||
    url.startsWith('javascript') ||
    url.startsWith('vbscript')
  )
    return `script URL in ${tag}[${name}]`;
  const imageSource = tag === 'img' && (name === 'src' || name === 'srcset');
  const dataUrls = url.match(/(^|,)data:[^,;]*/gu) ?? [];
  const badData = dataUrls.some((found) => !(imageSource && /data:image\//u.test(found)));
  if (badData) return `data: URL in ${tag}[${name}]`;
  return null;
}

/** Every reason `element` is unsafe to show in the reader (empty when it is fine). */
export function problemsOf(element: ElementRecord, options: AuditOptions = {}): string[] {
  const tag = element.tag.toLowerCase();
  const problems: string[] = [];
  if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> element`);
  for (const [rawName, value] of element.attributes) {
    const name = rawName.toLowerCase();
    if (name.startsWith('on')) problems.push(`${name} handler on <${tag}>`);
    if (name === 'style' && !options.allowStyle?.(element, value))
      problems.push(`style attribute on <${tag}>`);
    if (URL_ATTRIBUTES.has(name)) {
      const problem = urlProblem(tag, name, value);
      if (problem) problems.push(problem);
    }
    if (value.includes('/beacon/')) problems.push(`vector-chosen URL in ${tag}[${name}]`);
  }
  const href = element.attributes.find(([name]) => name.toLowerCase() === 'href');
  if (href && (tag === 'a' || tag === 'area')) {
    const rel = (element.attributes.find(([name]) => name.toLowerCase() === 'rel')?.[1] ?? '').split(/\s+/u);
    if (!rel.includes('noopener') || !rel.includes('noreferrer'))
      problems.push(`<${tag} href> without rel noopener noreferrer`);
  }
  return problems;
}

export interface AuditOptions {
  /** The overlay's own chrome may carry a style attribute the reader set itself (see docs/hostile.md). */
  allowStyle?: (element: ElementRecord, value: string) => boolean;
}

export function auditElements(elements: Iterable<ElementRecord>, options: AuditOptions = {}): string[] {
  return [...elements].flatMap((element) => problemsOf(element, options));
}

/** Every element under `root`, template contents included (a sanitizer must not hide things there either). */
export function elementsOf(root: ParentNode): ElementRecord[] {
  const records: ElementRecord[] = [];
  const visit = (parent: ParentNode) => {
    for (const element of Array.from(parent.querySelectorAll('*'))) {
      records.push({
        tag: element.localName,
        attributes: Array.from(element.attributes, (attribute) => [attribute.name, attribute.value]),
      });
      if (element.localName === 'template') visit((element as HTMLTemplateElement).content);
    }
  };
  visit(root);
  return records;
}
