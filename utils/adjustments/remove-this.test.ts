// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeI18n } from '../../tests/helpers/fake-i18n';
import { offerRemoval } from './remove-this';
import type { SiteRulesClient } from '../page/site-rules-remote';
import type { SiteRule } from './rules';
import { AdjustSession } from './session';

let body: HTMLElement;
const add = vi.fn(async (_rule: SiteRule) => undefined);

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  body = document.createElement('div');
  for (const text of ['First block.', 'Second block.', 'Third block.']) {
    body.append(Object.assign(document.createElement('p'), { textContent: text }));
  }
  const pre = Object.assign(document.createElement('pre'), { textContent: 'code', tabIndex: 0 });
  body.append(pre);
  document.body.replaceChildren(body);
  add.mockClear();
  const client: SiteRulesClient = {
    get: async () => ({ rules: [], dropped: 0 }),
    add,
    delete: async () => undefined,
  };
  offerRemoval(new AdjustSession(body, [], client));
});

const blocks = () => Array.from(body.querySelectorAll('p'));
const button = () => body.querySelector<HTMLButtonElement>('.remove-this')!;
const noButton = () => body.querySelector('.remove-this') === null;
const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

describe('Remove this', () => {
  it('makes the article one tab stop, and keeps scrollable blocks reachable', () => {
    expect(blocks().map((p) => p.tabIndex)).toEqual([0, -1, -1]);
    expect(body.querySelector('pre')!.tabIndex).toBe(0);
  });

  it('shows its button after a hovered block, named by that block', () => {
    expect(noButton()).toBe(true);
    blocks()[1]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(button().hidden).toBe(false);
    expect(blocks()[1]!.nextElementSibling).toBe(button());
    expect(button().getAttribute('aria-label')).toBe('Remove this: Second block.');
    button().click();
    expect(body.textContent).not.toContain('Second block.');
    expect(add).toHaveBeenCalledWith({ kind: 'remove', text: 'Second block.', path: ['p'] });
  });

  it('moves between blocks with the arrow keys and removes the focused one with Delete', () => {
    const [first, second, third] = blocks();
    first!.focus();
    key(first!, 'ArrowDown');
    expect(document.activeElement).toBe(second);
    expect(blocks().map((p) => p.tabIndex)).toEqual([-1, 0, -1]);
    expect(button().hidden).toBe(false);
    key(second!, 'ArrowUp');
    expect(document.activeElement).toBe(first);
    key(first!, 'ArrowDown');
    key(second!, 'Delete');
    expect(body.textContent).not.toContain('Second block.');
    expect(document.activeElement).toBe(third);
  });
});
