/**
 * Seeded generator of malformed and adversarial HTML pages. Page `n` of seed `s` is always the same page,
 * so a failure is reproduced with `generatePage(s, n)` alone.
 */

export interface FuzzPage {
  html: string;
  /** The ingredients mixed into this page, for the failure report. */
  recipe: string[];
}

type Random = () => number;

/** mulberry32: small, fast, and the same on every machine. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const WORDS = (
  'the council budget river library station evening market reporter said would could bridge winter ' +
  'because although people city hospital school museum festival'
).split(' ');

function prose(random: Random, words: number): string {
  return Array.from({ length: words }, () => pick(random, WORDS)).join(' ') + '.';
}

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'b',
  'i',
  'em',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'section',
  'article',
  'aside',
  'nav',
  'header',
  'footer',
  'figure',
  'figcaption',
  'pre',
  'code',
  'blockquote',
  'select',
  'option',
  'textarea',
  'xmp',
  'listing',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'template',
  'svg',
  'math',
  'mi',
  'mtext',
  'mglyph',
  'foreignObject',
  'desc',
  'title',
  'style',
  'script',
  'plaintext',
  'frameset',
  'image',
  'isindex',
  'keygen',
  'marquee',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'br',
  'hr',
  'img',
  'picture',
  'source',
  'video',
  'dialog',
  'details',
  'summary',
  'x-custom',
  'font',
  'center',
  'caption',
] as const;

const XSS_SNIPPETS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">j</a>',
  '<a href="data:text/html,<script>alert(1)</script>">d</a>',
  '<a href=vbscript:msgbox(1)>v</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<div style="background:url(http://127.0.0.1:9/beacon)">s</div>',
  '<style>@import url(http://127.0.0.1:9/beacon);</style>',
  '<img name="getElementsByTagName"><form name="documentElement"></form>',
  '<a href="&#106;avascript:alert(1)">e</a>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
];

/** Each ingredient returns a chunk of markup; pages mix a few of them around real-looking prose. */
const INGREDIENTS: Record<string, (random: Random) => string> = {
  unclosedTags: (random) =>
    Array.from(
      { length: int(random, 5, 80) },
      () => `<${pick(random, TAGS)}>${prose(random, int(random, 0, 8))}`,
    ).join(''),
  strayCloseTags: (random) =>
    Array.from({ length: int(random, 5, 80) }, () => `</${pick(random, TAGS)}>${prose(random, 3)}`).join(''),
  // Parsers cap or crawl at these depths (Chromium's stops nesting at 512, jsdom's parse turns quadratic),
  // but a page's script can build any depth: the harness builds these through DOM calls (see extract-node).
  deepNesting: (random) =>
    `<div data-fuzz-deep="${int(random, 5000, 9000)}" data-fuzz-tags="${pick(random, ['div', 'span', 'blockquote', 'section', 'li', 'a', 'font', 'table'])}">${prose(random, 20)}</div>`,
  deepMixedNesting: (random) =>
    `<div data-fuzz-deep="${int(random, 5000, 6000)}" data-fuzz-tags="div p table td ul li em svg math">${prose(random, 30)}</div>`,
  // Misnested formatting elements make the parser's adoption agency rebuild them again and again.
  formattingStorm: (random) =>
    Array.from(
      { length: int(random, 20, 120) },
      () => `<${pick(random, ['b', 'i', 'em', 'a', 'font', 'u'])}><p>${prose(random, 4)}`,
    ).join(''),
  hugeAttribute: (random) =>
    `<p title="${'A'.repeat(int(random, 100_000, 1_000_000))}" data-x='${'"'.repeat(1000)}'>${prose(random, 40)}</p>`,
  manyAttributes: (random) =>
    `<div ${Array.from({ length: int(random, 200, 1000) }, (_, i) => `a${i}="${i}"`).join(' ')}>${prose(random, 40)}</div>`,
  weirdCharacters: (random) => {
    const chars = [
      '\u0000',
      '\uFFFD',
      '\uFEFF',
      '\u202E',
      '\u200B',
      '\uD800',
      '\uFFFE',
      '\u0085',
      '\u2028',
      '\u000B',
      '\u001B',
    ];
    return `<p>${Array.from({ length: 500 }, () => (random() < 0.3 ? pick(random, chars) : pick(random, WORDS) + ' ')).join('')}</p>`;
  },
  brokenEntities: (random) =>
    `<p>${Array.from({ length: 200 }, () => pick(random, ['&#0;', '&#x110000;', '&#xD800;', '&amp', '&notin', '&#', '&#x;', '&;', '&lt', '&ThisIsNot;', '&#99999999999;', '&#x80;'])).join(' ')} ${prose(random, 30)}</p>`,
  nullBytes: (random) =>
    `<p\u0000 cl\u0000ass="a\u0000">${prose(random, 20)}\u0000<scr\u0000ipt>alert(1)</script><img src=x o\u0000nerror=alert(1)></p>`,
  giantTextNode: (random) => {
    const size = int(random, 500_000, 3_000_000);
    return `<p>${random() < 0.5 ? 'x'.repeat(size) : (prose(random, 20) + ' ').repeat(Math.ceil(size / 150))}</p>`;
  },
  nestedTables: (random) => {
    const depth = int(random, 20, 120);
    return (
      '<table><tr><td>'.repeat(depth) + prose(random, 50) + '</td></tr></table>'.repeat(int(random, 0, depth))
    );
  },
  fosterParenting: (random) =>
    `<table>${prose(random, 10)}<tr>${prose(random, 10)}<div>${prose(random, 30)}</div><td>x</td><p>${prose(random, 20)}</table>`,
  templateSvgMath: (random) =>
    pick(random, [
      '<template><svg><math><mi><mglyph><style><img src=x onerror=alert(1)></style></mglyph></mi></math></svg></template>',
      '<svg><foreignObject><math><annotation-xml encoding="text/html"><p>inside</p><template><table><td>t</template></annotation-xml></math></foreignObject></svg>',
      '<math><mtext><svg><desc><template><p>deep</p></template></desc></svg></mtext></math>',
      '<svg><title><template><svg><script>alert(1)</script></svg></template></title></svg>',
      '<template><template><template><p>nested templates</p></template></template></template>',
    ]) + `<p>${prose(random, 30)}</p>`,
  commentTricks: (random) =>
    pick(random, [
      '<!--><p>after short comment</p>',
      '<!---><p>after</p>',
      '<!-- --!><img src=x onerror=alert(1)> -->',
      '<![CDATA[ <p>cdata</p> ]]>',
      '<svg><![CDATA[</svg><img src=x onerror=alert(1)>]]></svg>',
      '<?php echo 1 ?><p>bogus</p>',
      '</ not a tag ><p>bogus close</p>',
      '<!--[if IE]><script>alert(1)</script><![endif]-->',
      '<!-- unclosed comment swallows the rest',
    ]) + `<p>${prose(random, 30)}</p>`,
  xss: (random) =>
    Array.from(
      { length: int(random, 1, 12) },
      () => `<p>${prose(random, 15)} ${pick(random, XSS_SNIPPETS)}</p>`,
    ).join(''),
  documentStructureChaos: (random) =>
    pick(random, [
      '</html><p>after html</p><html><body><p>second body</p>',
      '<body onload=alert(1)><head><title>late head</title></head>',
      '<frameset><frame src="javascript:alert(1)"></frameset>',
      '<html><html><head><head><body><body>',
      '<title>x</title><title>y</title><h1>two titles</h1>',
    ]),
  manySiblings: (random) => `<div>${'<span></span><br>'.repeat(int(random, 200, 1_500))}</div>`,
  linkFarm: (random) =>
    `<div class="content">${Array.from({ length: int(random, 100, 600) }, (_, i) => `<a href="/p/${i}">${prose(random, 2)}</a>`).join(' ')}</div>`,
  readabilityBait: (random) =>
    `<div class="article-body content main entry" id="story">${Array.from({ length: int(random, 3, 15) }, () => `<p>${prose(random, 60)}, ${prose(random, 40)}</p>`).join('')}</div>`,
  metadataTraps: (random) =>
    `<meta property="og:title" content="${'T'.repeat(int(random, 1000, 200_000))}">` +
    `<script type="application/ld+json">${'['.repeat(int(random, 1000, 20_000))}</script>` +
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(prose(random, 10))},"author":{"name":{"name":[1,{"x":null}]}}}</script>` +
    `<meta name="author" content="<img src=x onerror=alert(1)>">`,
  lazyImages: (random) =>
    `<figure><img data-src="javascript:alert(1)" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="javascript:alert(1) 1x"><figcaption>${prose(random, 8)}</figcaption></figure>` +
    `<img data-srcset="x 1x, y 2x" loading="lazy" src="data:text/html,<script>alert(1)</script>">`,
  randomSoup: (random) =>
    Array.from({ length: int(random, 20, 200) }, () => {
      const tag = pick(random, TAGS);
      const attrs =
        random() < 0.3
          ? ` ${pick(random, ['onclick', 'style', 'href', 'src', 'class', 'id', 'name', 'xlink:href'])}="${pick(random, ['javascript:alert(1)', 'x', 'color:red', 'data:text/html,x', ''])}"`
          : '';
      return `<${tag}${attrs}>${prose(random, int(random, 0, 10))}${random() < 0.6 ? `</${tag}>` : ''}`;
    }).join(''),
};

const INGREDIENT_NAMES = Object.keys(INGREDIENTS);
// Costly ones (megabytes, thousands of levels, quadratic shapes): at most one per page, on one page in five
// or so, so 2,000 pages run in minutes under jsdom (tens of times slower than Chromium on these shapes).
const HEAVY = new Set([
  'deepNesting',
  'deepMixedNesting',
  'hugeAttribute',
  'giantTextNode',
  'manySiblings',
  'manyAttributes',
  'nestedTables',
  'formattingStorm',
]);

export function generatePage(seed: number, index: number): FuzzPage {
  const random = seeded(seed * 1_000_003 + index);
  const recipe: string[] = [];
  let heavyUsed = false;
  const count = int(random, 1, 5);
  while (recipe.length < count) {
    const name = pick(random, INGREDIENT_NAMES);
    if (HEAVY.has(name) && (heavyUsed || random() < 0.8)) continue;
    heavyUsed ||= HEAVY.has(name);
    recipe.push(name);
  }
  const chunks = recipe.map((name) => (INGREDIENTS[name] as (random: Random) => string)(random));
  const intro = Array.from(
    { length: int(random, 0, 6) },
    () => `<p>${prose(random, int(random, 20, 80))}</p>`,
  ).join('');
  const doctype =
    random() < 0.8
      ? '<!doctype html>'
      : pick(random, ['', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">', '<!doctype x>']);
  const html = `${doctype}<html><head><meta charset="${pick(random, ['utf-8', 'x-user-defined', 'utf-7', 'iso-2022-jp', 'bogus'])}"><title>${prose(random, 5)}</title></head><body><article><h1>${prose(random, 6)}</h1>${intro}${chunks.join(`<p>${prose(random, 30)}</p>`)}</article></body></html>`;
  return { html, recipe };
}
