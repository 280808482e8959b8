import { nameOf, type ClutterRule } from './rule';
import { linkDensity } from '../extract/text';

// Site navigation: <nav>, role=navigation, breadcrumbs, menus and skip links ("Sign In Home News
// Sports ..." on Hearst papers). Safe: navigation is links by nature; named menus must also be mostly
// link text so a "menu" in a recipe's prose survives.
const NAV_NAME =
  /(?<![a-z])(breadcrumbs?|skip-?link|skip-?to|main-?menu|site-?menu|menu-?bar|nav-?bar|navbar|navigation|site-?nav|global-?nav|gnb|lnb|mega-?menu|subnav|sub-?menu)(?![a-z])/;
const MIN_LINK_DENSITY = 0.6;

export const navigation: ClutterRule = {
  name: 'navigation',
  selector:
    'nav, [role="navigation"], [role="menubar"], [role="menu"], [class*="breadcrumb" i], [class*="nav" i], ' +
    '[id*="nav" i], [class*="menu" i], [id*="menu" i], [class*="skip" i], [class*="gnb" i], [class*="lnb" i]',
  matches: (el) => {
    const role = el.getAttribute('role');
    if (el.localName === 'nav' || role === 'navigation' || role === 'menubar' || role === 'menu') return true;
    return NAV_NAME.test(nameOf(el).replace(/_/g, '-')) && linkDensity(el) >= MIN_LINK_DENSITY;
  },
};
