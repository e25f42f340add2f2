import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

type Options = Parameters<typeof openWcWaitUntil>[2];

/**
 * open-wc's `waitUntil`, with 5 s rather than 1 s before it gives up. What the
 * tests wait for often comes over the network or from a lazily loaded module,
 * and CI runs both browsers at once on a busy machine: one file took over a
 * second there. A wait that cannot succeed still fails, only later; an explicit
 * `timeout` still wins.
 */
export function waitUntil(predicate: Parameters<typeof openWcWaitUntil>[0], message?: string, options: Options = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
