import { attributeOf, tagOf, type ClutterRule } from './rule';
import { linkDensity } from '../extract/text';

// Site navigation: <nav>, role=navigation, breadcrumbs, menus and skip links ("Sign In Home News
// Sports ..." on Hearst papers). Safe: navigation is links by nature; named menus must also be mostly
// link text so a "menu" in a recipe's prose survives.
const NAV_NAME =
  /(?<![a-z])(breadcrumbs?|skip-?link|skip-?to|main-?menu|site-?menu|menu-?bar|nav-?bar|navbar|navigation|site-?nav|global-?nav|gnb|lnb|mega-?menu|subnav|sub-?menu)(?![a-z])/;
const MIN_LINK_DENSITY = 0.6;

export const navigation: ClutterRule = {
  name: 'navigation',
  test: (el, name) => {
    const role = attributeOf(el, 'role');
    if (tagOf(el) === 'nav' || role === 'navigation' || role === 'menubar' || role === 'menu') return true;
    return NAV_NAME.test(name) && linkDensity(el) >= MIN_LINK_DENSITY;
  },
};
