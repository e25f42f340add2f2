import { languageName } from '../../core/i18n/language-name.js';
import { AUTONYMS, COMMON_LANGUAGES } from '../../core/i18n/language-names.js';

/** Case- and accent-insensitive form for matching ("espanol" finds "Español"). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * A language's name in itself: the list's own autonym, else its name in the
 * library's language names asked in that language ("Deutsch", "español de México").
 */
export function ownName(code: string): string {
  return AUTONYMS[code] ?? languageName(code, code);
}

/**
 * The languages offered: the common ones, after a saved language the list does
 * not have (`saved`, from prefill). It stays on offer after the family chooses
 * another, so they can go back to it.
 */
function offered(saved: string): readonly string[] {
  return saved && saved !== 'other' && !COMMON_LANGUAGES.includes(saved) ? [saved, ...COMMON_LANGUAGES] : COMMON_LANGUAGES;
}

/**
 * The languages a family can pick, those matching `query` (by their own name,
 * their name in the viewer's language, their English name or their code).
 * `keep` (the family's current choice) always stays in the list, so filtering
 * never hides what is selected; `saved` is a saved language the list may not have.
 */
export function matchingLanguages(query: string, locale: string, keep?: string, saved = ''): string[] {
  const q = fold(query.trim());
  if (!q) return [...offered(saved)];
  return offered(saved).filter(
    (code) =>
      code === keep ||
      [ownName(code), languageName(code, locale), languageName(code, 'en'), code].some((name) => fold(name).includes(q)),
  );
}
