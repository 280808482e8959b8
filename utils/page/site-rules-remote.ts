import { browser } from 'wxt/browser';
import { validateSites, type SiteRule } from '../adjustments/rules';
import type { SiteRulesAnswer, SiteRulesRequest } from '../contract';

/** This site's rules as the page's adjustments script sees them: every read and write goes to the background. */
export interface SiteRulesClient {
  get(): Promise<SiteRulesAnswer>;
  add(rule: SiteRule): Promise<unknown>;
  delete(rule: SiteRule): Promise<unknown>;
}

async function ask(op: SiteRulesRequest['op'], rule?: SiteRule): Promise<SiteRulesAnswer> {
  const request: SiteRulesRequest = { type: 'lectern:sites', op, rule };
  const answer = (await browser.runtime.sendMessage(request)) as Partial<SiteRulesAnswer> | null;
  // Checked again on this side: the answer is used only through the same validation as storage.
  const { sites, dropped } = validateSites({ site: answer?.rules ?? [] });
  return { rules: sites.site ?? [], dropped: dropped + (Number(answer?.dropped) || 0) };
}

export const remoteSiteRules: SiteRulesClient = {
  get: () => ask('get'),
  add: (rule) => ask('add', rule),
  delete: (rule) => ask('delete', rule),
};
