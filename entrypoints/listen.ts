import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installListen } from '../utils/listen/install';

// Injected by the background into the reader's isolated world once the reader is painted (utils/background/toggle.ts):
// Listen reads the article aloud, kept out of the reader's first-paint size budget.
export default defineUnlistedScript(() => installListen());
