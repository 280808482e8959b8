import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  isHostname,
  sameRule,
  validateRule,
  validateSites,
  type SiteRule,
  type SiteRules,
} from '../adjustments/rules';
import { isSiteRulesRequest, type SiteRulesAnswer, type SiteRulesRequest } from '../contract';

// The one site-rules item, in local storage (sync storage allows 8 kB an item; text fingerprints need
// more). The background and the options page use it directly; the adjustments script in a page asks the
// background (utils/page/site-rules-remote.ts), like the settings. Defined on first use: the service worker does nothing at start-up.
const SITE_RULES_KEY = 'siteAdjustments';
let item: ReturnType<typeof defineSitesItem> | undefined;

function defineSitesItem() {
  return storage.defineItem<SiteRules>(`local:${SITE_RULES_KEY}`, { fallback: {}, version: 1 });
}

function sitesItem() {
  item ??= defineSitesItem();
  return item;
}

/** The stored rules, validated: whatever is not valid is left out and counted, never used. */
export async function loadSites(): Promise<{ sites: SiteRules; dropped: number }> {
  return validateSites(await sitesItem().getValue());
}

let writes: Promise<unknown> = Promise.resolve();

/** One write at a time: two tabs adding rules at once must not lose one. */
function change(edit: (sites: SiteRules) => SiteRules): Promise<SiteRules> {
  const run = async () => {
    const next = edit((await loadSites()).sites);
    await sitesItem().setValue(next);
    return next;
  };
  const next = writes.then(run, run);
  writes = next.catch(() => undefined);
  return next;
}

export function addRule(host: string, rule: SiteRule): Promise<SiteRules> {
  return change((sites) => {
    const rules = (sites[host] ?? []).filter((other) => !sameRule(other, rule));
    return validateSites({ ...sites, [host]: [...rules, rule] }).sites;
  });
}

export function deleteRule(host: string, rule: SiteRule): Promise<SiteRules> {
  return change((sites) => {
    const rest = { ...sites, [host]: (sites[host] ?? []).filter((other) => !sameRule(other, rule)) };
    return validateSites(rest).sites;
  });
}

export function deleteSite(host: string): Promise<SiteRules> {
  return change((sites) => Object.fromEntries(Object.entries(sites).filter(([name]) => name !== host)));
}

/** What "Export" saves: the rules under a name that says what the file is. */
const EXPORT_FORMAT = 'lectern-site-adjustments';

export function exportSites(sites: SiteRules): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, sites }, null, 2)}\n`;
}

/**
 * Merges a file's rules into the stored ones; says how many were added and how many were not valid. The
 * file is data only: parsed as JSON and validated rule by rule like the stored rules.
 */
export async function importSites(json: string): Promise<{ added: number; dropped: number }> {
  const parsed = JSON.parse(json) as { format?: unknown; sites?: unknown } | null;
  const incoming = validateSites(parsed?.format === EXPORT_FORMAT ? parsed.sites : parsed);
  let added = 0;
  await change((sites) => {
    const merged: SiteRules = { ...sites };
    for (const [host, rules] of Object.entries(incoming.sites)) {
      const fresh = rules.filter((rule) => !(merged[host] ?? []).some((other) => sameRule(other, rule)));
      added += fresh.length;
      merged[host] = [...(merged[host] ?? []), ...fresh];
    }
    return validateSites(merged).sites;
  });
  return { added, dropped: incoming.dropped };
}

export function watchSites(onChange: () => void): () => void {
  return sitesItem().watch(onChange);
}

/** The site a message comes from: the sender's own address, never a name the message claims. */
export function senderHost(url: string | undefined): string | null {
  try {
    const host = new URL(url ?? '').hostname;
    return isHostname(host) ? host : null;
  } catch {
    return null;
  }
}

export async function answerSiteRulesRequest(
  request: SiteRulesRequest,
  host: string,
): Promise<SiteRulesAnswer> {
  const rule = request.op === 'get' ? null : validateRule(request.rule);
  if (rule) await (request.op === 'add' ? addRule(host, rule) : deleteRule(host, rule));
  const { sites, dropped } = await loadSites();
  return { rules: sites[host] ?? [], dropped };
}

/** Background side of utils/page/site-rules-remote.ts (sendResponse: Chromium's onMessage does not take a returned promise). */
export function serveSiteRulesRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isSiteRulesRequest(message)) return undefined;
    const host = senderHost(sender.url);
    if (!host) return undefined;
    void answerSiteRulesRequest(message, host).then(sendResponse, () => sendResponse(null));
    return true;
  });
}
