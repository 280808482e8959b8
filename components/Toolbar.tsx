import type { ReaderSettings } from '../utils/settings';
import { MAX_FONT_SIZE, MIN_FONT_SIZE, stepFontSize } from '../utils/settings';

interface ToolbarProps {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
}

export function Toolbar({ settings, onChange, onClose }: ToolbarProps) {
  const size = settings.fontSize;
  return (
    <div class="toolbar" role="toolbar" aria-label="Reader settings">
      <button
        type="button"
        aria-label="Decrease font size"
        title="Decrease font size (-)"
        disabled={size <= MIN_FONT_SIZE}
        onClick={() => onChange({ fontSize: stepFontSize(size, -1) })}
      >
        A−
      </button>
      <output class="font-size" aria-live="polite" aria-label="Font size">
        {size}px
      </output>
      <button
        type="button"
        aria-label="Increase font size"
        title="Increase font size (+)"
        disabled={size >= MAX_FONT_SIZE}
        onClick={() => onChange({ fontSize: stepFontSize(size, 1) })}
      >
        A+
      </button>
      <button
        type="button"
        class="close"
        aria-label="Close reader"
        title="Close reader (Esc)"
        onClick={onClose}
      >
        ✕
      </button>
    </div>
  );
}
