import { describe, expect, it } from 'vitest';
import {
  chooseVoice,
  languageName,
  menuVoices,
  MENU_VOICES,
  primaryLanguage,
  voiceLanguages,
  voicesFor,
  type VoiceLike,
} from './voices';

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  default: false,
  localService: true,
  ...extra,
});

// Shaped like speech-dispatcher's espeak-ng list: the engine's "default" is the first voice, Afrikaans.
const ESPEAK = [
  voice('Afrikaans espeak-ng', 'af', { default: true }),
  voice('English (Great Britain) espeak-ng', 'en-GB'),
  voice('English (America)+Adam espeak-ng', 'en-US'),
  voice('English (America) espeak-ng', 'en-US'),
  voice('Konkani espeak-ng', 'kok'),
  voice('Korean+Adam espeak-ng', 'ko'),
  voice('Korean espeak-ng', 'ko'),
];

describe('voices', () => {
  it('reads the primary language of a tag', () => {
    expect(primaryLanguage('ko-KR')).toBe('ko');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage('')).toBe('');
    expect(primaryLanguage(null)).toBe('');
  });

  it("lists the language's voices best first: exact region, then plain voices before variants", () => {
    expect(voicesFor(ESPEAK, 'ko').map((v) => v.name)).toEqual(['Korean espeak-ng', 'Korean+Adam espeak-ng']);
    expect(voicesFor(ESPEAK, 'en-GB').map((v) => v.name)[0]).toBe('English (Great Britain) espeak-ng');
    expect(voicesFor(ESPEAK, 'en').map((v) => v.name)[0]).toBe('English (Great Britain) espeak-ng');
    expect(voicesFor(ESPEAK, 'en', ['en-US']).map((v) => v.name)[0]).toBe('English (America) espeak-ng');
    // "kok" (Konkani) is not Korean.
    expect(voicesFor(ESPEAK, 'ko').some((v) => v.lang === 'kok')).toBe(false);
    expect(voicesFor(ESPEAK, 'fr')).toEqual([]);
  });

  it("uses the saved voice for its own language only, else the best one for the article's", () => {
    expect(chooseVoice(ESPEAK, '', 'ko')?.name).toBe('Korean espeak-ng');
    expect(chooseVoice(ESPEAK, 'Korean+Adam espeak-ng', 'ko-KR')?.name).toBe('Korean+Adam espeak-ng');
    expect(chooseVoice(ESPEAK, 'English (America) espeak-ng', 'ko')?.name).toBe('Korean espeak-ng');
    expect(chooseVoice(ESPEAK, 'Gone voice', 'en-US')?.name).toBe('English (America) espeak-ng');
    expect(chooseVoice(ESPEAK, '', 'fr')).toBeNull();
    expect(chooseVoice([], 'Korean espeak-ng', 'ko')).toBeNull();
  });

  it('names languages in the user language', () => {
    expect(languageName('ko', 'en')).toBe('Korean');
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
    expect(voiceLanguages(ESPEAK, 'en').map((l) => l.tag)).toEqual(['af', 'en', 'kok', 'ko']);
  });

  it("keeps the reader's menu short, with the saved voice always in it", () => {
    const many = Array.from({ length: 100 }, (_, i) => voice(`Korean+V${i} espeak-ng`, 'ko'));
    const ranked = voicesFor([voice('Korean espeak-ng', 'ko'), ...many], 'ko');
    expect(menuVoices(ranked, '')).toHaveLength(MENU_VOICES);
    expect(menuVoices(ranked, '')[0]!.name).toBe('Korean espeak-ng');
    const withSaved = menuVoices(ranked, 'Korean+V99 espeak-ng');
    expect(withSaved).toHaveLength(MENU_VOICES + 1);
    expect(withSaved.at(-1)!.name).toBe('Korean+V99 espeak-ng');
    expect(menuVoices(ranked, 'Korean+V3 espeak-ng')).toHaveLength(MENU_VOICES);
  });

  it('puts voices on this machine before online ones, whatever their region', () => {
    const voices = [
      voice('Google US English', 'en-US', { localService: false, default: true }),
      voice('Local British', 'en-GB'),
    ];
    expect(voicesFor(voices, 'en-US').map((v) => v.name)).toEqual(['Local British', 'Google US English']);
    expect(chooseVoice(voices, '', 'en-US')?.name).toBe('Local British');
    expect(chooseVoice(voices, 'Google US English', 'en-US')?.name).toBe('Google US English');
  });
});
