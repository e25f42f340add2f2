import { dirOf, matchLocale } from '../../core/i18n/locales.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { resolveText, textLanguages, type ResolvedText } from '../../core/i18n/resolve-text.js';
import type { Tip } from './tip.schema.js';

/** Every text of a tip, in reading order (for the languages it offers). */
function texts(tip: Tip): (LocalizedText | undefined)[] {
  return [
    tip.title,
    tip.subject,
    tip.about,
    ...(tip.steps ?? []),
    ...(tip.prompts ?? []),
    ...(tip.materials ?? []),
    ...(tip.links ?? []).map((l) => l.label),
    ...(tip.glossary ?? []).flatMap((g) => [g.term, g.meaning]),
  ];
}

/** The languages a tip is written in, in the order they first appear. */
export function tipLanguages(tip: Tip): string[] {
  const seen = new Map<string, string>();
  for (const text of texts(tip)) {
    for (const lang of textLanguages(text)) {
      const key = lang.toLowerCase();
      if (!seen.has(key)) seen.set(key, lang);
    }
  }
  return [...seen.values()];
}

/** The language of `languages` a reader of `locale` sees by default (same fallback as resolveText). */
export function defaultLanguage(languages: readonly string[], locale: string): string | undefined {
  return (
    languages.find((l) => l.toLowerCase() === locale.toLowerCase()) ??
    languages.find((l) => matchLocale(l) === locale) ??
    languages.find((l) => l.toLowerCase() === 'en') ??
    languages[0]
  );
}

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

