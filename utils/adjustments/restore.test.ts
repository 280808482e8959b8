// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Removal } from './record';
import { articleUnits, restoreBlock, takeOut, RESTORED_CLASS } from './restore';

function articleBody(): HTMLElement {
  const body = document.createElement('div');
  body.className = 'article-body';
  const wrapper = document.createElement('div');
  for (const n of ['one', 'two', 'three']) {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${n} of the story.`;
    wrapper.append(p);
  }
  body.append(wrapper);
  document.body.replaceChildren(body);
  return body;
}

function removal(order: number, html: string, before: string | null, after: string | null): Removal {
  return {
    id: order,
    rule: 'newsletter',
    preview: 'x',
    fingerprint: { text: 'x', path: [] },
    order,
    before,
    after,
    html: () => html,
  };
}

const texts = (body: HTMLElement) =>
  Array.from(body.querySelectorAll('p, .' + RESTORED_CLASS), (el) => el.textContent);

describe('restoreBlock', () => {
  it('puts a block back after the block that preceded it in the page', () => {
    const body = articleBody();
    restoreBlock(body, removal(5, '<div>Correction.</div>', 'Paragraph two of the story.', null));
    expect(body.innerText ?? body.textContent).toMatch(/two of the story\.\s*Correction\.\s*Paragraph three/);
  });

  it('finds its anchor after a small change, else uses the block after it, else the end', () => {
    const body = articleBody();
    restoreBlock(body, removal(1, '<p>A.</p>', 'Paragraph one of this story.', null));
    restoreBlock(body, removal(2, '<p>B.</p>', 'Gone from the article.', 'Paragraph three of the story.'));
    restoreBlock(body, removal(3, '<p>C.</p>', null, null));
    expect(body.textContent).toBe(
      'Paragraph one of the story.A.Paragraph two of the story.B.Paragraph three of the story.C.',
    );
  });

  it('keeps page order for blocks restored at the same anchor, whatever order they come back in', () => {
    const body = articleBody();
    const anchor = 'Paragraph one of the story.';
    restoreBlock(body, removal(9, '<p>Later.</p>', anchor, null));
    restoreBlock(body, removal(4, '<p>Earlier.</p>', anchor, null));
    restoreBlock(body, removal(12, '<p>Last.</p>', anchor, null));
    expect(body.textContent).toMatch(/^Paragraph one of the story\.Earlier\.Later\.Last\.Paragraph two/);
  });

  it('sanitizes what it puts back', () => {
    const body = articleBody();
    const wrapper = restoreBlock(
      body,
      removal(
        1,
        '<p onclick="alert(1)">Hi<script>alert(2)</script><img src=x onerror="alert(3)"></p>',
        null,
        null,
      ),
    );
    expect(wrapper.innerHTML).toBe('<p>Hi<img src="x"></p>');
  });

  it('does not use restored blocks or the reader’s controls as blocks of the article', () => {
    const body = articleBody();
    restoreBlock(body, removal(1, '<p>Back.</p>', null, null));
    const button = document.createElement('button');
    button.className = 'lectern-control';
    body.append(button);
    expect(articleUnits(body).map((el) => el.textContent)).toEqual([
      'Paragraph one of the story.',
      'Paragraph two of the story.',
      'Paragraph three of the story.',
    ]);
  });
});

describe('takeOut', () => {
  it('takes a block out and puts it back exactly where it was', () => {
    const body = articleBody();
    const before = body.innerHTML;
    const second = body.querySelectorAll('p')[1]!;
    const putBack = takeOut(second);
    expect(texts(body)).toEqual(['Paragraph one of the story.', 'Paragraph three of the story.']);
    putBack();
    expect(body.innerHTML).toBe(before);
  });
});
