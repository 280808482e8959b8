// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RemovedPanel } from './RemovedPanel';
import type { Removal } from '../utils/adjustments/record';
import { AdjustSession } from '../utils/adjustments/session';
import { installFakeI18n } from '../tests/helpers/fake-i18n';

function removal(id: number, rule: string, preview: string): Removal {
  return {
    id,
    rule,
    preview,
    fingerprint: { text: preview, path: [] },
    order: id,
    before: null,
    after: null,
    html: () => `<p>${preview}</p>`,
  };
}

let container: HTMLElement;
let session: AdjustSession;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  const body = document.createElement('div');
  body.append(Object.assign(document.createElement('p'), { textContent: 'Paragraph one.' }));
  container = document.createElement('div');
  document.body.replaceChildren(body, container);
  const client = { get: vi.fn(), add: vi.fn(async () => undefined), delete: vi.fn(async () => undefined) };
  session = new AdjustSession(
    body,
    [
      removal(0, 'navigation', 'Home World'),
      removal(1, 'readability', 'Readers also liked'),
      removal(2, 'navigation', 'Sitemap'),
    ],
    client,
  );
  act(() => render(<RemovedPanel session={session} dropped={2} />, container));
});

afterEach(() => {
  act(() => render(null, container));
});

const toggle = () => container.querySelector<HTMLButtonElement>('.removed-toggle')!;
const panel = () => container.querySelector<HTMLElement>('.removed-panel')!;

describe('RemovedPanel', () => {
  it('shows the count on its toolbar button and opens a panel grouped by rule', () => {
    expect(toggle().textContent).toBe('Removed (3)');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hidden).toBe(true);
    act(() => toggle().click());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(panel().hidden).toBe(false);
    expect(Array.from(panel().querySelectorAll('h2'), (h) => h.textContent)).toEqual([
      'Rule: navigation (2)',
      'Left out by the article finder (1)',
    ]);
    expect(panel().querySelector('.removed-dropped')?.textContent).toBe(
      '2 saved site adjustments were not valid and were ignored.',
    );
  });

  it('puts a block back with one click, and names each button by its block', () => {
    act(() => toggle().click());
    const button = panel().querySelector<HTMLButtonElement>('button[aria-label="Put back: Sitemap"]')!;
    expect(button.textContent).toBe('Put back');
    act(() => button.click());
    expect(toggle().textContent).toBe('Removed (2)');
    expect(panel().querySelector('button[aria-label="Remove again: Sitemap"]')).not.toBeNull();
  });

  it('closes on Esc without closing the reader', () => {
    const outside = vi.fn();
    container.addEventListener('keydown', outside);
    act(() => toggle().click());
    act(() => {
      panel().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(panel().hidden).toBe(true);
    expect(outside).not.toHaveBeenCalled();
  });
});
