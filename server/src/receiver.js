import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { BodyTooLargeError, MIN_BODY_BYTES, readBody } from './body.js';
import { createCorsPolicy } from './cors.js';
import { submissionsCsv } from './csv.js';
import { createFaults, NO_FAULT } from './faults.js';
import { serveStatic } from './static-files.js';
import { openStore } from './store.js';
import { validateEnvelope } from './validate.js';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {import('./store.js').StoredRow} StoredRow */

/**
 * @typedef {object} ReceiverOptions
 * @property {string} [dbPath] SQLite file (its folder is created); ':memory:' (the default) keeps nothing
 * @property {string[]} [allowedOrigins] origins whose pages may post; '*' allows any (development only).
 *   Requests without an Origin header and same-origin requests are always allowed.
 * @property {string} [csvToken] bearer token for the CSV and JSON exports; one is generated when missing
 * @property {string} [staticDir] serve this folder (the demo page and dist/) on every other path
 * @property {string} [indexFile] what `/` serves, relative to staticDir (default index.html)
 * @property {boolean} [testFaults] enable the /__faults, /__reset, /__count, /__submissions and /__requests test routes
 * @property {number} [maxBodyBytes] request body cap; default and minimum 1 MiB
 * @property {boolean} [cors] false imitates a backend that sends no CORS headers at all (for tests of that
 *   misconfiguration): every origin is processed, no Access-Control-* header is sent (test routes keep theirs)
 */

/**
 * @typedef {object} LoggedRequest what a test can ask the receiver it received
 * @property {string} method
 * @property {string} url
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {string} body
 * @property {number | 'dropped'} status
 * @property {string} at
 */

const SUBMISSION_METHODS = ['POST', 'PUT'];
const JSON_TYPES = new Set(['application/json']);
const FORM_TYPES = new Set(['application/x-www-form-urlencoded']);
/** Test routes keep the last requests per form, enough for any one test. */
const LOG_LIMIT = 50;

/** @param {ReceiverOptions} [options] */
export function createReceiver(options = {}) {
  const dbPath = options.dbPath ?? ':memory:';
  const csvToken = options.csvToken ?? randomBytes(18).toString('base64url');
  const maxBodyBytes = Math.max(MIN_BODY_BYTES, options.maxBodyBytes ?? MIN_BODY_BYTES);
  const testFaults = options.testFaults === true;
  const staticDir = options.staticDir;
  const indexFile = options.indexFile ?? 'index.html';
  const cors = createCorsPolicy({ allowedOrigins: options.allowedOrigins ?? [], sendHeaders: options.cors !== false });
  const store = openStore(dbPath);
  const faults = createFaults();
  /** @type {Map<string, LoggedRequest[]>} formId ('' when unknown) → recent submission requests */
  const requestLog = new Map();
  const tokenDigest = createHash('sha256').update(csvToken).digest();

  /**
   * @param {Response} res
   * @param {number} status
   * @param {unknown} body
   * @param {Record<string, string>} [headers]
   */
  function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      'Cache-Control': 'no-store',
    });
    res.end(text);
  }

  /**
   * Constant-time token check (Authorization: Bearer …, or ?token= for a spreadsheet's "import from URL").
   * @param {Request} req
   * @param {URL} url
   */
  function authorized(req, url) {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const given = match?.[1]?.trim() ?? url.searchParams.get('token');
    if (!given) return false;
    return timingSafeEqual(createHash('sha256').update(given).digest(), tokenDigest);
  }

  /**
   * @param {string | null} formId
   * @param {LoggedRequest} entry
   */
  function logRequest(formId, entry) {
    if (!testFaults) return;
    const list = requestLog.get(formId ?? '') ?? [];
    list.push(entry);
    if (list.length > LOG_LIMIT) list.shift();
    requestLog.set(formId ?? '', list);
  }

  /**
   * Body → envelope JSON value, or an error to answer with.
   * @param {Request} req
   * @param {Buffer} body
   * @returns {{ value: unknown, json: string } | { status: number, message: string }}
   */
  function parseSubmission(req, body) {
    const mediaType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    let json;
    if (JSON_TYPES.has(mediaType)) {
      json = body.toString('utf8');
    } else if (FORM_TYPES.has(mediaType)) {
      // The `envelope` field holds the whole envelope; the flattened fields beside it are for simpler receivers.
      const field = new URLSearchParams(body.toString('utf8')).get('envelope');
      if (field === null) return { status: 400, message: 'The form body has no "envelope" field' };
      json = field;
    } else {
      return {
        status: 415,
        message: 'Send application/json (the envelope) or application/x-www-form-urlencoded (with an "envelope" field)',
      };
    }
    try {
      return { value: JSON.parse(json), json };
    } catch {
      return { status: 400, message: 'The envelope is not valid JSON' };
    }
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {Record<string, string>} corsHeaders
   */
  async function handleSubmission(req, res, corsHeaders) {
    let body;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      // Connection: close, so Node does not read the rest of a huge upload to reuse the socket.
      sendJson(res, 413, { error: error.message }, { ...corsHeaders, Connection: 'close' });
      return;
    }
    const parsed = parseSubmission(req, body);
    const formId =
      'value' in parsed && typeof parsed.value === 'object' && parsed.value !== null && 'formId' in parsed.value
        ? String(parsed.value.formId)
        : null;
    /** @type {LoggedRequest} */
    const entry = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: { ...req.headers },
      body: body.toString('utf8'),
      status: 0,
      at: new Date().toISOString(),
    };
    logRequest(formId, entry);
    /** @param {number} status @param {unknown} payload @param {Record<string, string>} [headers] */
    const answer = (status, payload, headers = {}) => {
      entry.status = status;
      sendJson(res, status, payload, { ...corsHeaders, ...headers });
    };

    const fault = testFaults ? faults.take(formId) : NO_FAULT;
    if (fault.kind === 'down') {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault.delayMs > 0) {
      await sleep(fault.delayMs);
      // The client gave up (its timeout): like a request that never arrived, nothing is stored.
      if (res.destroyed || req.socket.destroyed) return;
    }
    if (fault.kind === 'status') {
      answer(
        fault.status,
        { error: fault.status === 503 ? 'Service unavailable (test fault)' : 'Too many requests (test fault)' },
        fault.status === 429 ? { 'Retry-After': String(fault.retryAfter ?? 0) } : {},
      );
      return;
    }

    if ('status' in parsed) return answer(parsed.status, { error: parsed.message });
    const result = validateEnvelope(parsed.value);
    if (!result.ok) return answer(422, { errors: result.errors });
    const envelope = result.envelope;
    const header = req.headers['idempotency-key'];
    const key = (Array.isArray(header) ? header[0] : header)?.trim() || envelope.id;
    if (key.length > 255) return answer(400, { error: 'Idempotency-Key is longer than 255 characters' });

    const { created, row } = store.storeOnce(key, envelope, parsed.json);
    if (row.id !== envelope.id) {
      return answer(422, { errors: { id: 'This Idempotency-Key was already used for another submission' } });
    }
    if (fault.kind === 'pass' && fault.dropAfterStore) {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    // A repeat gets the same answer as the first time (200 instead of 201), so a retry after a lost answer succeeds.
    answer(created ? 201 : 200, { id: row.id, receivedAt: row.received_at });
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   * @param {Record<string, string>} corsHeaders
   */
  function handleExport(req, res, url, corsHeaders) {
    if (!authorized(req, url)) {
      sendJson(res, 401, { error: 'A valid token is required (Authorization: Bearer <token>)' }, {
        ...corsHeaders,
        'WWW-Authenticate': 'Bearer realm="family-elements-receiver"',
      });
      return;
    }
    const rows = store.list(url.searchParams.get('formId'));
    if (url.pathname.endsWith('.csv')) {
      const csv = submissionsCsv(rows);
      const name = (url.searchParams.get('formId') ?? 'submissions').replace(/[^\w.-]+/g, '_');
      res.writeHead(200, {
        ...corsHeaders,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
        'Content-Length': String(Buffer.byteLength(csv)),
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : csv);
      return;
    }
    sendJson(res, 200, { submissions: rows.map(publicRow) }, corsHeaders);
  }

  /**
   * @param {Request} req
   * @param {Response} res
   * @param {URL} url
   */
  async function handleTestRoute(req, res, url) {
    const { origin } = cors.check(req, true);
    const corsHeaders = cors.responseHeaders(origin, true);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors.preflightHeaders(req, origin ?? '*', ['GET', 'POST'], true));
      res.end();
      return;
    }
    const formId = url.searchParams.get('formId');
    if (url.pathname === '/__faults' && req.method === 'POST') {
      let spec;
      try {
        spec = JSON.parse((await readBody(req, MIN_BODY_BYTES)).toString('utf8') || '{}');
        return sendJson(res, 200, { faults: faults.set(spec) }, corsHeaders);
      } catch (error) {
        return sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) }, corsHeaders);
      }
    }
    if (url.pathname === '/__reset' && req.method === 'POST') {
      // ?formId= resets one form only: test files running at once share this receiver.
      faults.reset(formId);
      store.clear(formId);
      if (formId) requestLog.delete(formId);
      else requestLog.clear();
      return sendJson(res, 200, { ok: true }, corsHeaders);
    }
    if (url.pathname === '/__count' && req.method === 'GET') {
      const attempts = formId ? (requestLog.get(formId)?.length ?? 0) : [...requestLog.values()].flat().length;
      return sendJson(res, 200, { count: store.count(formId), attempts }, corsHeaders);
    }
    if (url.pathname === '/__submissions' && req.method === 'GET') {
      return sendJson(res, 200, { submissions: store.list(formId).map(publicRow) }, corsHeaders);
    }
    if (url.pathname === '/__requests' && req.method === 'GET') {
      return sendJson(res, 200, { requests: requestLog.get(formId ?? '') ?? [] }, corsHeaders);
    }
    sendJson(res, 404, { error: 'Unknown test route' }, corsHeaders);
  }

  /**
   * @param {Request} req
   * @param {Response} res
   */
  async function route(req, res) {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const path = url.pathname;

    if (path.startsWith('/__')) {
      if (testFaults) return handleTestRoute(req, res, url);
      return sendJson(res, 404, { error: 'Not found' });
    }

    const isSubmissions = path === '/api/submissions' || path === '/api/submissions/';
    const isCsv = path === '/api/submissions.csv';
    if (isSubmissions || isCsv) {
      const methods = isCsv ? ['GET', 'HEAD'] : [...SUBMISSION_METHODS, 'GET', 'HEAD'];
      const { origin, allowed } = cors.check(req);
      if (!allowed) {
        // No Access-Control-Allow-Origin: the page cannot even read this refusal.
        return sendJson(res, 403, { error: `Origin ${origin} is not allowed` }, { Vary: 'Origin', Connection: 'close' });
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, origin ? cors.preflightHeaders(req, origin, methods) : { Allow: ['OPTIONS', ...methods].join(', ') });
        res.end();
        return;
      }
      const corsHeaders = cors.responseHeaders(origin);
      if (isSubmissions && SUBMISSION_METHODS.includes(req.method ?? '')) return handleSubmission(req, res, corsHeaders);
      if (req.method === 'GET' || req.method === 'HEAD') return handleExport(req, res, url, corsHeaders);
      return sendJson(res, 405, { error: `Use ${methods.join(' or ')}` }, { ...corsHeaders, Allow: methods.join(', ') });
    }

    if (path.startsWith('/api/') || !staticDir) return sendJson(res, 404, { error: 'Not found' });
    return serveStatic(req, res, path, { root: staticDir, indexFile });
  }

  const server = createServer((req, res) => {
    // Browsers silently resend a request whose reused keep-alive connection closed without an answer,
    // which would hide dropAfterStore/down from the page under test: with test faults, no reuse.
    if (testFaults) res.setHeader('Connection', 'close');
    route(req, res).catch((error) => {
      console.error('family-elements-receiver:', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
      else res.destroy();
    });
  });

  return {
    server,
    db: store.db,
    /** The bearer token for the exports (the generated one when none was given). */
    csvToken,
    /**
     * @param {number} [port] 0 picks a free port
     * @param {string} [host]
     * @returns {Promise<{ url: string }>}
     */
    listen(port = 8787, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
          resolve({ url: `http://${shownHost}:${actualPort}` });
        });
      });
    },
    /** Stops listening, cuts open keep-alive connections and closes the database. */
    close() {
      return new Promise((resolve) => {
        server.close(() => {
          store.close();
          resolve(undefined);
        });
        server.closeAllConnections();
      });
    },
  };
}

/**
 * @param {StoredRow} row
 */
function publicRow(row) {
  return {
    id: row.id,
    type: row.type,
    formId: row.form_id,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
    locale: row.locale,
    page: row.page,
    envelope: JSON.parse(row.envelope),
  };
}

/** @typedef {ReturnType<typeof createReceiver>} Receiver */
