/**
 * User-timing marks on the page's performance timeline (shared by every world): the press of Listen (at the
 * click's own time stamp), the first sentence handed to the engine, and the engine's start event for it. `npm run
 * bench:listen` reads them; DevTools' Performance panel shows them too.
 */
export const PRESSED_MARK = 'lectern:listen-pressed';
export const STARTED_MARK = 'lectern:listen-start';
/** The first sentence after the press handed to the engine: splits the wait into ours and the engine's. */
export const SPOKEN_MARK = 'lectern:listen-spoken';
