import { attributeOf, tagOf, type ClutterRule } from './rule';

// The page's header and footer landmarks: masthead, copyright, addresses, "About Us / LETTER" links.
// Safe: only banner/contentinfo landmarks, i.e. <header>/<footer> that are not inside an <article> or
// <main> / <section> (there they hold a story's own title or notes), and role=banner/contentinfo.
const SECTIONING = 'article, main, section, [role="main"], [role="article"]';

export const siteChrome: ClutterRule = {
  name: 'site-chrome',
  test: (el) => {
    const role = attributeOf(el, 'role');
    if (role === 'banner' || role === 'contentinfo') return true;
    if (tagOf(el) !== 'header' && tagOf(el) !== 'footer') return false;
    return el.parentElement?.closest(SECTIONING) == null;
  },
};
