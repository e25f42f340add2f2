/**
 * Which origins may post, and the CORS headers they get (CONTRACT.md §2):
 * an element on another origin can only read our answer if we echo its
 * origin, and can only send `Idempotency-Key` (or a CSRF header) after a
 * preflight that allows it.
 */

/** Headers every submitting element may send. */
const BASE_ALLOWED_HEADERS = ['Content-Type', 'Idempotency-Key'];
/** Preflight answers are cached this long (seconds); browsers cap it lower anyway. */
const MAX_AGE_SECONDS = 600;
/** A header name as HTTP defines it (RFC 9110 token), so echoed names cannot smuggle anything. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * @param {string} origin
 * @returns {string}
 */
function normalizeOrigin(origin) {
  if (origin === '*') return origin;
  try {
    return new URL(origin).origin;
  } catch {
    throw new Error(`allowedOrigins: "${origin}" is not an origin like https://school.example`);
  }
}

/**
 * @param {object} options
 * @param {string[]} options.allowedOrigins origins that may post; '*' echoes any origin (development only)
 * @param {boolean} [options.sendHeaders] false imitates a backend that knows nothing of CORS:
 *   every origin is processed and no Access-Control-* header is ever sent
 */
export function createCorsPolicy({ allowedOrigins, sendHeaders = true }) {
  const origins = new Set(allowedOrigins.map(normalizeOrigin));
  const anyOrigin = origins.has('*');

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {boolean} [openToAll] true for the test routes, which any origin may call
   * @returns {{ origin: string | undefined, allowed: boolean }}
   */
  function check(req, openToAll = false) {
    const origin = req.headers.origin;
    // No Origin: curl, a server-side script, a same-origin GET. Nothing for CORS to protect.
    if (origin === undefined) return { origin, allowed: true };
    if (!sendHeaders || openToAll || anyOrigin || origins.has(origin)) return { origin, allowed: true };
    // Browsers send Origin on same-origin POSTs too (the demo page posting to /api/submissions).
    const host = req.headers.host;
    const sameOrigin = host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
    return { origin, allowed: sameOrigin };
  }

  /**
   * Headers for an actual (non-preflight) response to an allowed request.
   * @param {string | undefined} origin
   * @param {boolean} [force] send them even when this receiver imitates a CORS-less backend
   * @returns {Record<string, string>}
   */
  function responseHeaders(origin, force = false) {
    /** @type {Record<string, string>} */
    const headers = { Vary: 'Origin' };
    if (origin === undefined || (!sendHeaders && !force)) return headers;
    return {
      ...headers,
      'Access-Control-Allow-Origin': origin,
      // The receiver uses no cookies; this only lets elements with credentials="include" read the answer.
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': 'Retry-After',
    };
  }

  /**
   * Headers for a preflight: the methods of the route, our headers plus any
   * the page asked for (a CSRF token header set through `headers`).
   * @param {import('node:http').IncomingMessage} req
   * @param {string} origin
   * @param {string[]} methods
   * @param {boolean} [force]
   * @returns {Record<string, string>}
   */
  function preflightHeaders(req, origin, methods, force = false) {
    if (!sendHeaders && !force) return { Vary: 'Origin' };
    const requested = String(req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter((h) => TOKEN.test(h));
    const seen = new Set(BASE_ALLOWED_HEADERS.map((h) => h.toLowerCase()));
    const extra = requested.filter((h) => !seen.has(h.toLowerCase()) && seen.add(h.toLowerCase()));
    return {
      ...responseHeaders(origin, force),
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      'Access-Control-Allow-Methods': methods.join(', '),
      'Access-Control-Allow-Headers': [...BASE_ALLOWED_HEADERS, ...extra].join(', '),
      'Access-Control-Max-Age': String(MAX_AGE_SECONDS),
    };
  }

  return { check, responseHeaders, preflightHeaders, sendsHeaders: sendHeaders };
}

/** @typedef {ReturnType<typeof createCorsPolicy>} CorsPolicy */
