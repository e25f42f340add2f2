import { msg } from '@lit/localize';
import { ContentFetchError, fetchJsonSource, notJson, type JsonSource } from '../../core/content-source.js';
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
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  const abort = () => timer.abort(signal.reason);
  signal.addEventListener('abort', abort);
  let source: JsonSource;
  try {
    source = await fetchJsonSource(src, { signal: timer.signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const url = new URL(src, document.baseURI).href;
    if (timer.signal.aborted) throw new DefinitionFetchError(url, 'timeout');
    if (!(error instanceof ContentFetchError)) throw error;
    throw new DefinitionFetchError(url, error.status ? 'status' : 'unreachable', error.status);
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener('abort', abort);
  }
  if (!source.ok) {
    return { ok: false, unknownKeys: [], problems: [{ path: msg('(the file)', { id: 'content.the-file' }), problem: `${source.url} ${notJson()}` }] };
  }
  return { data: source.data };
}
