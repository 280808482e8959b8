import { bestMatch, fingerprintOf, previewOf } from './fingerprint';
import type { Removal } from './record';
import type { SiteRulesClient } from '../page/site-rules-remote';
import { articleUnits, restoreBlock, takeOut } from './restore';
import type { SiteRule } from './rules';

/** The panel's group for blocks the user removed with "Remove this". */
export const BY_YOU = 'you';

export interface PanelItem {
  id: string;
  /** A clutter rule's name, "readability", or BY_YOU. */
  group: string;
  preview: string;
  /** True while the block is out of the article. */
  removed: boolean;
}

interface Taken {
  block: Element;
  preview: string;
  rule: SiteRule;
  putBack: (() => void) | null;
}

function keepRule(removal: Removal): SiteRule {
  return { kind: 'keep', rule: removal.rule, ...removal.fingerprint };
}

/**
 * One open reader's adjustments: which removed blocks are back, which blocks the user took out, and the
 * site rules behind each (the one that was applied, so undoing it deletes exactly that rule).
 */
export class AdjustSession {
  private readonly restored = new Map<number, { wrapper: HTMLElement; rule: SiteRule }>();
  private readonly taken: Taken[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly body: HTMLElement,
    readonly removals: Removal[],
    private readonly client: SiteRulesClient,
  ) {}

  /** The site's stored choices, applied as the reader opens: what "keep" names goes back, what "remove" names goes. */
  apply(rules: SiteRule[]): void {
    for (const rule of rules.filter((r) => r.kind === 'keep')) {
      const open = this.removals.filter((r) => !this.restored.has(r.id));
      const removal = bestMatch(rule, open, (r) => r.fingerprint);
      if (removal) this.restored.set(removal.id, { wrapper: restoreBlock(this.body, removal), rule });
    }
    for (const rule of rules.filter((r) => r.kind === 'remove')) {
      const blocks = articleUnits(this.body).map((block) => ({
        block,
        print: fingerprintOf(block, this.body),
      }));
      const found = bestMatch(rule, blocks, (b) => b.print)?.block;
      if (found) this.taken.push({ block: found, preview: previewOf(found), rule, putBack: takeOut(found) });
    }
    this.changed();
  }

  items(): PanelItem[] {
    const automatic = this.removals.map((removal) => ({
      id: `r${removal.id}`,
      group: removal.rule,
      preview: removal.preview,
      removed: !this.restored.has(removal.id),
    }));
    const mine = this.taken.map((taken, i) => ({
      id: `u${i}`,
      group: BY_YOU,
      preview: taken.preview,
      removed: taken.putBack !== null,
    }));
    return [...automatic, ...mine];
  }

  /** The panel's one action: a removed block goes back, a restored one goes out again; both are remembered. */
  toggle(id: string): void {
    const index = Number(id.slice(1));
    if (id.startsWith('u')) this.toggleTaken(index);
    else this.toggleRemoval(index);
    this.changed();
  }

  /** "Remove this": the block leaves the article and the site remembers it. */
  remove(block: Element): void {
    const rule: SiteRule = { kind: 'remove', ...fingerprintOf(block, this.body) };
    this.taken.push({ block, preview: previewOf(block), rule, putBack: takeOut(block) });
    this.remember('add', rule);
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private toggleRemoval(index: number): void {
    const removal = this.removals[index];
    if (!removal) return;
    const restored = this.restored.get(removal.id);
    if (restored) {
      restored.wrapper.remove();
      this.restored.delete(removal.id);
      this.remember('delete', restored.rule);
      return;
    }
    const rule = keepRule(removal);
    this.restored.set(removal.id, { wrapper: restoreBlock(this.body, removal), rule });
    this.remember('add', rule);
  }

  private toggleTaken(index: number): void {
    const taken = this.taken[index];
    if (!taken) return;
    if (taken.putBack) {
      taken.putBack();
      taken.putBack = null;
      this.remember('delete', taken.rule);
    } else {
      taken.putBack = takeOut(taken.block);
      this.remember('add', taken.rule);
    }
  }

  // A failed write leaves the choice applied in this reader, just not remembered: nothing to undo here.
  private remember(op: 'add' | 'delete', rule: SiteRule): void {
    void this.client[op](rule).catch(() => undefined);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
