import { dirOf, matchLocale } from '../../core/i18n/locales.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { resolveText, type ResolvedText } from '../../core/i18n/resolve-text.js';

/**
 * Resolves content text in the card's own content language, marking it with
 * `lang`/`dir` whenever it is not in the page's UI language: either it fell
 * back, or the family switched the card to another language.
 */
export function resolveContent(
  value: LocalizedText | undefined,
  contentLanguage: string,
  uiLocale: string,
): ResolvedText {
  const r = resolveText(value, contentLanguage);
  if (value === undefined || typeof value === 'string') return r;
  const lang = r.lang ?? contentLanguage;
  const sameAsUi = lang.toLowerCase() === uiLocale.toLowerCase() || matchLocale(lang) === uiLocale;
  return sameAsUi ? { text: r.text } : { text: r.text, lang, dir: dirOf(lang) };
}

