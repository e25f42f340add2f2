import { expect } from '@open-wc/testing';
import { uniqueId } from '../core/submit/submitting-element-suite.js';
import { receiverCounts, receiverUrl, setFaults, storedEnvelopes } from '../receiver.js';
import {
  mountFilledRemote,
  openRemotePage,
  otherOrigin,
  REMOTE_TAGS,
  submitRemote,
  type RemotePage,
} from '../security/remote-page-client.js';

/**
 * The plain-http row of the fault matrix (CONTRACT.md §1: "works on plain-http
 * pages too"). The district site is http://school.test, a name the browsers
 * resolve to this machine (web-test-runner.config.mjs: Chromium's
 * --host-resolver-rules, Firefox's network.dns.localDomains), so unlike
 * localhost it is not a secure context: no crypto.randomUUID, no Web Locks.
 * The page loads the built library (dist/) as a district would. Each element's
 * first try gets a 503, so the id comes from getRandomValues and the retry
 * goes through the outbox's IndexedDB lease instead of a lock.
 */

const QUEUED = 'Saved on this device. It will be sent when this page (or another page with these forms) is open and online.';
const THANKS = 'Thank you';

describe('fault matrix, plain http: a page that is not a secure context', function () {
  this.timeout(60_000);
  let page: RemotePage | undefined;
  afterEach(() => page?.close());

  it('every submitting element is saved on a 503, then delivered once, and the family sees success', async () => {
    page = await openRemotePage(otherOrigin('school.test'));
    expect(await page.call('info')).to.include({ isSecureContext: false, randomUUID: 'undefined', locks: 'undefined' });

    // the district's receiver on the same plain-http host
    const endpoint = `http://school.test:${new URL(receiverUrl).port}/api/submissions`;
    const rows: { tag: string; formId: string; index: number }[] = [];
    for (const tag of REMOTE_TAGS) {
      const formId = uniqueId(`plain-http-${tag}`);
      await setFaults(formId, { fail503: 1 });
      rows.push({ tag, formId, index: await mountFilledRemote(page, tag, { endpoint, 'form-id': formId }) });
    }
    for (const row of rows) {
      await submitRemote(page, row.index);
      await page.call('waitState', row.index, 'queued');
      expect(await page.call('status', row.index), row.tag).to.contain(QUEUED);
    }
    // The outbox retries on its own timer (2 s at most after a first failure); 'online' asks again.
    await new Promise((r) => setTimeout(r, 2100));
    await page.call('online');
    for (const row of rows) {
      await page.call('waitState', row.index, 'sent', 15_000);
      expect(await page.call('status', row.index), row.tag).to.contain(THANKS);
      expect(await receiverCounts(row.formId), row.tag).to.deep.equal({ count: 1, attempts: 2 });
      const [envelope] = await storedEnvelopes(row.formId);
      expect(envelope?.['id'], `${row.tag} id`).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(envelope?.['page'], `${row.tag} page`).to.match(/^http:\/\/school\.test:\d+\/test\/security\/remote-page\.html$/);
    }
    expect((await page.call<{ outbox: number }>('storage')).outbox).to.equal(0);
    expect(page.errors).to.deep.equal([]);
  });
});
