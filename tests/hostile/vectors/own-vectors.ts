/**
 * Our XSS vectors, by the categories issue 6 names. `$X` stands for JavaScript that reports the vector to the
 * page's sentinel; `{{BEACON}}` for a URL on the test server that records every request it gets. A vector
 * counts as executed if its sentinel fires, or its beacon is requested, because of the reader.
 */
export interface OwnVector {
  category: string;
  payload: string;
}

const HANDLER_HOSTS: Record<string, string> = {
  img: '<img src="/missing.png" HANDLER>',
  image: '<image src="/missing.png" HANDLER>',
  video: '<video src="/missing.mp4" HANDLER></video>',
  audio: '<audio src="/missing.mp3" HANDLER></audio>',
  videoSource: '<video><source src="/missing.mp4" HANDLER></video>',
  input: '<input autofocus HANDLER>',
  textarea: '<textarea autofocus HANDLER></textarea>',
  select: '<select autofocus HANDLER></select>',
  button: '<button autofocus HANDLER>b</button>',
  details: '<details open HANDLER><summary>s</summary>d</details>',
  body: '<body HANDLER>',
  svg: '<svg HANDLER></svg>',
  svgAnimate: '<svg><animate attributeName="x" dur="1s" HANDLER></animate></svg>',
  svgSet: '<svg><set attributeName="x" to="1" HANDLER></set></svg>',
  style: '<style HANDLER></style>',
  marquee: '<marquee HANDLER>m</marquee>',
  div: '<div tabindex="1" autofocus HANDLER>d</div>',
  p: '<p tabindex="1" HANDLER>clickable paragraph</p>',
  a: '<a href="#x" HANDLER>link</a>',
  span: '<span HANDLER>span</span>',
  table: '<table HANDLER><tr><td HANDLER>cell</td></tr></table>',
  iframe: '<iframe HANDLER></iframe>',
  object: '<object data="/missing.swf" HANDLER></object>',
  embed: '<embed src="/missing.swf" HANDLER>',
  frameset: '<frameset HANDLER></frameset>',
  picture: '<picture><source srcset="/missing.webp"><img src="/missing.png" HANDLER></picture>',
  track: '<video><track src="/missing.vtt" default HANDLER></video>',
  math: '<math HANDLER><mi HANDLER>x</mi></math>',
  form: '<form HANDLER><input type="submit"></form>',
  dialog: '<dialog open HANDLER>d</dialog>',
  customElement: '<x-widget tabindex="1" HANDLER>custom</x-widget>',
  meter: '<meter value="2" min="0" max="10" HANDLER>2</meter>',
  canvas: '<canvas HANDLER></canvas>',
  blockquote: '<blockquote HANDLER>q</blockquote>',
  figure: '<figure HANDLER><img src="/missing.png" onerror="$X"><figcaption HANDLER>c</figcaption></figure>',
};

const HANDLERS = [
  'onerror="$X"',
  'onload="$X"',
  'onfocus="$X"',
  'onclick="$X"',
  'onmouseover="$X"',
  'onpointerenter="$X"',
  'ontoggle="$X"',
  'onbegin="$X"',
  'onstart="$X"',
  'onanimationstart="$X" style="animation:spin 1s"',
  'ONERROR=$X',
  'oNlOaD = "$X"',
  'onerror\n=\n"$X"',
  '/onerror="$X"',
];

function handlerVectors(): OwnVector[] {
  return Object.entries(HANDLER_HOSTS).flatMap(([host, template]) =>
    HANDLERS.map((handler) => ({
      category: `event handler on ${host}`,
      payload: template.replaceAll('HANDLER', handler),
    })),
  );
}

const SCRIPT_TAGS = [
  '<script>$X</script>',
  '<script src="{{BEACON}}"></script>',
  '<script type="module">$X</script>',
  '<script>/*</script><p>after</p>*/$X</script>',
  '<SCRIPT>$X</SCRIPT>',
  '<script\n>$X</script\n>',
  '<scr<script>ipt>$X</scr</script>ipt>',
  '<<script>script>$X<</script>/script>',
  '<svg><script>$X</script></svg>',
  '<svg><script href="{{BEACON}}"></script></svg>',
  '<svg><script xlink:href="{{BEACON}}"></script></svg>',
  '<math><script>$X</script></math>',
  '<noscript><p title="</noscript><img src=x onerror=$X>"></noscript>',
  '<template><script>$X</script></template>',
  '<div><script>document.write("<img src=x onerror=$X>")</script></div>',
];

const URL_SCHEMES = [
  '<a href="javascript:$X">click</a>',
  '<a href="JaVaScRiPt:$X">click</a>',
  '<a href=" javascript:$X">click</a>',
  '<a href="java\tscript:$X">click</a>',
  '<a href="java&#x09;script:$X">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;$X">click</a>',
  '<a href="&#x6A;avascript&colon;$X">click</a>',
  '<a href="\u0001javascript:$X">click</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="VBScript:$X">vb</a>',
  '<a href="data:text/html,<script>$X</script>">data</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data64</a>',
  '<a href="data:application/xhtml+xml,<x:script xmlns:x=\'http://www.w3.org/1999/xhtml\'>$X</x:script>">x</a>',
  '<img src="javascript:$X">',
  '<img src="data:text/html,<script>$X</script>">',
  '<img srcset="javascript:$X 1x, data:text/html,x 2x">',
  '<area href="javascript:$X" shape="rect" coords="0,0,10,10">',
  '<video poster="javascript:$X"></video>',
  '<audio src="javascript:$X"></audio>',
  '<video src="data:text/html,<script>$X</script>"></video>',
  '<source src="vbscript:$X">',
  '<blockquote cite="javascript:$X">q</blockquote>',
  '<q cite="javascript:$X">q</q>',
  '<a href="#" xlink:href="javascript:$X">xl</a>',
  '<img src="x" longdesc="javascript:$X">',
  '<a href="jav&#x0A;ascript:$X">nl</a>',
  '<a href="javascript&#58;$X">colon entity</a>',
  '<a href="%6A%61%76%61%73%63%72%69%70%74:$X">percent</a>',
];

const SVG_MATH = [
  '<svg><a xlink:href="javascript:$X"><text x="0" y="20">x</text></a></svg>',
  '<svg><a href="javascript:$X"><rect width="10" height="10"></rect></a></svg>',
  '<svg><animate href="#a" attributeName="href" values="javascript:$X"></animate><a id="a"><text>x</text></a></svg>',
  '<svg><set attributeName="onmouseover" to="$X"></set></svg>',
  "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='$X'/></svg>#x\"></use></svg>",
  '<svg><use href="{{BEACON}}#x"></use></svg>',
  '<svg><image href="{{BEACON}}"></image></svg>',
  '<svg><feImage href="{{BEACON}}"></feImage></svg>',
  '<svg><foreignObject><iframe srcdoc="<script>$X</script>"></iframe></foreignObject></svg>',
  '<svg><foreignObject><img src=x onerror=$X></foreignObject></svg>',
  '<svg><style>@import url({{BEACON}});</style></svg>',
  '<svg><style><img src=x onerror=$X></style></svg>',
  '<svg><title><img src=x onerror=$X></title></svg>',
  '<svg></p><style><a id="</style><img src=x onerror=$X>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=$X>',
  '<math><mi xlink:href="javascript:$X">m</mi></math>',
  '<math><maction actiontype="statusline" xlink:href="javascript:$X">m</maction></math>',
  '<math><annotation-xml encoding="text/html"><img src=x onerror=$X></annotation-xml></math>',
  '<math><mtext><option><FAKEFAKE><option></option><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=$X>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=$X>',
  '<svg><desc><img src=x onerror=$X></desc></svg>',
  '<svg><![CDATA[><img src=x onerror=$X>]]></svg>',
];

const FRAMES_AND_PLUGINS = [
  '<iframe srcdoc="<script>parent.$X</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=parent.$X&gt;"></iframe>',
  '<iframe src="javascript:parent.$X"></iframe>',
  '<iframe src="{{BEACON}}"></iframe>',
  '<iframe src="data:text/html,<script>$X</script>"></iframe>',
  '<frame src="{{BEACON}}">',
  '<object data="{{BEACON}}"></object>',
  '<object data="javascript:$X"></object>',
  '<object type="text/html" data="data:text/html,<script>$X</script>"></object>',
  '<embed src="{{BEACON}}">',
  '<embed src="javascript:$X">',
  '<embed type="image/svg+xml" src="data:image/svg+xml,<svg onload=\'$X\' xmlns=\'http://www.w3.org/2000/svg\'/>">',
  '<applet code="{{BEACON}}"></applet>',
  '<portal src="{{BEACON}}"></portal>',
  '<fencedframe src="{{BEACON}}"></fencedframe>',
];

const META_BASE_LINK = [
  '<meta http-equiv="refresh" content="0;url={{BEACON}}">',
  '<meta http-equiv="refresh" content="0;url=javascript:$X">',
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">',
  '<meta http-equiv="set-cookie" content="x=1">',
  '<base href="{{BEACON}}/">',
  '<base href="javascript:$X//">',
  '<base target="_top">',
  '<link rel="stylesheet" href="{{BEACON}}">',
  '<link rel="prefetch" href="{{BEACON}}">',
  '<link rel="preload" as="image" href="{{BEACON}}">',
  '<link rel="import" href="{{BEACON}}">',
  '<link rel="icon" href="{{BEACON}}">',
  '<link rel="dns-prefetch" href="{{BEACON}}">',
  '<a ping="{{BEACON}}" href="#p">ping</a>',
];

const FORMS = [
  '<form action="{{BEACON}}"><input name="q" value="secret"><button>go</button></form>',
  '<form action="javascript:$X"><input type="submit"></form>',
  '<button form="f" formaction="javascript:$X">fa</button><form id="f"></form>',
  '<form><button formaction="{{BEACON}}">fa</button></form>',
  '<input type="image" src="{{BEACON}}">',
  '<input type="image" formaction="javascript:$X" src="x">',
  '<isindex action="javascript:$X" type="image">',
  '<form id="test"></form><button form="test" formaction="javascript:$X">X</button>',
  '<input onfocus="$X" autofocus>',
  '<keygen autofocus onfocus="$X">',
];

const MUTATION_XSS = [
  '<noscript><p title="</noscript><img src=x onerror=$X>">',
  '<svg></p><style><a id="</style><img src=1 onerror=$X>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=$X&gt;">',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=$X src>">',
  '<xmp><p title="</xmp><img src=x onerror=$X>"></xmp>',
  '<listing>&lt;img src=x onerror=$X&gt;</listing>',
  '<noembed><img title="</noembed><img src=x onerror=$X>"></noembed>',
  '<noframes><img title="</noframes><img src=x onerror=$X>"></noframes>',
  '<textarea><img title="</textarea><img src=x onerror=$X>"></textarea>',
  '<title><img title="</title><img src=x onerror=$X>"></title>',
  '<iframe><img title="</iframe><img src=x onerror=$X>"></iframe>',
  '<plaintext><img src=x onerror=$X>',
  '<a title="&lt;/a&gt;&lt;img src=x onerror=$X&gt;">t</a>',
  '<div id="1"><form id="foobar"></form><button form="foobar" type="submit" formaction="javascript:$X">X</button></div>',
  '<!--><img src=x onerror=$X>-->',
  '<!--a--!><img src=x onerror=$X>-->',
  '<?xml version="1.0"?><img src=x onerror=$X>',
  '<![CDATA[<img src=x onerror=$X>]]>',
  '<select><template><style><!--</style><a rel="--></style></template></select><img src=x onerror=$X>">',
  '<svg><p><style><a id="</style><img src=1 onerror=$X>">',
  '<table><caption><svg><style><img src=x onerror=$X></style></svg></caption></table>',
  '<div>&lt;img src=x onerror=$X&gt;</div>',
  '<img src="x` `<script>$X</script>"` `>',
  '<img src=`x`onerror=$X>',
  '<a href="x&#0;javascript:$X">nul</a>',
];

// Names the reader or Readability read on `document`/`window` (a named element shadows them in every world).
const CLOBBERED_NAMES = [
  'contentType',
  'documentElement',
  'body',
  'title',
  'head',
  'activeElement',
  'defaultView',
  'getElementsByTagName',
  'getElementById',
  'querySelector',
  'querySelectorAll',
  'createElement',
  'createTreeWalker',
  'cloneNode',
  'baseURI',
  'URL',
  'documentURI',
  'readyState',
  'dir',
  'lang',
  'implementation',
  'attachShadow',
  '__lecternReader',
  'scrollTo',
  'scrollX',
  'scrollY',
  'getComputedStyle',
  'chrome',
  'browser',
  'DOMPurify',
  'JSON',
  'Node',
  'NodeFilter',
  'location',
];

function clobberingVectors(): OwnVector[] {
  return CLOBBERED_NAMES.flatMap((name) => [
    { category: 'DOM clobbering', payload: `<img name="${name}" src="/missing.png" onerror="$X">` },
    { category: 'DOM clobbering', payload: `<form name="${name}"><input name="nodeName"></form>` },
    { category: 'DOM clobbering', payload: `<a id="${name}" name="${name}" href="javascript:$X">c</a>` },
    { category: 'DOM clobbering', payload: `<embed name="${name}"><object name="${name}"></object>` },
  ]);
}

const CSS = [
  '<div style="background:url({{BEACON}})">bg</div>',
  '<div style="background-image:url(&quot;{{BEACON}}&quot;)">bg</div>',
  '<p style="list-style:url({{BEACON}})">ls</p>',
  '<style>@import url({{BEACON}});</style>',
  '<style>@import "{{BEACON}}";</style>',
  '<style>p { background: url({{BEACON}}) }</style>',
  '<style>@font-face { font-family: x; src: url({{BEACON}}) } p { font-family: x }</style>',
  '<style>*{ all: unset } html { display: none }</style>',
  '<style>@keyframes spin {} </style><p style="animation:spin 1s" onanimationstart="$X">anim</p>',
  '<div style="width:expression($X)">ie</div>',
  '<div style="behavior:url({{BEACON}})">htc</div>',
  '<div style="-moz-binding:url({{BEACON}})">xbl</div>',
  '<div style="background:u\\rl({{BEACON}})">escaped</div>',
  '<table background="{{BEACON}}"><tr><td>t</td></tr></table>',
  '<td background="{{BEACON}}">td</td>',
  '<body background="{{BEACON}}">',
  '<img dynsrc="{{BEACON}}" lowsrc="{{BEACON}}">',
  '<div class="reader article-body" id="lectern-reader">class clash</div>',
  '<lectern-reader>fake host</lectern-reader>',
];

/** Every own vector, in a stable order (their number is their index). */
export function ownVectors(): OwnVector[] {
  const tagged = (category: string, payloads: string[]) => payloads.map((payload) => ({ category, payload }));
  return [
    ...tagged('script tag', SCRIPT_TAGS),
    ...handlerVectors(),
    ...tagged('javascript:/data:/vbscript: URL', URL_SCHEMES),
    ...tagged('SVG / MathML', SVG_MATH),
    ...tagged('iframe srcdoc / object / embed', FRAMES_AND_PLUGINS),
    ...tagged('meta refresh / base href / link', META_BASE_LINK),
    ...tagged('form / formaction', FORMS),
    ...tagged('mutation XSS', MUTATION_XSS),
    ...clobberingVectors(),
    ...tagged('CSS url() / @import', CSS),
  ];
}
