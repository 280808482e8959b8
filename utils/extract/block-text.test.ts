import { describe, expect, it } from 'vitest';
import { blockText } from './block-text';
import { parseHtml } from '../../tests/helpers/html';

function body(html: string): HTMLElement {
  return parseHtml(`<!DOCTYPE html><body>${html}</body>`).body;
}

describe('blockText', () => {
  it('puts paragraphs, headings, list items and <br> on lines of their own', () => {
    expect(
      blockText(
        body(
          "<h2>Title</h2><figure><figcaption>Bild: shutterstock</figcaption></figure><p>Und weiter <b>geht</b>'s</p>" +
            '<ul><li>one</li><li>two<br>three</li></ul>',
        ),
      ),
    ).toBe("Title\nBild: shutterstock\nUnd weiter geht's\none\ntwo\nthree");
  });

  it('collapses markup whitespace inside a line and drops empty blocks', () => {
    expect(blockText(body('<div>\n  <p>  a\n  b  </p>\n  <div> </div>\n<p>c <i> d</i></p></div>'))).toBe(
      'a b\nc d',
    );
  });

  it('keeps the line breaks and indentation of code', () => {
    expect(blockText(body('<p>Run:</p><pre><code>if (x) {\n  go();\n}</code></pre><p>Done.</p>'))).toBe(
      'Run:\nif (x) {\n  go();\n}\nDone.',
    );
  });

  it('leaves scripts and styles out', () => {
    expect(blockText(body('<p>a<script>evil()</script><style>p{}</style></p>'))).toBe('a');
  });
});
