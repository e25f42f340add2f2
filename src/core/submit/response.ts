import { msg } from '@lit/localize';
import { SubmitTimeoutError } from './request.js';

/** Why a submission went to the outbox (`family-queued` detail `reason`). */
export type QueueReason = 'offline' | 'timeout' | `http-${number}`;

/** What one try came to, by the response table of CONTRACT.md §2. */
export type SubmitOutcome =
  | { kind: 'sent'; status: number; body: unknown; waitlisted: boolean }
  | { kind: 'invalid'; status: number; errors: Record<string, string> }
  | { kind: 'rejected'; status: number; message: () => string }
  | { kind: 'retry'; reason: QueueReason; status?: number; retryAfterMs?: number };

/** Maps a field path named by a server to the element's own (e.g. `q1` → `answers.q1`). */
export type PathNormalizer = (path: string) => string;

const RETRYABLE_STATUS = new Set([408, 425, 429]);
const FIELD_ERROR_STATUS = new Set([400, 409, 422]);

/**
 * `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date.
 * Unparseable values give `undefined`; dates in the past give 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined; // "1.5", "-3": neither form
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The family-facing words for a non-retryable HTTP status. */
export function httpErrorMessage(status: number): string {
  if (status === 401 || status === 403)
    return msg('The school’s system did not accept this form from this page (not allowed). Please tell the school.', {
      id: 'submit.http.forbidden',
    });
  if (status === 404 || status === 405 || status === 410)
    return msg('This form is sending to a wrong address, so it could not be sent. Please tell the school.', {
      id: 'submit.http.not-found',
    });
  if (status === 413)
    return msg('Your answers were too large for the school’s system. Please shorten the longest answers and try again.', {
      id: 'submit.http.too-large',
    });
  if (FIELD_ERROR_STATUS.has(status))
    return msg('The school’s system could not accept these answers. Please check them and try again.', {
      id: 'submit.http.rejected',
    });
  return msg('The school’s system refused this form, so it was not sent. Please try again later or tell the school.', {
    id: 'submit.http.other',
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  if (text === '') return '';
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Interprets one answer from the endpoint (CONTRACT.md §2, "Responses"). */
export async function interpretResponse(
  response: Response,
  options: { normalizePath?: PathNormalizer; now?: number } = {},
): Promise<SubmitOutcome> {
  const { status } = response;
  if (status >= 200 && status < 300) {
    const body = await readBody(response);
    const waitlisted = isPlainObject(body) && body['waitlisted'] === true;
    return { kind: 'sent', status, body, waitlisted };
  }
  if (status >= 500 || RETRYABLE_STATUS.has(status)) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), options.now);
    return { kind: 'retry', reason: `http-${status}`, status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (FIELD_ERROR_STATUS.has(status)) {
    const body = await readBody(response);
    const errors = isPlainObject(body) ? body['errors'] : undefined;
    if (isPlainObject(errors)) {
      const normalize = options.normalizePath ?? ((p: string) => p);
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(errors)) {
        if (typeof message === 'string' && message !== '') fields[normalize(path)] = message;
        else if (Array.isArray(message) && typeof message[0] === 'string') fields[normalize(path)] = message[0];
      }
      if (Object.keys(fields).length > 0) return { kind: 'invalid', status, errors: fields };
    }
  }
  return { kind: 'rejected', status, message: () => httpErrorMessage(status) };
}

/**
 * A try that got no answer. A cross-origin endpoint without
 * `Access-Control-Allow-Origin` fails exactly like this too.
 */
export function interpretFailure(error: unknown): SubmitOutcome {
  return { kind: 'retry', reason: error instanceof SubmitTimeoutError ? 'timeout' : 'offline' };
}
