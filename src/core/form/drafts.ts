import { STORAGE_PREFIX } from '../local-data.js';

/** Every draft key starts with this; `clearLocalData()` removes them with the rest of `family-elements:`. */
export const DRAFT_PREFIX = `${STORAGE_PREFIX}draft:`;

/** Drafts hold family data on a possibly shared device: kept 30 days at most (CONTRACT.md §3, §7). */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

interface DraftEntry {
  savedAt: string;
  value: unknown;
}

/**
 * The localStorage key of one form's draft, e.g. from `[formId, endpoint,
 * surveyId]`. Each part is URI-encoded, so an endpoint's `:` cannot make two
 * forms share a key.
 */
export function draftKey(parts: string[]): string {
  return DRAFT_PREFIX + parts.map((part) => encodeURIComponent(part)).join(':');
}

function read(key: string, now: number): DraftEntry | undefined {
  const raw = localStorage.getItem(key);
  if (raw === null) return undefined;
  let entry: unknown;
  try {
    entry = JSON.parse(raw);
  } catch {
    entry = undefined;
  }
  const savedAt = entry && typeof entry === 'object' ? Date.parse(String((entry as DraftEntry).savedAt)) : NaN;
  if (Number.isNaN(savedAt) || now - savedAt > DRAFT_MAX_AGE_MS || !('value' in (entry as object))) {
    // Expired or unreadable: it goes, so family data does not linger.
    localStorage.removeItem(key);
    return undefined;
  }
  return entry as DraftEntry;
}

/**
 * Keeps `value` (JSON) as the draft under `key`, stamped with `savedAt`.
 * Returns false when the browser refuses (storage full or blocked): the
 * answers are still on screen, nothing throws.
 */
export function saveDraft(key: string, value: unknown, now: number = Date.now()): boolean {
  const entry: DraftEntry = { savedAt: new Date(now).toISOString(), value };
  try {
    const json = JSON.stringify(entry);
    pruneDrafts(now);
    localStorage.setItem(key, json);
    return true;
  } catch {
    return false;
  }
}

/** The draft under `key`, unless there is none, it is unreadable or older than 30 days (then it is removed). */
export function loadDraft<T>(key: string, now: number = Date.now()): T | undefined {
  try {
    return read(key, now)?.value as T | undefined;
  } catch {
    return undefined; // storage blocked
  }
}

/**
 * Removes the draft under `key` (after a success, or when the family clears it).
 * It lives with the runtime, so the outbox can remove a draft once its answers
 * arrive without bringing this module into the submission pipeline's chunk.
 */
export { forgetStored as clearDraft } from '../local-data.js';

/** Removes every expired draft on this origin, not only the one a form reads. */
export function pruneDrafts(now: number = Date.now()): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(DRAFT_PREFIX)) read(key, now);
    }
  } catch {
    // storage blocked
  }
}
