import type { ComponentChildren, HTMLAttributes, Ref } from 'preact';
import { uiDirection } from '../utils/i18n';
import type { ReaderSettings } from '../utils/settings';
import { readerStyle, resolveTheme } from './themes';
import { useSystemDark } from './useSystemDark';

type FrameProps = Omit<HTMLAttributes<HTMLDivElement>, 'style'> & {
  ref?: Ref<HTMLDivElement>;
  settings: ReaderSettings;
  children: ComponentChildren;
};

/** The themed reader root: the overlay and the options preview both set their styles through it. */
export function ReaderFrame({ settings, children, class: extraClass, ...rest }: FrameProps) {
  const theme = resolveTheme(settings.theme, useSystemDark());
  return (
    <div
      {...rest}
      class={`reader${extraClass ? ` ${String(extraClass)}` : ''}`}
      // `all: initial` on the host leaves `direction` alone (CSS excludes it), so an RTL page would
      // mirror our toolbar: the frame takes the UI language's direction instead.
      dir={uiDirection()}
      data-theme={theme}
      data-font={settings.fontFamily}
      style={readerStyle(settings, theme)}
    >
      {children}
    </div>
  );
}
