import { removeClutter, type ClutterRule } from '../../utils/clutter';
import { bodyOf } from './html';

export { bodyOf };

/** A long article paragraph, so the guard has something to protect. */
export const STORY =
  '<article><h1>Headline</h1>' +
  Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i} of the story carries enough real prose to read like an article, with clauses, names and numbers like ${i * 7}.</p>`,
  ).join('') +
  '</article>';

/** Runs one rule on `html` and returns the text of what it removed and the body left behind. */
export function runRule(rule: ClutterRule, html: string) {
  const body = bodyOf(html);
  const removed = removeClutter(body, [rule]).map((r) =>
    (r.element.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  return { body, removed, text: (body.textContent ?? '').replace(/\s+/g, ' ').trim() };
}
