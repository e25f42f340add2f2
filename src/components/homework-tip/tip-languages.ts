import { matchLocale } from '../../core/i18n/locales.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { textLanguages } from '../../core/i18n/resolve-text.js';
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
