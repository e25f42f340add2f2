import type { ParseResult } from './definition.js';

/** Why a definition could not be fetched: an HTTP status, a timeout or no answer. */
export class DefinitionFetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: 'status' | 'timeout' | 'unreachable',
    readonly status?: number,
  ) {
    super(`${reason} ${status ?? ''} ${url}`);
    this.name = 'DefinitionFetchError';
  }
}

/**
 * Fetches a definition's JSON, to be checked with `parseDefinition`
 * (definition.ts, loaded lazily). A network failure, timeout or non-2xx is a
 * DefinitionFetchError; a body that is not JSON is a definition problem.
 */
export async function fetchDefinition(
  src: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<{ data: unknown } | ParseResult> {
  const url = new URL(src, document.baseURI).href;
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  const abort = () => timer.abort();
  signal.addEventListener('abort', abort);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: timer.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DefinitionFetchError(url, timer.signal.aborted ? 'timeout' : 'unreachable');
    }
    if (!response.ok) throw new DefinitionFetchError(url, 'status', response.status);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DefinitionFetchError(url, timer.signal.aborted ? 'timeout' : 'unreachable');
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, unknownKeys: [], problems: [{ path: '(the file)', problem: `${url} is not valid JSON` }] };
    }
    return { data };
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener('abort', abort);
  }
}
