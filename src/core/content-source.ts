/**
 * Reading an element's content file (an event, a tip, saved preferences, a
 * course feed) from its `src`: one place for what every element did alike —
 * resolve against the page, ask for JSON, tell "no answer" and an HTTP error
 * (the element's own error) apart from an answer that is not JSON (a content
 * problem the element reports like any invalid file).
 */

/** Why a content file could not be fetched: an HTTP status, or no answer (`status` undefined). */
export class ContentFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status?: number,
  ) {
    super(status ? `HTTP ${status} from ${url}` : `no answer from ${url}`);
    this.name = 'ContentFetchError';
  }
}

/** The file's JSON, or `ok: false` when it answered with something that is not JSON. */
export type JsonSource = { ok: true; url: string; status: number; data: unknown } | { ok: false; url: string; status: number };

export interface JsonSourceOptions<E extends Error> {
  signal?: AbortSignal;
  /** The element's own error for no answer or a non-2xx status (default `ContentFetchError`). */
  fetchError?: (url: string, status?: number) => E;
  /** A portal's saved data sits behind its login: `same-origin`. Default: fetch's own. */
  credentials?: RequestCredentials;
}

/**
 * Fetches `src` (relative to the page) as JSON. Rejects with `fetchError` when
 * nothing answered or the status is not 2xx, and with the abort reason when
 * `signal` aborted (a newer `src` replaced this one).
 */
export async function fetchJsonSource<E extends Error = ContentFetchError>(
  src: string,
  { signal, fetchError, credentials }: JsonSourceOptions<E> = {},
): Promise<JsonSource> {
  const url = new URL(src, document.baseURI).href;
  const fail = (status?: number): Error => (fetchError ? fetchError(url, status) : new ContentFetchError(url, status));
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, ...(credentials ? { credentials } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw fail();
  }
  if (!response.ok) throw fail(response.status);
  try {
    return { ok: true, url, status: response.status, data: await response.json() };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, url, status: response.status };
  }
}
