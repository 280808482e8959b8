import type { ClutterRule } from './rule';

// The page's header and footer landmarks: masthead, copyright, addresses, "About Us / LETTER" links.
// Safe: only banner/contentinfo landmarks, i.e. <header>/<footer> that are not inside an <article> or
// <main> / <section> (there they hold a story's own title or notes), and role=banner/contentinfo.
const SECTIONING = 'article, main, section, [role="main"], [role="article"]';

export const siteChrome: ClutterRule = {
  name: 'site-chrome',
  test: (el) => {
    const role = el.getAttribute('role');
    if (role === 'banner' || role === 'contentinfo') return true;
    if (el.localName !== 'header' && el.localName !== 'footer') return false;
    return el.parentElement?.closest(SECTIONING) == null;
  },
};
