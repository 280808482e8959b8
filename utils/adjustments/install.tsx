import { render } from 'preact';
import adjustCss from '../../components/adjust.css?inline';
import { RemovedPanel } from '../../components/RemovedPanel';
import { afterNextFrame } from '../page/after-next-frame';
import { registerAfterPaintFeature } from '../page/after-paint/register';
import { collapseWhitespace } from '../extract/text';
import { recordRemovals } from './record';
import { remoteSiteRules, type SiteRulesClient } from '../page/site-rules-remote';
import { offerRemoval } from './remove-this';
import { AdjustSession } from './session';

/**
 * Takes over a freshly filled article body: records what the extraction removed, applies the site's
 * stored choices, fills the toolbar's slot with the "Removed" button and panel, and offers "Remove this".
 */
export async function attachAdjustments(
  body: HTMLElement,
  client: SiteRulesClient = remoteSiteRules,
): Promise<void> {
  const root = body.getRootNode() as ParentNode;
  const slot = root.querySelector('.adjust-slot');
  if (!slot) return;
  const stored = client.get().catch(() => ({ rules: [], dropped: 0 }));
  // Once this script is loaded, every later open of the reader calls in here while it renders. The replay is
  // a second extraction over the whole page, so it waits for the frame that shows the article; the site's
  // rules take a round trip to the background anyway.
  await afterNextFrame();
  if (!body.isConnected) return;
  const shown = collapseWhitespace((body.closest('.page') ?? body).textContent);
  const removals = recordRemovals(document, location.href, shown);
  const { rules, dropped } = await stored;
  if (!body.isConnected) return;
  const session = new AdjustSession(body, removals, client);
  session.apply(rules);
  const style = document.createElement('style');
  style.textContent = adjustCss;
  const mount = document.createElement('span');
  mount.className = 'adjust-mount';
  slot.replaceChildren(style, mount);
  render(<RemovedPanel session={session} dropped={dropped} />, mount);
  offerRemoval(session);
}

/** The adjustments script's entry: hooks into the reader, and into the one already open. */
export function installAdjustments(): void {
  registerAfterPaintFeature('adjust', {
    attach: (body) => void attachAdjustments(body).catch(() => undefined),
  });
}
