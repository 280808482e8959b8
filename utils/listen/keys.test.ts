import { describe, expect, it } from 'vitest';
import { listenKeyAction } from './keys';

function press(key: string, init: KeyboardEventInit = {}, target: Element = document.body): KeyboardEvent {
  let seen: KeyboardEvent | undefined;
  const listener = (event: Event) => (seen = event as KeyboardEvent);
  document.addEventListener('keydown', listener);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
  document.removeEventListener('keydown', listener);
  return seen!;
}

describe('Listen keys', () => {
  it('maps the documented keys', () => {
    expect(listenKeyAction(press('l'))).toBe('toggle');
    expect(listenKeyAction(press('L'))).toBe('toggle');
    expect(listenKeyAction(press(','))).toBe('previousSentence');
    expect(listenKeyAction(press('.'))).toBe('nextSentence');
    expect(listenKeyAction(press('['))).toBe('previousParagraph');
    expect(listenKeyAction(press(']'))).toBe('nextParagraph');
    expect(listenKeyAction(press('<'))).toBe('slower');
    expect(listenKeyAction(press('>'))).toBe('faster');
  });

  it("leaves the reader's, the browser's and the screen reader's keys alone", () => {
    for (const key of ['+', '-', '=', '_', 'Escape', 'Tab', ' ', 'ArrowUp', 'ArrowDown', 'Delete', 'k'])
      expect(listenKeyAction(press(key))).toBeNull();
    expect(listenKeyAction(press('l', { ctrlKey: true }))).toBeNull();
    expect(listenKeyAction(press('.', { altKey: true }))).toBeNull();
    expect(listenKeyAction(press(',', { metaKey: true }))).toBeNull();
  });

  it('does nothing while typing in a field', () => {
    const select = document.createElement('select');
    const input = document.createElement('input');
    document.body.append(select, input);
    expect(listenKeyAction(press('l', {}, select))).toBeNull();
    expect(listenKeyAction(press('.', {}, input))).toBeNull();
    select.remove();
    input.remove();
  });
});
