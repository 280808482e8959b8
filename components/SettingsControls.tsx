import { t, type MessageKey } from '../utils/i18n';
import {
  ALIGNMENTS,
  FONT_FAMILIES,
  LINE_HEIGHTS,
  MAX_FONT_SIZE,
  MIN_FONT_SIZE,
  stepFontSize,
  THEMES,
  WIDTHS,
  type ReaderSettings,
} from '../utils/settings';

/** The one set of setting controls: the overlay toolbar and the options page both render these. */
export interface ControlsProps {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
}

export function FontSizeControl({ settings, onChange }: ControlsProps) {
  const size = settings.fontSize;
  return (
    <div class="control font-size-control" role="group" aria-label={t('fontSize')}>
      <span class="control-label" aria-hidden="true">
        {t('fontSize')}
      </span>
      <button
        type="button"
        class="icon-button"
        aria-label={t('decreaseFontSize')}
        title={t('decreaseFontSize')}
        disabled={size <= MIN_FONT_SIZE}
        onClick={() => onChange({ fontSize: stepFontSize(size, -1) })}
      >
        <GlyphA small />
      </button>
      <output class="font-size-value" aria-live="polite">
        {t('fontSizeValue', String(size))}
      </output>
      <button
        type="button"
        class="icon-button"
        aria-label={t('increaseFontSize')}
        title={t('increaseFontSize')}
        disabled={size >= MAX_FONT_SIZE}
        onClick={() => onChange({ fontSize: stepFontSize(size, 1) })}
      >
        <GlyphA />
      </button>
    </div>
  );
}

interface Choice<V> {
  value: V;
  label: string;
}

function ChoiceSelect<K extends keyof ReaderSettings>(props: {
  field: K;
  labelKey: MessageKey;
  choices: readonly Choice<ReaderSettings[K]>[];
  settings: ReaderSettings;
  onChange: ControlsProps['onChange'];
}) {
  const { field, labelKey, choices, settings, onChange } = props;
  const pick = (raw: string) => {
    const choice = choices.find((c) => String(c.value) === raw);
    if (choice) onChange({ [field]: choice.value } as Partial<ReaderSettings>);
  };
  return (
    <label class={`control control-${field}`}>
      <span class="control-label">{t(labelKey)}</span>
      <select
        name={field}
        value={String(settings[field])}
        onChange={(event) => pick((event.currentTarget as HTMLSelectElement).value)}
      >
        {choices.map((choice) => (
          <option key={String(choice.value)} value={String(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const FAMILY_LABELS: Record<(typeof FONT_FAMILIES)[number], MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  mono: 'fontMono',
  system: 'fontSystem',
};
const WIDTH_LABELS: Record<(typeof WIDTHS)[number], MessageKey> = {
  narrow: 'widthNarrow',
  medium: 'widthMedium',
  wide: 'widthWide',
};
const ALIGN_LABELS: Record<(typeof ALIGNMENTS)[number], MessageKey> = {
  start: 'alignStart',
  justify: 'alignJustify',
};
const THEME_LABELS: Record<(typeof THEMES)[number], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};

function labelled<V extends string>(values: readonly V[], labels: Record<V, MessageKey>): Choice<V>[] {
  return values.map((value) => ({ value, label: t(labels[value]) }));
}

/** Font family, line spacing, width, alignment and theme. */
export function ChoiceControls({ settings, onChange }: ControlsProps) {
  const common = { settings, onChange };
  return (
    <>
      <ChoiceSelect
        field="fontFamily"
        labelKey="fontFamily"
        choices={labelled(FONT_FAMILIES, FAMILY_LABELS)}
        {...common}
      />
      <ChoiceSelect
        field="lineHeight"
        labelKey="lineHeight"
        choices={LINE_HEIGHTS.map((value) => ({ value, label: t('lineHeightValue', value.toFixed(1)) }))}
        {...common}
      />
      <ChoiceSelect field="width" labelKey="width" choices={labelled(WIDTHS, WIDTH_LABELS)} {...common} />
      <ChoiceSelect field="align" labelKey="align" choices={labelled(ALIGNMENTS, ALIGN_LABELS)} {...common} />
      <ChoiceSelect field="theme" labelKey="theme" choices={labelled(THEMES, THEME_LABELS)} {...common} />
    </>
  );
}

export function SettingsControls(props: ControlsProps) {
  return (
    <div class="settings-controls">
      <FontSizeControl {...props} />
      <ChoiceControls {...props} />
    </div>
  );
}

/** A letter A drawn as a path: no text node to translate, no icon font to ship. */
function GlyphA({ small = false }: { small?: boolean }) {
  const size = small ? 13 : 19;
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 1.5 2.2 14.5h2.1l1.4-3.3h4.6l1.4 3.3h2.1L8 1.5Zm0 4.3 1.6 3.7H6.4L8 5.8Z"
        fill="currentColor"
      />
    </svg>
  );
}
