import { browser } from 'wxt/browser';
import { validatePosition, type ReadingPosition } from '../long-read/positions';
import type { PositionAnswer, PositionRequest } from '../contract';

/** The article being read, as the page's script names it to the background. */
export interface ArticleRef {
  /** location.href when the reader opened. */
  url: string;
  canonical: string | null;
}

/** This article's reading position as the page's long-read script sees it: every read and write goes to the background. */
export interface PositionClient {
  get(article: ArticleRef): Promise<PositionAnswer>;
  /** `null` forgets the article's position (the reader was left at the top). */
  put(article: ArticleRef, position: ReadingPosition | null): Promise<PositionAnswer>;
}

const STATUSES: readonly PositionAnswer['status'][] = ['ok', 'off', 'refused', 'unavailable'];

async function ask(request: PositionRequest): Promise<PositionAnswer> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Partial<PositionAnswer> | null;
    const status = STATUSES.includes(answer?.status as PositionAnswer['status'])
      ? (answer!.status as PositionAnswer['status'])
      : 'unavailable';
    // Checked again on this side: the answer is used only through the same validation as storage.
    return { status, position: validatePosition(answer?.position) };
  } catch {
    // No background to answer (the extension went away mid-read): nothing can be remembered.
    return { status: 'unavailable', position: null };
  }
}

export const remotePositions: PositionClient = {
  get: (article) => ask({ type: 'lectern:position', op: 'get', ...article }),
  put: (article, position) =>
    ask(
      position
        ? { type: 'lectern:position', op: 'put', ...article, position }
        : { type: 'lectern:position', op: 'forget', ...article },
    ),
};
