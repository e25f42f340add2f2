import type { LocalizedText } from './localized-text.js';
import { dirOf, matchLocale } from './locales.js';

export interface ResolvedText {
  text: string;
  /** Set only when the text is in another language than the active one. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * Picks `locale` from a locale map, falling back to `en`, then to the first
 * entry (CONTRACT.md §3). Reports the language it fell back to, so the text
 * can carry `lang`/`dir` and be pronounced right by screen readers.
 */
export function resolveText(text: LocalizedText | undefined, locale: string): ResolvedText {
  if (text === undefined) return { text: '' };
  if (typeof text === 'string') return { text };
  const keys = Object.keys(text);
  const key =
    keys.find((k) => k.toLowerCase() === locale.toLowerCase()) ??
    keys.find((k) => matchLocale(k) === locale) ??
    keys.find((k) => k.toLowerCase() === 'en') ??
    keys[0];
  if (key === undefined) return { text: '' };
  const value = text[key] ?? '';
  return matchLocale(key) === locale ? { text: value } : { text: value, lang: key, dir: dirOf(key) };
}

/** Every language a locale map offers (for a content language switch). */
export function textLanguages(text: LocalizedText | undefined): string[] {
  return text && typeof text === 'object' ? Object.keys(text) : [];
}
