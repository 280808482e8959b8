import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installAdjustments } from '../utils/adjustments/install';

// Injected by the background into the reader's isolated world once the reader is open (utils/background/toggle.ts):
// the "Removed" panel, "Remove this" and site rules, kept out of the reader's size budget.
export default defineUnlistedScript(() => installAdjustments());
