export function NoArticleNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div class="notice" role="status">
      <span>{message}</span>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
