import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { isPrimaryCopy } from '../copy.js';
import { matchLocale, resolveLocale, sourceLocale, type SupportedLocale } from './locales.js';
import { targetLocales } from '../../locales/locale-codes.js';

const STORAGE_KEY = 'family-elements:locale';

// Each locale is its own lazily loaded file (dist/locales/<locale>.js).
const loaders: Record<string, () => Promise<LocaleModule>> = {
  es: () => import('../../locales/es.js'),
  ar: () => import('../../locales/ar.js'),
  'zh-Hans': () => import('../../locales/zh-Hans.js'),
  'zh-Hant': () => import('../../locales/zh-Hant.js'),
  vi: () => import('../../locales/vi.js'),
  pt: () => import('../../locales/pt.js'),
  ru: () => import('../../locales/ru.js'),
  ht: () => import('../../locales/ht.js'),
  so: () => import('../../locales/so.js'),
};

const { getLocale: litGetLocale, setLocale: litSetLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale]!(),
});

let resolved: Promise<void> | undefined;

function savedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy mode, sandboxed iframe)
  }
}

/** The active UI locale of every family-elements element on the page. */
export function getLocale(): SupportedLocale {
  return litGetLocale() as SupportedLocale;
}

/**
 * Chooses the page's locale once, when the first element connects (CONTRACT.md §4).
 * Later changes to `<html lang>` (e.g. by a page-translation tool) are deliberately
 * not followed: only the family's own choice switches the language.
 */
export function ensureLocale(firstElement: Element): Promise<void> {
  if (!isPrimaryCopy()) return Promise.resolve();
  resolved ??= (() => {
    const locale = resolveLocale({
      saved: savedLocale(),
      pageLang: firstElement.closest('[lang]')?.getAttribute('lang'),
      browser: navigator.languages ?? [navigator.language],
    });
    return locale === litGetLocale() ? Promise.resolve() : litSetLocale(locale);
  })();
  return resolved;
}

/**
 * Switches every element to `locale`. With `remember` (the family chose it in a
 * picker, or a page called `FamilyElements.setLocale`) the choice is kept in
 * localStorage for the next visit.
 */
export async function setLocale(locale: string, { remember = true } = {}): Promise<void> {
  const match = matchLocale(locale);
  if (!match) throw new RangeError(`family-elements: unsupported locale "${locale}"`);
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, match);
    } catch {
      // not remembered, but still switched
    }
  }
  resolved = Promise.resolve();
  await litSetLocale(match);
}

/** Forgets the family's remembered language (part of `clearLocalData()`). */
export function forgetLocale(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}

export { LOCALE_STATUS_EVENT };
