import { allLocales, sourceLocale } from '../../locales/locale-codes.js';

export type SupportedLocale = (typeof allLocales)[number];
export { allLocales, sourceLocale };

const RTL_LANGUAGES = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'ckb', 'yi']);

function language(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Script of a Chinese tag: `zh-TW`, `zh-HK` and `zh-Hant` are Traditional, the rest Simplified. */
function chineseScript(tag: string): 'Hans' | 'Hant' {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-')).maximize().script === 'Hant' ? 'Hant' : 'Hans';
  } catch {
    return 'Hans';
  }
}

/**
 * The supported locale a BCP 47 tag falls back to within its script
 * (`es-MX` → `es`, `zh-TW` → `zh-Hant`, `pt-BR` → `pt`), or undefined.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale | undefined {
  if (!tag) return undefined;
  const trimmed = tag.trim();
  const exact = allLocales.find((l) => l.toLowerCase() === trimmed.toLowerCase());
  if (exact) return exact;
  const lang = language(trimmed);
  if (lang === 'zh') return `zh-${chineseScript(trimmed)}` as SupportedLocale;
  return allLocales.find((l) => l.toLowerCase() === lang);
}

export interface LocaleSources {
  /** The family's remembered choice. */
  saved?: string | null;
  /** `lang` of the first element or its nearest ancestor. */
  pageLang?: string | null;
  /** `navigator.languages`. */
  browser?: readonly string[];
}

/** CONTRACT.md §4: saved choice, else the page's `lang`, else the browser's languages, else `en`. */
export function resolveLocale({ saved, pageLang, browser = [] }: LocaleSources): SupportedLocale {
  return (
    matchLocale(saved) ??
    matchLocale(pageLang) ??
    browser.map((b) => matchLocale(b)).find((l) => l !== undefined) ??
    (sourceLocale as SupportedLocale)
  );
}

export function isRtl(tag: string): boolean {
  return RTL_LANGUAGES.has(language(tag));
}

export function dirOf(tag: string): 'rtl' | 'ltr' {
  return isRtl(tag) ? 'rtl' : 'ltr';
}
