import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { ReaderSettings } from '../utils/settings';
import { ChoiceControls, FontSizeControl } from './SettingsControls';

interface ToolbarProps {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

/**
 * Wide windows show every control in one row. Narrow ones (phones, split screens) keep an icon row —
 * font size, a "display settings" toggle, close — and fold the selects into a panel below it.
 */
export function Toolbar({ settings, onChange, onClose }: ToolbarProps) {
  const [expanded, setExpanded] = useState(false);
  return (
    <div class={`toolbar${expanded ? ' expanded' : ''}`} role="toolbar" aria-label={t('toolbarLabel')}>
      {/* Filled by the adjustments script (the "Removed" button and panel) once the reader is open; Preact
          leaves it empty. Its place is held from the first frame (reader.css), so nothing moves when it fills. */}
      <span class="adjust-slot" />
      {/* The after-paint features' buttons (utils/page/after-paint/toolbar-slot.ts): Listen, Contents, Save. */}
      <span class="feature-slot" />
      <FontSizeControl settings={settings} onChange={onChange} />
      <button
        type="button"
        class="icon-button more-toggle"
        aria-label={t('moreSettings')}
        title={t('moreSettings')}
        aria-expanded={expanded}
        aria-controls="lectern-choices"
        onClick={() => setExpanded((open) => !open)}
      >
        <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" stroke-width="1.6" fill="none" />
          <circle cx="5" cy="4" r="1.6" fill="currentColor" />
          <circle cx="11" cy="8" r="1.6" fill="currentColor" />
          <circle cx="7" cy="12" r="1.6" fill="currentColor" />
        </svg>
      </button>
      <div class="choices" id="lectern-choices">
        <ChoiceControls settings={settings} onChange={onChange} />
      </div>
      <button
        type="button"
        class="icon-button close"
        aria-label={t('closeReader')}
        title={t('closeReader')}
        onClick={onClose}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="1.8" />
        </svg>
      </button>
    </div>
  );
}
