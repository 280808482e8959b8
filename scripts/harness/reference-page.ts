/** The bundled reference page (a news article of the Korea Times) and what the reader must show of it. */
export const REFERENCE_PAGE = 'fixtures/news--korea-times-reference/source.html';

export const REFERENCE_TITLE =
  'Top diplomats of S. Korea, EU to hold talks next week amid NK troop deployment';

export const REFERENCE_CAPTION_START = 'Josep Borrell, European Union High Representative';

/** The body paragraphs, in order, by their opening words. */
export const REFERENCE_PARAGRAPH_STARTS = [
  'Top diplomats of South Korea and the European',
  'Foreign Minister Cho Tae-yul and Josep Borrel',
  'The strategic dialogue platform was establish',
  "Borrell's visit was scheduled before the reve",
  'The two sides are also likely to explore coop',
  'The United States said Monday that North Kore',
  'North Korean troops have been deployed to Rus',
  'President Yoon Suk Yeol had a phone call with',
  'During the call, they reviewed progress on th',
  '"This partnership underscores the interlinked',
  "Von der Leyen additionally expressed the EU's",
  "Earlier in the day, South Korea's spy agency",
] as const;

/** The page's own chrome that a reader must leave out: share buttons, its font widget, lists, footer, pop-up. */
export const REFERENCE_CLUTTER = [
  'Facebook share button',
  'font-size',
  'Top 10 Stories',
  'go top',
  'LETTER',
  'X CLOSE',
] as const;
