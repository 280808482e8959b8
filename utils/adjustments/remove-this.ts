import { t } from '../i18n';
import { previewOf } from './fingerprint';
import { articleUnits, CONTROL_CLASS } from './restore';
import type { AdjustSession } from './session';

const NEXT_KEYS: Readonly<Record<string, 1 | -1>> = { ArrowDown: 1, ArrowUp: -1 };

/**
 * "Remove this" on the article's blocks. The mouse: hovering a block shows the button at its corner. The
 * keyboard: the article's blocks form one tab stop (a roving tabindex; ArrowUp / ArrowDown move between
 * them), the focused block shows the same button, right after it in tab order, and Delete removes it.
 */
export function offerRemoval(session: AdjustSession): void {
  const { body } = session;
  const button = body.ownerDocument.createElement('button');
  button.type = 'button';
  button.className = `${CONTROL_CLASS} remove-this`;
  button.textContent = t('removeThis');
  button.hidden = true;
  let units: Element[] = [];
  let target: HTMLElement | null = null;

  const refresh = () => {
    units = articleUnits(body);
    let first = true;
    for (const unit of units as HTMLElement[]) {
      // Scrollable blocks (pre, table) keep their own tab stop: keyboard users scroll them sideways.
      if (unit.getAttribute('tabindex') === '0' && unit.dataset.roving !== '1') continue;
      unit.dataset.roving = '1';
      unit.tabIndex = first ? 0 : -1;
      first = false;
    }
  };

  const unitOf = (node: EventTarget | null): HTMLElement | null => {
    for (let el = node instanceof Element ? node : null; el && el !== body; el = el.parentElement) {
      if (units.includes(el)) return el as HTMLElement;
    }
    return null;
  };

  const show = (unit: HTMLElement) => {
    target = unit;
    if (unit.nextElementSibling !== button) unit.after(button);
    button.style.top = `${unit.offsetTop}px`;
    button.setAttribute('aria-label', t('removeThisBlock', previewOf(unit)));
    button.hidden = false;
  };

  const removeTarget = (focusNext: boolean) => {
    if (!target) return;
    const next = units[units.indexOf(target) + 1] ?? units[units.indexOf(target) - 1];
    button.hidden = true;
    session.remove(target);
    target = null;
    if (focusNext && next instanceof HTMLElement) next.focus();
  };

  body.addEventListener('mouseover', (event) => {
    const unit = unitOf(event.target);
    if (unit) show(unit);
  });
  body.addEventListener('focusin', (event) => {
    const unit = unitOf(event.target);
    if (!unit || event.target !== unit) return;
    for (const other of units as HTMLElement[]) if (other.dataset.roving) other.tabIndex = -1;
    unit.tabIndex = 0;
    show(unit);
  });
  body.addEventListener('keydown', (event) => {
    const unit = unitOf(event.target);
    if (!unit || event.target !== unit) return;
    const step = NEXT_KEYS[event.key];
    if (step) {
      const next = units[units.indexOf(unit) + step];
      if (next instanceof HTMLElement) {
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === 'Delete') {
      event.preventDefault();
      removeTarget(true);
    }
  });
  // detail 0: pressed with Enter or Space, so the keyboard user goes on to the next block.
  button.addEventListener('click', (event) => removeTarget(event.detail === 0));
  session.subscribe(refresh);
  refresh();
}
