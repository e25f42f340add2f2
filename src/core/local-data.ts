import { forgetLocale } from './i18n/localization.js';
import { loadPipeline } from './submit/load-pipeline.js';

/** Prefix of every localStorage key the library writes (drafts, the remembered language). */
export const STORAGE_PREFIX = 'family-elements:';

/** Removes one key the library keeps in localStorage (a draft, once its answers were sent or cleared). */
export function forgetStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage blocked: nothing was kept
  }
}

/**
 * Removes everything the library keeps on this device: drafts, the remembered
 * language and the outbox (CONTRACT.md §7).
 */
export async function clearLocalData(): Promise<void> {
  forgetLocale();
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // storage blocked: nothing was kept
  }
  try {
    // The outbox comes with the lazily loaded submission pipeline (the same one the elements use).
    await (await loadPipeline()).getOutbox().clear();
  } catch {
    // IndexedDB unavailable: no outbox was ever kept
  }
}
