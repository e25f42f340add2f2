import { expect } from '@open-wc/testing';
import {
  ContentFetchError,
  failureDetails,
  fetchJsonSource,
  readContentSource,
  type ContentProblem,
} from '../../src/core/content-source.js';

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

  it('rejects without a status when nothing answers', async () => {
    const error = await fetchJsonSource('http://127.0.0.1:1/tip.json').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ContentFetchError);
    expect((error as ContentFetchError).status).to.equal(undefined);
    expect((error as ContentFetchError).url).to.equal('http://127.0.0.1:1/tip.json');
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

describe('readContentSource', () => {
  const checkTip = async (data: unknown): Promise<{ tip: { id: string } } | { problems: ContentProblem[] }> =>
    typeof (data as { id?: unknown }).id === 'string'
      ? { tip: data as { id: string } }
      : { problems: [{ path: 'id', problem: 'expected a string' }] };

  it('gives the checked content of a valid file', async () => {
    const outcome = await readContentSource('/samples/tips/math.json', new AbortController().signal, checkTip);
    expect('content' in outcome && outcome.content.tip.id).to.equal('math-grade3-coins');
  });

  it("reports the check's problems as a definition failure", async () => {
    const outcome = await readContentSource('/samples/courses.json', new AbortController().signal, checkTip);
    expect(outcome).to.deep.equal({ failure: { kind: 'definition', problems: [{ path: 'id', problem: 'expected a string' }] } });
    expect('failure' in outcome && failureDetails(outcome.failure)).to.equal('id: expected a string');
  });

  it('reports a file that is not JSON as a definition failure, without checking it', async () => {
    let checked = false;
    const outcome = await readContentSource('/test/core/submit/reload-frame.html', new AbortController().signal, async (data) => {
      checked = true;
      return checkTip(data);
    });
    expect(checked).to.equal(false);
    expect(outcome).to.deep.equal({ failure: { kind: 'definition', problems: [{ path: '(the file)', problem: 'is not valid JSON' }] } });
  });

  it('reports an HTTP error and no answer as network failures with the address', async () => {
    const missing = await readContentSource('/samples/no-such-file.json', new AbortController().signal, checkTip);
    const url = new URL('/samples/no-such-file.json', document.baseURI).href;
    expect(missing).to.deep.equal({ failure: { kind: 'network', url, status: 404 } });
    expect('failure' in missing && failureDetails(missing.failure)).to.equal(`${url} (HTTP 404)`);
    const silent = await readContentSource('http://127.0.0.1:1/tip.json', new AbortController().signal, checkTip);
    expect(silent).to.deep.equal({ failure: { kind: 'network', url: 'http://127.0.0.1:1/tip.json', status: undefined } });
  });
});
