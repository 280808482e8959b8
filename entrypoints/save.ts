import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installSave } from '../utils/save/install';

// Injected by the background into the reader's isolated world once the reader is open (utils/background/toggle.ts): the
// toolbar's Save button and menu. The converters come later, on first use (entrypoints/save-export.ts).
export default defineUnlistedScript(() => installSave());
