import { msg, str } from '@lit/localize';
import { ContentFetchError, fetchJsonSource, type JsonSource } from '../../core/content-source.js';

/*
 * Fetching the feed, apart from checking it (feed.ts): the catalog fetches its
 * `src` from its own file, while the checks come with its course list.
 */

/** A feed that could not be used at all; `kind` is the `family-error` kind. */
export class FeedError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'definition',
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Loads `src` and returns its JSON (for `parseFeed`); a fetch failure, an HTTP error or a body that is not JSON throws a `FeedError`. */
export async function fetchFeed(src: string, signal?: AbortSignal): Promise<unknown> {
  let source: JsonSource;
  try {
    source = await fetchJsonSource(src, { signal });
  } catch (error) {
    if (signal?.aborted || !(error instanceof ContentFetchError)) throw error;
    const { status } = error;
    throw new FeedError(
      status
        ? msg(str`The course list could not be loaded from ${src} (HTTP ${status}).`, { id: 'catalog.feed.http' })
        : msg(str`The course list could not be loaded from ${src}.`, { id: 'catalog.feed.unreachable' }),
      'network',
    );
  }
  if (!source.ok) {
    throw new FeedError(msg(str`The course list at ${src} is not valid JSON.`, { id: 'catalog.feed.json' }), 'definition');
  }
  return source.data;
}
