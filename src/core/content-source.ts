/**
 * Reading an element's content file (an event, a tip, saved preferences, a
 * course feed) from its `src`: one place for what every element did alike —
 * resolve against the page, ask for JSON, tell "no answer" and an HTTP error
 * (the element's own error) apart from an answer that is not JSON (a content
 * problem the element reports like any invalid file).
 */
import { msg } from '@lit/localize';

/** The problem of a content file (or inline script) that is not JSON, for the webmaster. */
export const notJson = () => msg('is not valid JSON', { id: 'content.not-json' });

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

export interface JsonSourceOptions {
  signal?: AbortSignal;
  /** A portal's saved data sits behind its login: `same-origin`. Default: fetch's own. */
  credentials?: RequestCredentials;
}

/**
 * Fetches `src` (relative to the page) as JSON. Rejects with `ContentFetchError`
 * when nothing answered or the status is not 2xx, and with the abort reason when
 * `signal` aborted (a newer `src` replaced this one).
 */
export async function fetchJsonSource(src: string, { signal, credentials }: JsonSourceOptions = {}): Promise<JsonSource> {
  const url = new URL(src, document.baseURI).href;
  const fail = (status?: number): Error => new ContentFetchError(url, status);
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

/** One problem of a content file, for the webmaster: where (its JSON path) and what. */
export interface ContentProblem {
  path: string;
  problem: string;
}

/** Why an element cannot show its content: the file is invalid, or it could not be fetched. */
export type ContentFailure = { kind: 'definition'; problems: ContentProblem[] } | { kind: 'network'; url: string; status?: number };

/** A failure in one line, for `family-error` and the console: each problem at its path, or the address and status. */
export function failureDetails(failure: ContentFailure): string {
  return failure.kind === 'definition'
    ? failure.problems.map((p) => `${p.path}: ${p.problem}`).join('; ')
    : `${failure.url}${failure.status ? ` (HTTP ${failure.status})` : ''}`;
}

/**
 * Fetches `src` and checks its JSON with `check` (the element's lazily loaded
 * checks): the checked content, or why it cannot be shown — no answer or an
 * HTTP error (`network`), or a file that is not JSON or not valid
 * (`definition`). Rejects only with the abort reason, when `signal` aborted.
 */
export async function readContentSource<Content extends object>(
  src: string,
  signal: AbortSignal,
  check: (data: unknown) => Promise<Content | { problems: ContentProblem[] }>,
): Promise<{ content: Content } | { failure: ContentFailure }> {
  let source: JsonSource;
  try {
    source = await fetchJsonSource(src, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const fetchError = error instanceof ContentFetchError ? error : undefined;
    return { failure: { kind: 'network', url: fetchError?.url ?? src, status: fetchError?.status } };
  }
  if (!source.ok) {
    return { failure: { kind: 'definition', problems: [{ path: msg('(the file)', { id: 'content.the-file' }), problem: notJson() }] } };
  }
  const result = await check(source.data);
  return 'problems' in result ? { failure: { kind: 'definition', problems: result.problems } } : { content: result };
}
