import { expect } from '@open-wc/testing';
import {
  noCorsReceiverUrl,
  receivedRequests,
  receiverCounts,
  setFaults,
  storedCount,
  storedEnvelopes,
  submissionsUrl,
} from '../receiver.js';

// The reference receiver as a real browser on another origin sees it: the
// CORS answers an element needs (CONTRACT.md §2), checked in Chromium and Firefox.

function tipEnvelope(formId: string) {
  return {
    type: 'family-homework-tip',
    schemaVersion: 1,
    id: crypto.randomUUID(),
    formId,
    submittedAt: new Date().toISOString(),
    locale: 'en',
    page: `${location.origin}${location.pathname}`,
    data: { tipId: 'fractions-pizza', helpful: true },
  };
}

const uniqueFormId = (name: string) => `receiver-browser-${name}-${crypto.randomUUID().slice(0, 8)}`;

describe('the reference receiver from a page on another origin', () => {
  it('takes a JSON post with Idempotency-Key and a CSRF header through the preflight, once per key', async () => {
    const envelope = tipEnvelope(uniqueFormId('json'));
    const post = () =>
      fetch(submissionsUrl('json'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id, 'X-CSRF-Token': 'abc' },
        body: JSON.stringify(envelope),
      });
    const first = await post();
    expect(first.status).to.equal(201);
    expect(((await first.json()) as { id: string }).id).to.equal(envelope.id);
    expect((await post()).status).to.equal(200);
    expect(await storedCount(envelope.formId)).to.equal(1);
    expect(await storedEnvelopes(envelope.formId)).to.deep.equal([envelope]);
  });

  it('lets the page read field errors and Retry-After', async () => {
    const envelope = { ...tipEnvelope(uniqueFormId('errors')), data: { tipId: 'x', helpful: 'yes' } };
    const invalid = await fetch(submissionsUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(envelope),
    });
    expect(invalid.status).to.equal(422);
    expect(((await invalid.json()) as { errors: Record<string, string> }).errors).to.have.property('helpful');

    const limited = tipEnvelope(uniqueFormId('429'));
    await setFaults(limited.formId, { retryAfter429: { count: 1, seconds: 3 } });
    const res = await fetch(submissionsUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': limited.id },
      body: JSON.stringify(limited),
    });
    expect(res.status).to.equal(429);
    expect(res.headers.get('Retry-After')).to.equal('3');
  });

  it('a simple form post to an endpoint without CORS headers is stored, yet the page sees only a network error', async () => {
    const envelope = tipEnvelope(uniqueFormId('nocors'));
    const body = new URLSearchParams({ 'data.tipId': envelope.data.tipId, envelope: JSON.stringify(envelope) });
    let failure: unknown;
    try {
      await fetch(submissionsUrl('', noCorsReceiverUrl), { method: 'POST', body });
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(TypeError);
    expect(await storedCount(envelope.formId, noCorsReceiverUrl)).to.equal(1);
    const [request] = await receivedRequests(envelope.formId, noCorsReceiverUrl);
    expect(request!.headers['idempotency-key']).to.equal(undefined);
    expect(String(request!.headers['content-type'])).to.match(/^application\/x-www-form-urlencoded/);
  });

  it('a dropped answer looks like a network error; the retry stores nothing twice', async () => {
    const envelope = tipEnvelope(uniqueFormId('drop'));
    await setFaults(envelope.formId, { dropAfterStore: 1 });
    const post = () =>
      fetch(submissionsUrl(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
        body: JSON.stringify(envelope),
      });
    let failure: unknown;
    try {
      await post();
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(TypeError);
    expect((await post()).status).to.equal(200);
    expect(await receiverCounts(envelope.formId)).to.deep.equal({ count: 1, attempts: 2 });
  });
});
