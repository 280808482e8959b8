// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SaveMenu, type SaveAction, type SaveRequest } from './SaveMenu';
import { installFakeI18n } from '../tests/helpers/fake-i18n';

let container: HTMLElement;
let readerKeys: string[];
let onOpen: ReturnType<typeof vi.fn<() => void>>;
let onAction: ReturnType<typeof vi.fn<(action: SaveAction, request: SaveRequest) => Promise<string>>>;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  container = document.createElement('div');
  // The reader closes on Esc that reaches it (components/reader-keys.ts); an open menu takes Esc first.
  readerKeys = [];
  container.addEventListener('keydown', (event) => readerKeys.push(event.key));
  document.body.replaceChildren(container);
  onOpen = vi.fn();
  onAction = vi.fn(async (action: SaveAction) => (action === 'html' ? 'Story.html' : 'Story.md'));
  act(() => render(<SaveMenu onOpen={onOpen} onAction={onAction} />, container));
});

afterEach(() => {
  act(() => render(null, container));
});

const toggle = () => container.querySelector<HTMLButtonElement>('.save-toggle')!;
const menu = () => container.querySelector<HTMLElement>('[role="menu"]')!;
const items = () => Array.from(container.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
const status = () => container.querySelector<HTMLElement>('[role="status"]')!;
const focused = () => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? null;

function press(key: string, target: Element = document.activeElement!) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe('SaveMenu', () => {
  it('is a menu button with a name, closed at first', () => {
    expect(toggle().getAttribute('aria-label')).toBe('Save article');
    expect(toggle().getAttribute('title')).toBe('Save article');
    expect(toggle().getAttribute('aria-haspopup')).toBe('menu');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-controls')).toBe(menu().id);
    expect(menu().hidden).toBe(true);
    expect(items().map((item) => item.textContent)).toEqual([
      'Markdown file (.md)',
      'HTML page (.html)',
      'Copy as Markdown',
    ]);
    expect(items().every((item) => item.tabIndex === -1)).toBe(true);
  });

  it('opens on the first item with a click, and asks for the converters as it opens', () => {
    act(() => toggle().click());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(menu().hidden).toBe(false);
    expect(focused()).toBe('Markdown file (.md)');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('moves with the arrows, Home and End, wrapping round', () => {
    toggle().focus();
    press('ArrowDown');
    expect(focused()).toBe('Markdown file (.md)');
    press('ArrowDown');
    expect(focused()).toBe('HTML page (.html)');
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe('Markdown file (.md)');
    press('ArrowUp');
    expect(focused()).toBe('Copy as Markdown');
    press('Home');
    expect(focused()).toBe('Markdown file (.md)');
    press('End');
    expect(focused()).toBe('Copy as Markdown');
  });

  it('opens on the last item with ArrowUp', () => {
    toggle().focus();
    press('ArrowUp');
    expect(menu().hidden).toBe(false);
    expect(focused()).toBe('Copy as Markdown');
  });

  it('closes on Esc back to its button, and the Esc does not reach the reader', () => {
    toggle().focus();
    press('ArrowDown');
    press('Escape');
    expect(menu().hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());
    expect(readerKeys).not.toContain('Escape');
    // With the menu closed, Esc is the reader's again.
    press('Escape');
    expect(readerKeys).toContain('Escape');
  });

  it('closes when Tab leaves it', () => {
    act(() => toggle().click());
    press('Tab');
    expect(menu().hidden).toBe(true);
  });

  it('runs the chosen action, closes, and says what happened in its live status', async () => {
    act(() => toggle().click());
    await act(async () => items()[1]!.click());
    expect(onAction).toHaveBeenCalledTimes(1);
    const [action, request] = onAction.mock.calls[0]!;
    expect(action).toBe('html');
    expect(request.savedAt).toBeInstanceOf(Date);
    expect(request.labels.originalPage).toBe('Show original page');
    expect(request.labels.savedOn).toMatch(/^Saved \S/);
    expect(menu().hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());
    expect(status().textContent).toBe('Saving “Story.html”');

    act(() => toggle().click());
    // Opening the menu again clears the last status, which sits where the menu opens.
    expect(status().textContent).toBe('');
    await act(async () => items()[2]!.click());
    expect(status().textContent).toBe('Copied as Markdown');
  });

  it('says so when saving or copying fails', async () => {
    onAction.mockRejectedValue(new Error('no'));
    act(() => toggle().click());
    await act(async () => items()[0]!.click());
    expect(status().textContent).toBe('The article could not be saved.');
    act(() => toggle().click());
    await act(async () => items()[2]!.click());
    expect(status().textContent).toBe('The browser did not let the article be copied.');
  });
});
