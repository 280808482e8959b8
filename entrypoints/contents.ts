import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installLongRead } from '../utils/long-read/install';

// Injected by the background into the reader's isolated world once the reader is painted (utils/background/toggle.ts):
// the remembered reading position, time left and the table of contents, kept out of the reader's size budget.
export default defineUnlistedScript(() => installLongRead());
