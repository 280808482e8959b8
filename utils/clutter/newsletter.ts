import { tagOf, type ClutterRule } from './rule';
import { textLengthAtMost } from '../extract/text';

// Newsletter and subscribe boxes and "cta" (call-to-action) sign-up boxes ("Get the day's top stories in your inbox", e-mail sign-up forms).
// Safe: only blocks named for newsletters/sign-ups or holding an e-mail field, and only short ones
// (a real article about newsletters is long and vetoed by the guard as well).
const NEWSLETTER =
  /(?<![a-z])(newsletter|subscribe|subscription|signup|sign-up|optin|opt-in|mailing-?list|mc4wp|cta(?![a-z]))/;
const MAX_TEXT = 600;

export const newsletter: ClutterRule = {
  name: 'newsletter',
  test: (el, name) => {
    const candidate =
      tagOf(el) === 'form' ? el.querySelector('input[type="email"]') !== null : NEWSLETTER.test(name);
    return candidate && textLengthAtMost(el, MAX_TEXT);
  },
};
