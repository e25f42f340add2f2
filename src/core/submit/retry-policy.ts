/** First backoff ceiling: the first retry comes within 2 s. */
export const BASE_DELAY_MS = 2_000;
/** Backoff never waits longer than 10 minutes between tries. */
export const MAX_DELAY_MS = 10 * 60_000;
/** An entry older than this leaves the outbox with `family-error` kind `expired` (CONTRACT.md §2, §7). */
export const MAX_AGE_MS = 7 * 24 * 60 * 60_000;
/** Tries in a row without any answer, while online, before `family-error` kind `network`. */
export const UNANSWERED_LIMIT = 3;
/**
 * A page load or the `online` event retries at once, but never the same entry
 * twice within this gap (five elements on one page are one trigger, not five).
 */
export const MIN_GAP_MS = 2_000;

/** The backoff ceiling after `attempts` failed tries: base · 2^(attempts−1), capped. */
export function backoffCeiling(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(exponent, 30));
}

/**
 * Full jitter (a uniform delay between 0 and the ceiling), so that many
 * devices coming back online together do not all hit the endpoint at once.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  return Math.floor(random() * backoffCeiling(attempts));
}

/**
 * When the next try may happen: after the jittered backoff and never before
 * the server's `Retry-After`.
 */
export function nextAttemptTime(
  now: number,
  attempts: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  return now + Math.max(backoffDelay(attempts, random), retryAfterMs ?? 0);
}

/** Whether an entry made at `createdAt` is past its 7 days. */
export function isExpired(createdAt: number, now: number = Date.now()): boolean {
  return now - createdAt >= MAX_AGE_MS;
}
