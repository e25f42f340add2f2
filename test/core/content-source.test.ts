import { expect } from '@open-wc/testing';
import { ContentFetchError, fetchJsonSource } from '../../src/core/content-source.js';

// Real files from the test server; no stubbed fetch.
describe('fetchJsonSource', () => {
  it('reads a JSON file relative to the page', async () => {
    const source = await fetchJsonSource('/samples/tips/math.json');
    expect(source.ok).to.equal(true);
    expect(source.url).to.equal(new URL('/samples/tips/math.json', document.baseURI).href);
    expect(source.ok && (source.data as { id: string }).id).to.equal('math-grade3-coins');
  });

  it('reports an answer that is not JSON as such, not as a fetch error', async () => {
    const source = await fetchJsonSource('/test/core/submit/reload-frame.html');
    expect(source).to.include({ ok: false, status: 200 });
  });

  it('rejects with the status of a non-2xx answer', async () => {
    const error = await fetchJsonSource('/samples/no-such-file.json').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ContentFetchError);
    expect((error as ContentFetchError).status).to.equal(404);
  });

  it("rejects with the element's own error when nothing answers", async () => {
    class TipError extends Error {
      constructor(readonly url: string, readonly status?: number) {
        super(url);
      }
    }
    const error = await fetchJsonSource('http://127.0.0.1:1/tip.json', {
      fetchError: (url, status) => new TipError(url, status),
    }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TipError);
    expect((error as TipError).status).to.equal(undefined);
    expect((error as TipError).url).to.equal('http://127.0.0.1:1/tip.json');
  });

  it('rejects with the abort reason when a newer src replaced it', async () => {
    const controller = new AbortController();
    const pending = fetchJsonSource('/samples/courses.json', { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.to.be.instanceOf(ContentFetchError);
    expect((error as Error).name).to.equal('AbortError');
  });
});
