import { languageName } from '../../core/i18n/language-name.js';
import { autonym, COMMON_LANGUAGES } from '../../core/i18n/language-names.js';

/** Case- and accent-insensitive form for matching ("espanol" finds "Español"). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The languages a family can pick, those matching `query` (by their own name,
 * their name in the viewer's language, their English name or their code).
 * `keep` (the family's current choice) always stays in the list, so filtering
 * never hides what is selected.
 */
export function matchingLanguages(query: string, locale: string, keep?: string): string[] {
  const q = fold(query.trim());
  if (!q) return [...COMMON_LANGUAGES];
  return COMMON_LANGUAGES.filter(
    (code) =>
      code === keep ||
      [autonym(code), languageName(code, locale), languageName(code, 'en'), code].some((name) =>
        fold(name).includes(q),
      ),
  );
}
