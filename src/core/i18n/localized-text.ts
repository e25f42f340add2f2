import * as z from 'zod/mini';
import { dirOf, matchLocale } from './locales.js';

/** Text in a definition, event, tip or feed: a string, or a map of locale to string. */
export const localizedText = z.union([
  z.string(),
  z.record(z.string().check(z.regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/)), z.string()),
]);
export type LocalizedText = z.infer<typeof localizedText>;

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
