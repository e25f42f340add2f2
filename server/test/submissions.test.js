import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { postForm, postJson, storedCount, tipEnvelope, uniqueFormId } from '../test-support/envelopes.js';
import { startTestReceiver } from '../test-support/start-for-tests.js';

/** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
let rcv;
before(async () => {
  rcv = await startTestReceiver();
});
after(() => rcv.close());

describe('storing each submission exactly once', () => {
  it('stores a JSON submission once however often its Idempotency-Key is repeated', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('json') });
    const first = await postJson(rcv.url, envelope);
    assert.equal(first.status, 201);
    const firstBody = await first.json();
    assert.equal(firstBody.id, envelope.id);
    for (let i = 0; i < 3; i++) {
      const again = await postJson(rcv.url, envelope);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), firstBody);
    }
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
  });

  it('stores a form-format submission once, keyed by the envelope id (no header)', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('form'), data: { comment: 'Très utile, merci & à bientôt' } });
    assert.equal((await postForm(rcv.url, envelope)).status, 201);
    assert.equal((await postForm(rcv.url, envelope)).status, 200);
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
    const list = await fetch(`${rcv.url}/api/submissions?formId=${envelope.formId}`, {
      headers: { Authorization: `Bearer ${rcv.token}` },
    }).then((r) => r.json());
    assert.deepEqual(list.submissions[0].envelope, envelope, 'the whole envelope is stored losslessly');
  });

  it('treats a JSON try and a form try of the same envelope as one submission', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('mixed') });
    assert.equal((await postJson(rcv.url, envelope)).status, 201);
    assert.equal((await postForm(rcv.url, envelope)).status, 200);
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
  });

  it('dedupes on a custom Idempotency-Key and on the envelope id', async () => {
    const formId = uniqueFormId('key');
    const envelope = tipEnvelope({ formId });
    assert.equal((await postJson(rcv.url, envelope, { key: 'portal-key-1' })).status, 201);
    assert.equal((await postJson(rcv.url, envelope, { key: 'portal-key-1' })).status, 200);
    assert.equal((await postJson(rcv.url, envelope, { key: null })).status, 200);
    const other = tipEnvelope({ formId });
    const reused = await postJson(rcv.url, other, { key: 'portal-key-1' });
    assert.equal(reused.status, 422, 'one key cannot stand for two different submissions');
    assert.ok((await reused.json()).errors.id);
    assert.equal(await storedCount(rcv.url, formId), 1);
  });

  it('accepts PUT like POST', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('put') });
    assert.equal((await postJson(rcv.url, envelope, { method: 'PUT' })).status, 201);
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
  });

  it('keeps the envelope columns', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('cols'), locale: 'vi' });
    await postJson(rcv.url, envelope);
    const row = rcv.receiver.db.prepare('SELECT * FROM submissions WHERE id = ?').get(envelope.id);
    assert.equal(row.type, 'family-homework-tip');
    assert.equal(row.form_id, envelope.formId);
    assert.equal(row.submitted_at, envelope.submittedAt);
    assert.equal(row.locale, 'vi');
    assert.equal(row.page, envelope.page);
    assert.ok(Date.parse(row.received_at) > 0);
    assert.deepEqual(JSON.parse(row.envelope), envelope);
  });
});

describe('validation with the browser’s own schemas', () => {
  it('answers 422 with the field path inside data', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('bad'), data: { helpful: 'yes', comment: 'x'.repeat(2001) } });
    const res = await postJson(rcv.url, envelope);
    assert.equal(res.status, 422);
    const { errors } = await res.json();
    assert.deepEqual(Object.keys(errors).sort(), ['comment', 'helpful']);
    assert.match(errors.helpful, /boolean/);
    assert.match(errors.comment, /2000/);
    assert.equal(await storedCount(rcv.url, envelope.formId), 0);
  });

  it('names envelope problems by their envelope key', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('env'), id: 'not-a-uuid', schemaVersion: 2 });
    const res = await postJson(rcv.url, envelope);
    assert.equal(res.status, 422);
    const { errors } = await res.json();
    assert.ok(errors.id);
    assert.ok(errors.schemaVersion);
  });

  it('says which fields are missing', async () => {
    const envelope = tipEnvelope();
    const res = await postJson(rcv.url, { ...envelope, data: { helpful: true } });
    assert.equal(res.status, 422);
    assert.deepEqual((await res.json()).errors, { tipId: 'Required' });
  });

  it('refuses an unknown element type', async () => {
    const res = await postJson(rcv.url, tipEnvelope({ type: 'family-unknown-thing' }));
    assert.equal(res.status, 422);
    assert.match((await res.json()).errors.type, /Unknown element type/);
  });

  it('validates form-format submissions too', async () => {
    const res = await postForm(rcv.url, tipEnvelope({ data: { helpful: 'yes' } }));
    assert.equal(res.status, 422);
    assert.ok((await res.json()).errors.helpful);
  });

  it('answers 400 to a body that is not JSON, and 415 to other content types', async () => {
    const bad = await fetch(`${rcv.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"type":',
    });
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error, /not valid JSON/);
    const noEnvelope = await fetch(`${rcv.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'data.tipId=x',
    });
    assert.equal(noEnvelope.status, 400);
    const xml = await fetch(`${rcv.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body: '<x/>',
    });
    assert.equal(xml.status, 415);
  });
});

describe('body size cap', () => {
  /**
   * @param {string} url
   * @param {number} bytes
   * @param {boolean} chunked no Content-Length: the cap must hold while reading
   * @returns {Promise<{ status: number | undefined, body: string }>}
   */
  function postBytes(url, bytes, chunked) {
    return new Promise((resolve, reject) => {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const headers = { 'Content-Type': 'application/json', ...(chunked ? {} : { 'Content-Length': String(bytes) }) };
      const req = request(`${url}/api/submissions`, { method: 'POST', headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      });
      req.on('error', reject);
      let sent = 0;
      const pump = () => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!req.write(chunk)) return req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
  }

  it('answers 413 over 1 MiB, with or without Content-Length', async () => {
    const declared = await postBytes(rcv.url, 4 * 1024 * 1024, false);
    assert.equal(declared.status, 413);
    const streamed = await postBytes(rcv.url, 4 * 1024 * 1024, true);
    assert.equal(streamed.status, 413);
  });

  it('takes a form body of several hundred kB (a 100 kB envelope carried twice, encoded)', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('big'), data: { comment: '"é&=%'.repeat(400) } });
    const body = new URLSearchParams({ envelope: JSON.stringify(envelope), padding: 'ü'.repeat(90_000) });
    assert.ok(body.toString().length > 512 * 1024);
    const res = await fetch(`${rcv.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    assert.equal(res.status, 201);
  });

  it('never caps below 1 MiB, even when asked to', async () => {
    const small = await startTestReceiver({ maxBodyBytes: 1000 });
    try {
      const envelope = tipEnvelope({ data: { comment: 'x'.repeat(1999) } });
      const res = await postJson(small.url, { ...envelope, padding: 'y'.repeat(500_000) });
      assert.equal(res.status, 201);
    } finally {
      await small.close();
    }
  });
});
