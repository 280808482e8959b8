import type { ClutterRule } from './rule';
import { textLengthAtMost } from '../extract/text';

// Forum signatures: the lines a member's every post ends with (XenForo's .message-signature, phpBB's and
// vBulletin's .signature): quotes, links to their builds, "Sent from my phone". Read in a thread, the same lines
// repeat under every post of that member. Safe: only blocks named for it and short (a post is never named so).
// Not a bare "sig": Sphinx names every API signature so (dt.sig.sig-object: "class SessionMiddleware"), and the
// rule took them from Django's reference pages.
const SIGNATURE_NAME = /(?<![a-z])(signature|signaturecontainer|post-?signature)(?![a-z])/;
const MAX_SIGNATURE = 500;

export const signatures: ClutterRule = {
  name: 'signatures',
  test: (el, name) => SIGNATURE_NAME.test(name) && textLengthAtMost(el, MAX_SIGNATURE),
};
