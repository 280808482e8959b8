// Extractor HTML → text for the metric: the same block-separated text the CLI prints, so words of adjacent
// paragraphs never glue into one token.
import { blockText } from '../../utils/extract/block-text';

export function htmlToText(html: string, parser: DOMParser): string {
  return blockText(parser.parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html').body);
}
