import { MAX_PATH, MAX_TEXT, PATH_SEGMENT, type Fingerprint } from './fingerprint';
import { collapseWhitespace } from '../extract/text';

// Site rules are data the user made by clicking — and data that an imported file, a sync glitch or another
// extension's bug could have bent. Everything read from storage or a file goes through validateSites:
// unknown fields are dropped, every string is checked against a narrow pattern, and a rule that fails is
// dropped and counted (the options page and the panel say how many). Nothing here is ever executed,
// parsed as HTML or used as a selector: fingerprints are compared as strings (fingerprint.ts).

/** `keep`: put back a block the extraction removed. `remove`: take a block out of the article. */
export type SiteRuleKind = 'keep' | 'remove';

export interface SiteRule extends Fingerprint {
  kind: SiteRuleKind;
  /** For `keep`: the clutter rule (or "readability") that had removed the block, shown in the options. */
  rule?: string;
}

/** Hostname → its rules. */
export type SiteRules = Record<string, SiteRule[]>;

export const MAX_RULES_PER_SITE = 200;
export const MAX_SITES = 2000;
const RULE_NAME = /^[a-z][a-z-]{0,39}$/;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]{2,45}\\])$`);

export function isHostname(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && HOSTNAME.test(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A valid copy of `raw`, or null when any part of it is wrong. */
export function validateRule(raw: unknown): SiteRule | null {
  if (!isObject(raw)) return null;
  const { kind, text, path, rule } = raw;
  if (kind !== 'keep' && kind !== 'remove') return null;
  if (typeof text !== 'string' || text.length > MAX_TEXT || collapseWhitespace(text) !== text) return null;
  if (!Array.isArray(path) || path.length > MAX_PATH) return null;
  if (!path.every((part) => typeof part === 'string' && PATH_SEGMENT.test(part))) return null;
  if (!text && path.length === 0) return null;
  if (rule !== undefined && (kind !== 'keep' || typeof rule !== 'string' || !RULE_NAME.test(rule)))
    return null;
  const valid: SiteRule = { kind, text, path: [...(path as string[])] };
  if (typeof rule === 'string') valid.rule = rule;
  return valid;
}

export function sameRule(a: SiteRule, b: SiteRule): boolean {
  return a.kind === b.kind && a.text === b.text && a.path.join(' ') === b.path.join(' ');
}

export interface ValidatedSites {
  sites: SiteRules;
  /** Rules (and whole sites) that were not valid and were left out. */
  dropped: number;
}

/** The valid part of stored or imported site rules; duplicates and anything past the limits are dropped. */
export function validateSites(raw: unknown): ValidatedSites {
  const sites: SiteRules = {};
  let dropped = 0;
  if (!isObject(raw)) return { sites, dropped: raw === undefined || raw === null ? 0 : 1 };
  for (const [host, list] of Object.entries(raw)) {
    if (!isHostname(host) || !Array.isArray(list) || Object.keys(sites).length >= MAX_SITES) {
      dropped += Array.isArray(list) ? Math.max(1, list.length) : 1;
      continue;
    }
    const rules: SiteRule[] = [];
    for (const item of list) {
      const rule = validateRule(item);
      if (rule && rules.length < MAX_RULES_PER_SITE && !rules.some((other) => sameRule(other, rule))) {
        rules.push(rule);
      } else dropped++;
    }
    if (rules.length) sites[host] = rules;
  }
  return { sites, dropped };
}
