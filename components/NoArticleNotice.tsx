import { t } from '../utils/i18n';
import { onReaderKey } from './reader-keys';

export function NoArticleNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div class="notice" role="status" onKeyDown={(event) => onReaderKey(event, { close: onDismiss })}>
      <span>{message}</span>
      <button type="button" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="2" />
        </svg>
      </button>
    </div>
  );
}
