import { expect } from '@open-wc/testing';
import { envelopeSchema } from '../../../src/core/submit/envelope.schema.js';
import { createEnvelope, envelopeBytes, envelopeFits, pageAddress, tooLargeMessage, uuidv4 } from '../../../src/core/submit/envelope.js';
import {
  buildRequest,
  flattenForm,
  parseHeaders,
  pickOption,
  resolveEndpoint,
  send,
  SubmitConfigError,
  SubmitTimeoutError,
} from '../../../src/core/submit/request.js';
import { interpretFailure, interpretResponse, parseRetryAfter } from '../../../src/core/submit/response.js';
import {
  BASE_DELAY_MS,
  backoffCeiling,
  backoffDelay,
  isExpired,
  MAX_AGE_MS,
  MAX_DELAY_MS,
  nextAttemptTime,
} from '../../../src/core/submit/retry-policy.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const sample = () =>
  createEnvelope({
    type: 'family-survey',
    formId: 'fall-2026',
    locale: 'es',
    data: { surveyId: 's1', answers: { q1: 'a', q2: ['x', 'y'], q3: { q3a: 1, q3b: 'not-sure' }, q4: true }, other: null },
  });

describe('envelope', () => {
  it('matches the envelope schema, with an ISO time and a v4 id', () => {
    const env = sample();
    expect(envelopeSchema.safeParse(env).success).to.equal(true);
    expect(env.schemaVersion).to.equal(1);
    expect(env.id).to.match(UUID);
    expect(new Date(env.submittedAt).toISOString()).to.equal(env.submittedAt);
  });

  it('keeps a given id (a retry of the same submission)', () => {
    const id = uuidv4();
    expect(createEnvelope({ type: 'family-survey', formId: 'f', locale: 'en', data: {}, id }).id).to.equal(id);
  });

  it('never puts the query string or fragment in page', () => {
    expect(pageAddress('https://district.example/families/survey?student=123&token=abc#q2')).to.equal(
      'https://district.example/families/survey',
    );
    expect(pageAddress('http://school.test:8080/a/b/?x=1')).to.equal('http://school.test:8080/a/b/');
    expect(sample().page).to.equal(location.origin + location.pathname);
    expect(sample().page).not.to.contain('?');
  });

  it('makes v4 UUIDs from getRandomValues where randomUUID is missing (plain http)', () => {
    const noRandomUUID = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const ids = new Set(Array.from({ length: 200 }, () => uuidv4(noRandomUUID)));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(UUID);
  });

  it('still makes ids when crypto.randomUUID is deleted from the page', () => {
    const own = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID');
    if (own) delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
    try {
      expect('randomUUID' in crypto).to.equal(false);
      expect(createEnvelope({ type: 'family-survey', formId: 'f', locale: 'en', data: {} }).id).to.match(UUID);
    } finally {
      if (own) Object.defineProperty(Crypto.prototype, 'randomUUID', own);
    }
  });

  it('refuses envelopes over 100 kB with a message that says how large', () => {
    expect(envelopeFits(sample())).to.equal(true);
    const big = createEnvelope({ type: 'family-survey', formId: 'f', locale: 'en', data: { text: 'é'.repeat(60 * 1024) } });
    expect(envelopeFits(big)).to.equal(false); // 120 kB of UTF-8, though only 60 k characters
    expect(tooLargeMessage(big)).to.contain('too long').and.contain('100 kB');
  });

  it('draws the line at 100,000 bytes of UTF-8 exactly', () => {
    const padded = (n: number) => createEnvelope({ type: 'family-survey', formId: 'f', locale: 'en', data: { text: 'a'.repeat(n) } });
    const base = envelopeBytes(padded(0));
    expect(envelopeBytes(padded(100_000 - base))).to.equal(100_000);
    expect(envelopeFits(padded(100_000 - base))).to.equal(true);
    expect(envelopeFits(padded(100_001 - base))).to.equal(false);
    expect(tooLargeMessage(padded(100_001 - base))).to.contain('101 kB; the limit is 100 kB');
  });
});

describe('request building', () => {
  const config = {
    endpoint: 'https://receiver.example/api/submissions',
    method: 'POST',
    format: 'json',
    credentials: 'omit',
    headers: {},
  } as const;

  it('json: the envelope as body, Content-Type and Idempotency-Key', async () => {
    const env = sample();
    const request = buildRequest(env, { ...config, headers: { 'X-CSRF-Token': 't1' } });
    expect(request.method).to.equal('POST');
    expect(request.url).to.equal(config.endpoint);
    expect(request.headers.get('content-type')).to.equal('application/json');
    expect(request.headers.get('idempotency-key')).to.equal(env.id);
    expect(request.headers.get('x-csrf-token')).to.equal('t1');
    expect(request.credentials).to.equal('omit');
    expect(await request.json()).to.deep.equal(env);
  });

  it('form: dotted keys, repeated key[] for arrays, the whole envelope, no Idempotency-Key', async () => {
    const env = sample();
    const request = buildRequest(env, { ...config, format: 'form', method: 'PUT', credentials: 'include' });
    expect(request.method).to.equal('PUT');
    expect(request.credentials).to.equal('include');
    expect(request.headers.get('content-type')).to.match(/^application\/x-www-form-urlencoded/);
    expect(request.headers.has('idempotency-key')).to.equal(false);
    const body = new URLSearchParams(await request.text());
    expect(body.get('id')).to.equal(env.id);
    expect(body.get('schemaVersion')).to.equal('1');
    expect(body.get('data.answers.q1')).to.equal('a');
    expect(body.getAll('data.answers.q2[]')).to.deep.equal(['x', 'y']);
    expect(body.get('data.answers.q3.q3a')).to.equal('1');
    expect(body.get('data.answers.q4')).to.equal('true');
    expect(body.has('data.other')).to.equal(false);
    expect(JSON.parse(body.get('envelope')!)).to.deep.equal(env);
  });

  it('flattens arrays of objects and nested arrays', () => {
    expect(flattenForm({ a: [{ b: 1 }, { b: 2 }], c: [[1], [2]], d: [] })).to.deep.equal([
      ['a[].b', '1'],
      ['a[].b', '2'],
      ['c[][]', '1'],
      ['c[][]', '2'],
    ]);
  });

  it('headers: a JSON object, and invalid JSON is a configuration error', () => {
    expect(parseHeaders(undefined)).to.deep.equal({});
    expect(parseHeaders('  ')).to.deep.equal({});
    expect(parseHeaders('{"X-CSRF-Token":"abc","X-Num":5}')).to.deep.equal({ 'X-CSRF-Token': 'abc', 'X-Num': '5' });
    expect(() => parseHeaders('{X-CSRF-Token: abc}')).to.throw(SubmitConfigError, /not valid JSON/);
    expect(() => parseHeaders('["a"]')).to.throw(SubmitConfigError, /JSON object/);
    expect(() => parseHeaders('{"a":{"b":1}}')).to.throw(SubmitConfigError, /"a"/);
    expect(() => parseHeaders('{"X Bad Name":"1"}')).to.throw(SubmitConfigError, /not a valid HTTP header/);
  });

  it('resolves relative endpoints against the page and refuses other schemes', () => {
    expect(resolveEndpoint('/api/x', 'https://district.example/families/survey')).to.equal('https://district.example/api/x');
    expect(resolveEndpoint('api/x', 'https://district.example/families/survey')).to.equal(
      'https://district.example/families/api/x',
    );
    expect(() => resolveEndpoint('javascript:alert(1)')).to.throw(SubmitConfigError);
    expect(() => resolveEndpoint('http://[bad')).to.throw(SubmitConfigError);
  });

  it('method, format and credentials accept only their values', () => {
    expect(pickOption('method', 'put', ['POST', 'PUT'] as const, 'POST')).to.equal('PUT');
    expect(pickOption('method', undefined, ['POST', 'PUT'] as const, 'POST')).to.equal('POST');
    expect(() => pickOption('method', 'GET', ['POST', 'PUT'] as const, 'POST')).to.throw(SubmitConfigError, /POST, PUT/);
  });

  it('uses the transport instead of fetch, and gives up after the timeout', async () => {
    const seen: Request[] = [];
    const response = await send(buildRequest(sample(), config), async (request) => {
      seen.push(request);
      return new Response('{"ok":true}', { status: 201 });
    });
    expect(response.status).to.equal(201);
    expect(seen[0]!.headers.get('content-type')).to.equal('application/json');
    let aborted = false;
    const started = Date.now();
    const slow = send(
      buildRequest(sample(), config),
      (request) =>
        new Promise<Response>(() => {
          request.signal.addEventListener('abort', () => (aborted = true));
        }),
      150,
    );
    let error: unknown;
    try {
      await slow;
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SubmitTimeoutError);
    expect(aborted).to.equal(true);
    expect(Date.now() - started).to.be.within(140, 2000);
  });
});

describe('response table', () => {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

  it('2xx is sent, with the body parsed as JSON or else text; waitlisted is noticed', async () => {
    expect(await interpretResponse(json(200, { ok: 1 }))).to.deep.equal({ kind: 'sent', status: 200, body: { ok: 1 }, waitlisted: false });
    expect(await interpretResponse(new Response('Thanks!', { status: 202 }))).to.include({ body: 'Thanks!', waitlisted: false });
    expect(await interpretResponse(new Response(null, { status: 204 }))).to.include({ kind: 'sent', status: 204 });
    expect(await interpretResponse(json(201, { waitlisted: true }))).to.include({ kind: 'sent', waitlisted: true });
  });

  for (const status of [400, 409, 422]) {
    it(`${status} with errors gives field errors, bare ids mapped by the element`, async () => {
      const outcome = await interpretResponse(json(status, { errors: { q1: 'Pick one', 'contact.email': 'Wrong' } }), {
        normalizePath: (p) => (/^q\w*$/.test(p) ? `answers.${p}` : p),
      });
      expect(outcome).to.deep.equal({ kind: 'invalid', status, errors: { 'answers.q1': 'Pick one', 'contact.email': 'Wrong' } });
    });
    it(`${status} without errors is a non-retryable error`, async () => {
      expect(await interpretResponse(json(status, { message: 'no' }))).to.include({ kind: 'rejected', status });
      expect(await interpretResponse(new Response('bad', { status }))).to.include({ kind: 'rejected', status });
    });
  }

  it('other 4xx are non-retryable, each with its own words', async () => {
    const words = new Map<number, string>();
    for (const status of [401, 403, 404, 405, 413, 418]) {
      const outcome = await interpretResponse(new Response('', { status }));
      expect(outcome.kind).to.equal('rejected');
      if (outcome.kind === 'rejected') words.set(status, outcome.message());
    }
    expect(words.get(401)).to.equal(words.get(403));
    expect(words.get(403)).to.contain('not allowed');
    expect(words.get(404)).to.equal(words.get(405));
    expect(words.get(405)).to.contain('wrong address');
    expect(words.get(413)).to.contain('too large');
    expect(new Set(words.values()).size).to.equal(4);
  });

  it('408, 425, 429 and 5xx are retryable with http-<status> and Retry-After', async () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) {
      expect(await interpretResponse(new Response('', { status }))).to.deep.equal({ kind: 'retry', reason: `http-${status}`, status });
    }
    expect(await interpretResponse(new Response('', { status: 503, headers: { 'Retry-After': '7' } }))).to.include({
      retryAfterMs: 7000,
    });
  });

  it('no answer is offline; a timeout is timeout', () => {
    expect(interpretFailure(new TypeError('Failed to fetch'))).to.deep.equal({ kind: 'retry', reason: 'offline' });
    expect(interpretFailure(new SubmitTimeoutError('x'))).to.deep.equal({ kind: 'retry', reason: 'timeout' });
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-22T17:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Sun, 22 Nov 2026 17:01:30 GMT', now)).to.equal(90_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 16:00:00 GMT', now)).to.equal(0);
  });
  it('ignores what it cannot read', () => {
    for (const bad of [null, undefined, '', 'soon', '-5', '1.5']) expect(parseRetryAfter(bad, now)).to.equal(undefined);
  });
});

describe('retry policy', () => {
  it('doubles the ceiling from 2 s up to 10 minutes', () => {
    expect(backoffCeiling(1)).to.equal(BASE_DELAY_MS);
    expect(backoffCeiling(2)).to.equal(2 * BASE_DELAY_MS);
    expect(backoffCeiling(5)).to.equal(16 * BASE_DELAY_MS);
    expect(backoffCeiling(20)).to.equal(MAX_DELAY_MS);
    expect(backoffCeiling(10_000)).to.equal(MAX_DELAY_MS);
  });
  it('full jitter: every delay between 0 and the ceiling, spread out', () => {
    for (let attempts = 1; attempts < 15; attempts++) {
      expect(backoffDelay(attempts, () => 0)).to.equal(0);
      expect(backoffDelay(attempts, () => 0.999999)).to.be.below(backoffCeiling(attempts));
      const delays = Array.from({ length: 200 }, () => backoffDelay(attempts));
      for (const d of delays) expect(d).to.be.within(0, backoffCeiling(attempts));
      expect(new Set(delays).size).to.be.above(100);
    }
  });
  it('never before Retry-After', () => {
    expect(nextAttemptTime(1000, 1, 60_000, () => 0.5)).to.equal(61_000);
    expect(nextAttemptTime(1000, 8, 10, () => 0.5)).to.equal(1000 + backoffCeiling(8) / 2);
  });
  it('expires after 7 days', () => {
    expect(isExpired(0, MAX_AGE_MS - 1)).to.equal(false);
    expect(isExpired(0, MAX_AGE_MS)).to.equal(true);
  });
});
