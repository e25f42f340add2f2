import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { postForm, postJson, storedCount, tipEnvelope, uniqueFormId } from '../test-support/envelopes.js';
import { startTestReceiver } from '../test-support/start-for-tests.js';

/** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
let rcv;
before(async () => {
  rcv = await startTestReceiver();
});
after(() => rcv.close());

/**
 * @param {string} url
 * @param {object} spec
 */
async function setFaults(url, spec) {
  const res = await fetch(`${url}/__faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(spec) });
  assert.equal(res.status, 200, await res.clone().text());
}

describe('fault switches', () => {
  it('fail503: N answers 503 N times, then the same envelope is stored once', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('503') });
    await setFaults(rcv.url, { formId: envelope.formId, fail503: 2 });
    assert.equal((await postJson(rcv.url, envelope)).status, 503);
    assert.equal((await postJson(rcv.url, envelope)).status, 503);
    assert.equal(await storedCount(rcv.url, envelope.formId), 0);
    assert.equal((await postJson(rcv.url, envelope)).status, 201);
    assert.equal((await postJson(rcv.url, envelope)).status, 200);
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
  });

  it('retryAfter429 answers 429 with Retry-After (exposed to pages) and stores nothing', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('429') });
    await setFaults(rcv.url, { formId: envelope.formId, retryAfter429: { count: 1, seconds: 7 } });
    const res = await postJson(rcv.url, envelope, { headers: { Origin: 'http://localhost:8000' } });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get('retry-after'), '7');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.equal(await storedCount(rcv.url, envelope.formId), 0);
    assert.equal((await postJson(rcv.url, envelope)).status, 201);
  });

  it('dropAfterStore: the client sees a socket error, yet the row is stored, and the retry adds no duplicate', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('drop') });
    await setFaults(rcv.url, { formId: envelope.formId, dropAfterStore: 1 });
    await assert.rejects(postJson(rcv.url, envelope), TypeError, 'fetch fails like a lost connection');
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
    const retry = await postJson(rcv.url, envelope);
    assert.equal(retry.status, 200);
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
  });

  it('dropAfterStore works for form-format posts, keyed by the envelope id', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('dropform') });
    await setFaults(rcv.url, { formId: envelope.formId, dropAfterStore: 1 });
    await assert.rejects(postForm(rcv.url, envelope), TypeError);
    assert.equal((await postForm(rcv.url, envelope)).status, 200);
    assert.equal(await storedCount(rcv.url, envelope.formId), 1);
  });

  it('down cuts every submission without storing until switched off', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('down') });
    await setFaults(rcv.url, { formId: envelope.formId, down: true });
    await assert.rejects(postJson(rcv.url, envelope), TypeError);
    await assert.rejects(postForm(rcv.url, envelope), TypeError);
    assert.equal(await storedCount(rcv.url, envelope.formId), 0);
    await setFaults(rcv.url, { formId: envelope.formId, down: false });
    assert.equal((await postJson(rcv.url, envelope)).status, 201);
  });

  it('delayMs holds the next N answers; a client that gives up first leaves nothing stored', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('slow') });
    await setFaults(rcv.url, { formId: envelope.formId, delayMs: 400, delayCount: 2 });
    const started = Date.now();
    const aborted = fetch(`${rcv.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
      body: JSON.stringify(envelope),
      signal: AbortSignal.timeout(100),
    });
    await assert.rejects(aborted);
    await new Promise((r) => setTimeout(r, 450));
    assert.equal(await storedCount(rcv.url, envelope.formId), 0);
    const slow = await postJson(rcv.url, envelope);
    assert.equal(slow.status, 201);
    assert.ok(Date.now() - started >= 800, 'both delayed');
    const t = Date.now();
    assert.equal((await postJson(rcv.url, envelope)).status, 200);
    assert.ok(Date.now() - t < 300, 'the third is not delayed');
  });

  it('keeps faults of one form away from another form (test files share one receiver)', async () => {
    const mine = tipEnvelope({ formId: uniqueFormId('mine') });
    const theirs = tipEnvelope({ formId: uniqueFormId('theirs') });
    await setFaults(rcv.url, { formId: mine.formId, fail503: 1 });
    assert.equal((await postJson(rcv.url, theirs)).status, 201);
    assert.equal((await postJson(rcv.url, mine)).status, 503);
  });

  it('records the requests a form received, for tests that check what the endpoint got', async () => {
    const envelope = tipEnvelope({ formId: uniqueFormId('log') });
    await setFaults(rcv.url, { formId: envelope.formId, fail503: 1 });
    await postJson(rcv.url, envelope);
    await postForm(rcv.url, envelope);
    const { requests } = await fetch(`${rcv.url}/__requests?formId=${envelope.formId}`).then((r) => r.json());
    assert.deepEqual(requests.map((r) => r.status), [503, 201]);
    assert.equal(requests[0].headers['idempotency-key'], envelope.id);
    assert.equal(new URLSearchParams(requests[1].body).get('data.tipId'), envelope.data.tipId);
    const count = await fetch(`${rcv.url}/__count?formId=${envelope.formId}`).then((r) => r.json());
    assert.deepEqual(count, { count: 1, attempts: 2 });
    const { submissions } = await fetch(`${rcv.url}/__submissions?formId=${envelope.formId}`).then((r) => r.json());
    assert.deepEqual(submissions.map((s) => s.envelope), [envelope]);
  });

  it('__reset?formId= clears one form only; __reset clears everything', async () => {
    const a = tipEnvelope({ formId: uniqueFormId('a') });
    const b = tipEnvelope({ formId: uniqueFormId('b') });
    await postJson(rcv.url, a);
    await postJson(rcv.url, b);
    await fetch(`${rcv.url}/__reset?formId=${a.formId}`, { method: 'POST' });
    assert.equal(await storedCount(rcv.url, a.formId), 0);
    assert.equal(await storedCount(rcv.url, b.formId), 1);
    await setFaults(rcv.url, { fail503: 5 });
    await fetch(`${rcv.url}/__reset`, { method: 'POST' });
    assert.equal(await storedCount(rcv.url, b.formId), 0);
    assert.equal((await postJson(rcv.url, b)).status, 201, 'faults are cleared too');
  });

  it('rejects a malformed fault spec', async () => {
    const res = await fetch(`${rcv.url}/__faults`, { method: 'POST', body: JSON.stringify({ fail503: -1 }) });
    assert.equal(res.status, 400);
  });
});

describe('without testFaults', () => {
  it('has no test routes: /__faults, /__reset and /__count are 404 and change nothing', async () => {
    const prod = await startTestReceiver({ testFaults: false });
    try {
      const envelope = tipEnvelope({ formId: uniqueFormId('prod') });
      assert.equal((await postJson(prod.url, envelope)).status, 201);
      const faults = await fetch(`${prod.url}/__faults`, { method: 'POST', body: JSON.stringify({ fail503: 3 }) });
      assert.equal(faults.status, 404);
      assert.equal((await fetch(`${prod.url}/__reset`, { method: 'POST' })).status, 404);
      assert.equal((await fetch(`${prod.url}/__count?formId=${envelope.formId}`)).status, 404);
      assert.equal((await postJson(prod.url, tipEnvelope())).status, 201, 'no fault took effect');
      assert.equal(prod.receiver.db.prepare('SELECT COUNT(*) AS n FROM submissions').get().n, 2, 'nothing was reset');
    } finally {
      await prod.close();
    }
  });
});
