import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { READABILITY } from '../utils/adjustments/record';
import { BY_YOU, type AdjustSession, type PanelItem } from '../utils/adjustments/session';

const PANEL_ID = 'lectern-removed';

function groupName(group: string): string {
  if (group === BY_YOU) return t('removedByYou');
  if (group === READABILITY) return t('removedByReadability');
  return t('removedByRule', group);
}

function useItems(session: AdjustSession): PanelItem[] {
  const [items, setItems] = useState(() => session.items());
  useEffect(() => session.subscribe(() => setItems(session.items())), [session]);
  return items;
}

function groupsOf(items: PanelItem[]): [string, PanelItem[]][] {
  const groups = new Map<string, PanelItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return [...groups];
}

/**
 * The toolbar's "Removed (n)" button and its panel: everything the extraction or the user took out of the
 * article, grouped by who took it, each with one button that puts it back (or takes it out again).
 */
export function RemovedPanel({ session, dropped }: { session: AdjustSession; dropped: number }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const items = useItems(session);
  const count = items.filter((item) => item.removed).length;
  // Esc closes the panel first, not the whole reader.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <>
      <button
        type="button"
        class="removed-toggle"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen((was) => !was)}
      >
        {t('removedCount', String(count))}
      </button>
      <div
        id={PANEL_ID}
        class="removed-panel"
        role="region"
        aria-label={t('removedPanel')}
        hidden={!open}
        onKeyDown={onKeyDown}
      >
        <p class="removed-hint">{t('removedHint')}</p>
        {dropped > 0 ? (
          <p class="removed-dropped" role="status">
            {t('siteRulesDropped', String(dropped))}
          </p>
        ) : null}
        {items.length === 0 ? <p>{t('removedNone')}</p> : null}
        {groupsOf(items).map(([group, list]) => (
          <section key={group} class="removed-group">
            <h2>{t('removedGroup', [groupName(group), String(list.length)])}</h2>
            <ul>
              {list.map((item) => (
                <li key={item.id} class={item.removed ? 'is-removed' : 'is-back'}>
                  <span class="removed-preview">{item.preview}</span>
                  <button
                    type="button"
                    aria-label={t(item.removed ? 'putBackItem' : 'removeAgainItem', item.preview)}
                    onClick={() => session.toggle(item.id)}
                  >
                    {t(item.removed ? 'putBack' : 'removeAgain')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
