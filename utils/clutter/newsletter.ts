import { nameOf, type ClutterRule } from './rule';
import { textLength } from '../extract/text';

// Newsletter and subscribe boxes ("Get the day's top stories in your inbox", e-mail sign-up forms).
// Safe: only blocks named for newsletters/sign-ups or holding an e-mail field, and only short ones
// (a real article about newsletters is long and vetoed by the guard as well).
const NEWSLETTER =
  /(?<![a-z])(newsletter|subscribe|subscription|signup|sign-up|optin|opt-in|mailing-?list|mc4wp)/;
const MAX_TEXT = 600;

export const newsletter: ClutterRule = {
  name: 'newsletter',
  selector:
    '[class*="newsletter" i], [id*="newsletter" i], [class*="subscri" i], [id*="subscri" i], ' +
    '[class*="signup" i], [class*="sign-up" i], [id*="signup" i], [class*="optin" i], [class*="mc4wp" i], form',
  matches: (el) => {
    if (textLength(el) > MAX_TEXT) return false;
    if (el.localName === 'form') return el.querySelector('input[type="email"]') !== null;
    return NEWSLETTER.test(nameOf(el));
  },
};
