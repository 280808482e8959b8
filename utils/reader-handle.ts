import type { ToggleOutcome } from './reader-session';

/** Where an injected reader leaves its toggle, so a second press reuses it instead of injecting again. */
export const READER_HANDLE_KEY = '__lecternReader';

/** The overlay's host element, a child of <html>. */
export const READER_HOST_TAG = 'lectern-reader';

export interface ReaderHandle {
  toggle(): Promise<ToggleOutcome>;
  /** False once the extension was reloaded or updated: that reader's APIs are gone. */
  isAlive(): boolean;
}
