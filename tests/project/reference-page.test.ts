// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Article } from '../../utils/extract';

// The reference page (a Korea Times article rebuilt from the seed's text dump, clutter included): the
// reader must show exactly the story's paragraphs, the caption once, and none of the page's chrome.
const URL = 'https://www.koreatimes.co.kr/www/nation/2024/10/113_385612.html';
const CAPTION =
  'Josep Borrell, European Union High Representative for Foreign Affairs and Security Policy, gestures during a press conference at the 9th regional forum of the Union for the Mediterranean (UfM), in Barcelona, Oct. 28. AFP-Yonhap';
const PARAGRAPHS = [
  "Top diplomats of South Korea and the European Union will hold talks next week, Seoul's foreign ministry said Tuesday, with discussions likely to cover North Korea's dispatch of troops to Russia.",
  "Foreign Minister Cho Tae-yul and Josep Borrell, the EU's high representative for foreign affairs and security policy, will meet in Seoul next Monday at the inaugural South Korea-EU strategic dialogue.",
  'The strategic dialogue platform was established following a bilateral summit held in May last year.',
  "Borrell's visit was scheduled before the revelations of North Korea's troop deployment to Russia. Given the latest developments, the two sides are expected to discuss deepening military ties between Pyongyang and Moscow with South Korean officials.",
  "The two sides are also likely to explore cooperative measures in addressing the issue, given that the EU has declared its readiness to impose independent sanctions in response to North Korea's deployment.",
  'The United States said Monday that North Korea has sent around 10,000 soldiers to eastern Russia for training.',
  "North Korean troops have been deployed to Russia's western front-line Kursk region, the chief of the North Atlantic Treaty Organization said Monday.",
  'President Yoon Suk Yeol had a phone call with European Commission President Ursula von der Leyen on Monday.',
  'During the call, they reviewed progress on the security and defense partnership announced at the summit held in Seoul in May 2023, the EU said in a press release.',
  '"This partnership underscores the interlinked nature of the security of Europe and of East-Asia. It will reinforce the shared commitment of the EU and the Republic of Korea to promote peace and stability across both regions," it said, referring to South Korea by its official name.',
  "Von der Leyen additionally expressed the EU's concern over the deepening military cooperation between Russia and North Korea, which could embolden Pyongyang to escalate tensions on the Korean Peninsula.",
  "Earlier in the day, South Korea's spy agency said some North Korean generals and troops sent to Russia to support Moscow's war in Ukraine might have moved to the battlefield zones. (Yonhap)",
];
const CLUTTER = [
  'Facebook share button',
  'Twitter share button',
  'Kakao share button',
  'font-size',
  'Settings',
  'Top 10 Stories',
  'go top',
  'LETTER',
  'X CLOSE',
  'CLOSE',
  'Subscribe',
  'Advertisement',
  'Privacy Policy',
  'Kia Tigers',
];

function extractReference(): { article: Article; body: HTMLElement } {
  const source = readFileSync(join(__dirname, '../fixtures/news--korea-times-reference/source.html'), 'utf8');
  const dom = new JSDOM(source, { url: URL, virtualConsole: new VirtualConsole() });
  const result = extractArticle(dom.window.document, URL);
  if (!result.article) throw new Error(`no article: ${result.message}`);
  const body = new JSDOM(`<body>${result.article.content}</body>`).window.document.body;
  return { article: result.article, body };
}

const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('reference page (Korea Times)', () => {
  const { article, body } = extractReference();

  it('keeps exactly the story paragraphs, in order', () => {
    const paragraphs = Array.from(body.querySelectorAll('p')).map((p) => collapse(p.textContent));
    expect(paragraphs).toEqual(PARAGRAPHS);
  });

  it('shows the caption once, in a figcaption under the photo', () => {
    expect(article.textContent.split(CAPTION).length - 1).toBe(1);
    expect(collapse(body.querySelector('figure figcaption')?.textContent ?? null)).toBe(CAPTION);
    expect(body.querySelector('figure img')?.getAttribute('src')).toBe(
      'https://www.koreatimes.co.kr/upload/2024/10/borrell.jpg',
    );
  });

  it('contains none of the page clutter', () => {
    for (const clutter of CLUTTER) expect(article.textContent, clutter).not.toContain(clutter);
    expect(body.querySelectorAll('a')).toHaveLength(0);
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Top diplomats of S. Korea, EU to hold talks next week amid NK troop deployment',
      byline: 'Yonhap',
      siteName: 'The Korea Times',
      publishedTime: '2024-10-29T16:52:00+09:00',
      lang: 'en',
      leadImage: 'https://img.koreatimes.co.kr/upload/2024/10/borrell.jpg',
    });
    expect(article.readingTimeMinutes).toBe(2);
  });
});
