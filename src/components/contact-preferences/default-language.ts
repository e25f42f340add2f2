import { COMMON_LANGUAGES } from '../../core/i18n/language-names.js';

/** The language list entry for the viewer's UI locale, the natural first guess. */
export function languageForLocale(locale: string): string | undefined {
  if (COMMON_LANGUAGES.includes(locale)) return locale;
  const base = locale.split('-')[0] ?? '';
  return COMMON_LANGUAGES.includes(base) ? base : undefined;
}
