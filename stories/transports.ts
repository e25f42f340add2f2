import type { Transport } from '../src/core/submit/request.js';

/**
 * Fixed answers for the `.transport` property, so every submission outcome can
 * be shown without a server: the element sends through the same pipeline and
 * gets exactly this response back.
 */
function answer(status: number, body: unknown): Transport {
  return async () =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    });
}

/** 201 Created: the success screen. */
export const sentTransport = answer(201, { ok: true });

/** 201 with `{ waitlisted: true }`: the waitlist confirmation. */
export const waitlistedTransport = answer(201, { waitlisted: true });

/** 503: kept on this device (the outbox) and retried later. */
export const unavailableTransport = answer(503, { error: 'Service unavailable' });

/** 403: a clear message, answers kept, no retry. */
export const forbiddenTransport = answer(403, undefined);

/** 422 (or 400 / 409) with `{ errors }`: the server's messages at those fields and in the error summary. */
export function fieldErrorsTransport(errors: Record<string, string>, status: 400 | 409 | 422 = 422): Transport {
  return answer(status, { errors });
}
