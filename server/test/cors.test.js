import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { postForm, postJson, storedCount, tipEnvelope, uniqueFormId } from '../test-support/envelopes.js';
import { startTestReceiver } from '../test-support/start-for-tests.js';

const SCHOOL = 'https://school.example';

/** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
let rcv;
before(async () => {
  rcv = await startTestReceiver({ allowedOrigins: [SCHOOL, 'https://other.example/'] });
});
after(() => rcv.close());

/**
 * @param {string} url
 * @param {string} origin
 * @param {string} [requestHeaders]
 */
function preflight(url, origin, requestHeaders = 'content-type,idempotency-key') {
  return fetch(`${url}/api/submissions`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': requestHeaders },
  });
}

describe('CORS for the submissions endpoint', () => {
  it('refuses a page from an origin not on the list: 403, nothing stored, no Access-Control-Allow-Origin', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('evil') });
    const res = await postJson(rcv.url, envelope, { headers: { Origin: 'https://evil.example' } });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const form = await postForm(rcv.url, envelope, { Origin: 'https://evil.example' });
    assert.equal(form.status, 403);
    assert.equal(await storedCount(rcv.url, envelope.formId), 0);
    const pre = await preflight(rcv.url, 'https://evil.example');
    assert.equal(pre.status, 403);
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
  });

  it('echoes an allowed origin (never *), varies on Origin and exposes Retry-After', async () => {
    const res = await postJson(rcv.url, tipEnvelope(), { headers: { Origin: SCHOOL } });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), SCHOOL);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    // configured with a trailing slash, still matched as an origin
    const other = await postJson(rcv.url, tipEnvelope(), { headers: { Origin: 'https://other.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), 'https://other.example');
  });

  it('answers the preflight with methods, our headers plus any the page asks for, and a max age', async () => {
    const res = await preflight(rcv.url, SCHOOL, 'content-type,idempotency-key,x-csrf-token');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), SCHOOL);
    const methods = (res.headers.get('access-control-allow-methods') ?? '').split(/,\s*/);
    assert.ok(methods.includes('POST') && methods.includes('PUT'));
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    for (const h of ['content-type', 'idempotency-key', 'x-csrf-token']) assert.ok(allowed.includes(h), h);
    assert.ok(Number(res.headers.get('access-control-max-age')) > 0);
  });

  it('does not echo malformed requested header names', async () => {
    const res = await preflight(rcv.url, SCHOOL, 'content-type, bad header');
    const allowed = res.headers.get('access-control-allow-headers') ?? '';
    assert.doesNotMatch(allowed, /bad/);
  });

  it('takes requests without an Origin (curl, server scripts) and same-origin posts from its own pages', async () => {
    assert.equal((await postJson(rcv.url, tipEnvelope())).status, 201);
    const same = await postJson(rcv.url, tipEnvelope(), { headers: { Origin: rcv.url } });
    assert.equal(same.status, 201);
  });

  it("with '*' echoes any origin", async () => {
    const open = await startTestReceiver({ allowedOrigins: ['*'] });
    try {
      const res = await postJson(open.url, tipEnvelope(), { headers: { Origin: 'http://localhost:8000' } });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:8000');
    } finally {
      await open.close();
    }
  });

  it('with cors:false stores from any origin but sends no CORS headers (the misconfigured backend)', async () => {
    const bare = await startTestReceiver({ allowedOrigins: [], cors: false });
    try {
      const envelope = tipEnvelope({ formId: uniqueFormId('nocors') });
      const res = await postForm(bare.url, envelope, { Origin: 'http://localhost:8000' });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      const pre = await preflight(bare.url, 'http://localhost:8000');
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
      // the test routes keep CORS so a browser test can still count what arrived
      const count = await fetch(`${bare.url}/__count?formId=${envelope.formId}`, {
        headers: { Origin: 'http://localhost:8000' },
      });
      assert.equal(count.headers.get('access-control-allow-origin'), 'http://localhost:8000');
      assert.equal((await count.json()).count, 1);
    } finally {
      await bare.close();
    }
  });

  it('opens the test routes to any origin when test faults are on', async () => {
    const res = await fetch(`${rcv.url}/__faults`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:8000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:8000');
  });
});
