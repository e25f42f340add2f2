import { isPrimaryCopy } from './copy.js';
import { getLocale, setLocale } from './i18n/localization.js';
import { clearLocalData } from './local-data.js';
import { version } from './version.js';

export interface FamilyElementsApi {
  readonly version: string;
  /** The page's active UI locale. */
  getLocale(): string;
  /** Switches every element to `locale` and remembers the choice. */
  setLocale(locale: string): Promise<void>;
  /** Removes drafts, the outbox and the remembered language from this device. */
  clearLocalData(): Promise<void>;
}

/** The page-level API, also available as `window.FamilyElements` (CONTRACT.md §1). */
export const FamilyElements: FamilyElementsApi = Object.freeze({
  version,
  getLocale,
  setLocale: (locale: string) => setLocale(locale),
  clearLocalData,
});

declare global {
  interface Window {
    FamilyElements?: FamilyElementsApi;
  }
}

/** Installs `window.FamilyElements` unless another copy of the library got there first. */
export function installGlobal(): void {
  if (isPrimaryCopy() && !window.FamilyElements) window.FamilyElements = FamilyElements;
}
