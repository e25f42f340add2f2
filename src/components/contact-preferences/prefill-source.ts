export class PrefillFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status?: number,
    /** It answered, but not with JSON. */
    readonly notJson = false,
  ) {
    super(`${url}${status ? ` (HTTP ${status})` : ''}${notJson ? ' (not JSON)' : ''}`);
  }
}

/** Fetches saved preferences (read with `readPrefill`, loaded lazily); rejects with `PrefillFetchError` when `src` cannot be read as JSON. */
export async function fetchPrefill(src: string, signal: AbortSignal): Promise<unknown> {
  const url = new URL(src, document.baseURI).href;
  let response: Response;
  try {
    // Credentials as for a same-origin page: a portal's saved preferences sit behind its login.
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PrefillFetchError(url);
  }
  if (!response.ok) throw new PrefillFetchError(url, response.status);
  try {
    return await response.json();
  } catch {
    throw new PrefillFetchError(url, response.status, true);
  }
}
