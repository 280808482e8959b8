import type { ClutterRule } from './rule';
import { textLengthAtMost, textOf } from '../extract/text';

// The site's own reading settings: font-size pickers ("ⓕ font-size -2 -1 0 +1 +2"), print / text-size
// toolbars. The reader has its own settings, so these are pure noise. Safe: short blocks only, named
// for font/text size or print tools, or whose text is just the size labels.
// WordPress's block editor names a paragraph's preset size "has-small-font-size": a paragraph, not a picker
// (midwestlifeandstyle.com's step captions went).
const SETTINGS_NAME =
  /(?<![a-z])(?<!has-(?:[a-z0-9]+-)*)(font-?size|fontsize|text-?size|textsize|font-?resize|font-?control|zoom-?text|site-?setting|view-?setting|article-?tools|print-?tools)/;
const SIZE_LABELS =
  /^(settings\s*)?(ⓕ\s*)?(font[ -]?size|text[ -]?size|a\s*a\s*a|[-+]?\d(\s+[-+]?\d)+|\s)+$/i;
const SETTINGS_HINT = /font|size|setting|tool|zoom/;
const MAX_TEXT = 120;

export const settingsWidgets: ClutterRule = {
  name: 'settings-widgets',
  test: (el, name) => {
    if (!SETTINGS_NAME.test(name) && !SETTINGS_HINT.test(name)) return false;
    if (!textLengthAtMost(el, MAX_TEXT)) return false;
    return SETTINGS_NAME.test(name) || SIZE_LABELS.test(textOf(el).trim());
  },
};
