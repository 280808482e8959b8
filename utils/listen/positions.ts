/**
 * Where listening stopped, per article, kept in memory in the reader's isolated world (the listen script stays
 * in the page between opens of the reader, and nothing is written anywhere): reopening the reader on the
 * same article offers to continue from there. Gone with the page.
 */
export interface SavedPosition {
  /** Child indexes from the reader's article element to the unit's first node. */
  path: number[];
  /** The unit's first characters, to check the path still leads to the same paragraph. */
  prefix: string;
  /** Offset of the sentence in the unit's text. */
  offset: number;
}

const MAX_ARTICLES = 20;
export const PREFIX_CHARS = 48;

/** The same article: the same address (without its fragment) and the same title. */
export function articleKey(url: string, title: string): string {
  return `${url.split('#')[0]}\n${title}`;
}

export class PositionMemory {
  private readonly saved = new Map<string, SavedPosition>();

  get(key: string): SavedPosition | undefined {
    return this.saved.get(key);
  }

  set(key: string, position: SavedPosition): void {
    this.saved.delete(key);
    this.saved.set(key, position);
    // The oldest article goes first once more than a handful are remembered.
    while (this.saved.size > MAX_ARTICLES) this.saved.delete(this.saved.keys().next().value!);
  }

  delete(key: string): void {
    this.saved.delete(key);
  }
}
