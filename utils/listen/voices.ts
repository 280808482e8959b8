/**
 * Choosing among the engine's voices. speech-dispatcher with espeak-ng lists thousands (every language, each
 * with a hundred variants named "Korean+Adam"), and its `default` voice is simply the first one, Afrikaans:
 * the article's language decides, never the engine's default alone.
 */

/** The parts of a SpeechSynthesisVoice used here (tests pass plain objects). */
export interface VoiceLike {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

/** "ko" of "ko-KR", lower-case; '' for nothing usable. */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().split(/[-_]/u)[0]!.toLowerCase();
}

const normalized = (lang: string) => lang.trim().replaceAll('_', '-').toLowerCase();

/**
 * The voices for `lang`, best first: voices on this machine before online ones, then the exact tag ("en-GB"
 * for an en-GB article), the regions the user prefers (`preferred`, e.g. navigator.languages), the engine's
 * default, plain voices before variants ("Korean" before "Korean+Adam"), and the engine's own order.
 */
export function voicesFor<V extends VoiceLike>(
  voices: readonly V[],
  lang: string | null | undefined,
  preferred: readonly string[] = [],
): V[] {
  // Asked for every sentence and every render of the player, of the same list: kept per list.
  const key = `${lang ?? ''}|${preferred.join(',')}`;
  let lists = rankedLists.get(voices);
  if (!lists) rankedLists.set(voices, (lists = new Map()));
  const known = lists.get(key) as V[] | undefined;
  if (known) return known;
  const ranked = rank(voices, lang, preferred);
  lists.set(key, ranked);
  return ranked;
}

const rankedLists = new WeakMap<readonly VoiceLike[], Map<string, VoiceLike[]>>();

function rank<V extends VoiceLike>(
  voices: readonly V[],
  lang: string | null | undefined,
  preferred: readonly string[],
): V[] {
  const primary = primaryLanguage(lang);
  if (!primary) return [];
  const exact = normalized(lang ?? '');
  const regions = preferred.map(normalized);
  const score = (voice: V) => {
    const tag = normalized(voice.lang);
    const region = regions.indexOf(tag);
    return [
      // A voice on this machine before an online one (Chrome's "Google …" voices send the text to Google).
      voice.localService ? 0 : 1,
      tag === exact ? 0 : 1,
      region === -1 ? regions.length : region,
      voice.default ? 0 : 1,
      voice.name.includes('+') ? 1 : 0,
    ];
  };
  // Filtered before ranking: espeak-ng lists thousands of voices, a language about a hundred.
  return voices
    .map((voice, order) => ({ voice, order }))
    .filter(({ voice }) => primaryLanguage(voice.lang) === primary)
    .map(({ voice, order }) => ({ voice, order, rank: score(voice) }))
    .sort((a, b) => compareRanks(a.rank, b.rank) || a.order - b.order)
    .map(({ voice }) => voice);
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * The voice to read text in `lang` with. The saved choice wins when it speaks that language (or the text's
 * language is unknown); otherwise the best voice for the language, so a Korean article is never read by
 * the English voice chosen for English ones. Null: no voice for the language (the engine picks by `lang`).
 */
export function chooseVoice<V extends VoiceLike>(
  voices: readonly V[],
  saved: string,
  lang: string | null | undefined,
  preferred: readonly string[] = [],
): V | null {
  const chosen = saved ? voices.find((voice) => voice.name === saved) : undefined;
  if (chosen && (!primaryLanguage(lang) || primaryLanguage(chosen.lang) === primaryLanguage(lang)))
    return chosen;
  return voicesFor(voices, lang, preferred)[0] ?? null;
}

/** How many voices the reader's own voice menu lists (the options page lists them all, by language). */
export const MENU_VOICES = 40;

/**
 * The reader's voice menu: the best voices for the article's language, and the saved one wherever it ranks.
 * espeak-ng offers a hundred variants per language; a menu of hundreds costs the first sentence its start.
 */
export function menuVoices<V extends VoiceLike>(ranked: readonly V[], saved: string): V[] {
  const menu = ranked.slice(0, MENU_VOICES);
  const chosen = saved ? ranked.find((voice) => voice.name === saved) : undefined;
  if (chosen && !menu.includes(chosen)) menu.push(chosen);
  return menu;
}

/** A language's name in the user's language ("Korean", "한국어"), or the tag itself. */
export function languageName(lang: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** The languages the voices speak (primary tags), by their name in the user's language. */
export function voiceLanguages(
  voices: readonly VoiceLike[],
  uiLanguage: string,
): { tag: string; name: string }[] {
  const tags = new Set(voices.map((voice) => primaryLanguage(voice.lang)).filter(Boolean));
  return Array.from(tags, (tag) => ({ tag, name: languageName(tag, uiLanguage) })).sort((a, b) =>
    a.name.localeCompare(b.name, uiLanguage),
  );
}
