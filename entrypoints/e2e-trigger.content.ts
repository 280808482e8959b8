import { defineContentScript } from 'wxt/utils/define-content-script';
import { forwardE2eToggles } from '../utils/page/e2e-trigger';

// TEST-ONLY: wxt.config.ts drops this entrypoint from every build except `--mode e2e`.
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  main() {
    forwardE2eToggles(document);
  },
});
