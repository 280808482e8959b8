/**
 * What the voice says for a sentence of the article. The highlight still covers the text as written; only the
 * words sent to the engine change: an address is read as its site name ("example.com"), since engines spell
 * every slash and letter of a long link, and a row of the same emoji is named once.
 */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’()]+/giu;
const REPEATED_EMOJI = /(\p{Extended_Pictographic}(?:\uFE0F)?)(?:\s*\1)+/gu;
const SPEAKABLE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

function hostOf(address: string): string {
  const trimmed = address.replace(/[.,;:!?]+$/u, '');
  try {
    const url = new URL(/^www\./i.test(trimmed) ? `http://${trimmed}` : trimmed);
    return url.hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

/** The words to send to the engine for `text`, or '' when it holds nothing to say (a rule, a lone dash). */
export function spokenText(text: string): string {
  const words = text
    .replace(URL_PATTERN, (address) => {
      const trailing = /[.,;:!?]+$/u.exec(address)?.[0] ?? '';
      return hostOf(address) + trailing;
    })
    .replace(REPEATED_EMOJI, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
  return SPEAKABLE.test(words) ? words : '';
}
