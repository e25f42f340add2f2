import { expect } from '@open-wc/testing';
import { loadPage } from '../pages/load-page.js';

// These pages load the BUILT files in dist/ (npm test builds first).
describe('the built bundle on a page', function () {
  // Each test loads a page of the built library (about 27 chunks from the test server);
  // loadPage gives the page itself 8 s from its load event to report.
  this.timeout(30_000);
  it('(control) the test pages really are served with the strict CSP', async () => {
    const report = await loadPage('/test/pages/csp-control.html');
    expect(report.violations.join()).to.contain('style-src');
  });

  it('renders under a strict CSP with Trusted Types, with no violation', async () => {
    const report = await loadPage('/test/pages/strict-csp.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.rendered[0]!.text).to.contain('Count the coins');
    expect(report.rendered[0]!.text).to.contain('About 15 minutes');
  });

  it('works with the bundle and a per-element file on one page', async () => {
    const report = await loadPage('/test/pages/bundle-and-element.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings.filter((w) => w.includes('family-elements'))).to.deep.equal([]);
    expect(report.rendered[0]!.text).to.contain('Count the coins');
  });

  it('tolerates a second copy: no exception, one warning, the first copy keeps working', async () => {
    const report = await loadPage('/test/pages/two-copies.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings.filter((w) => w.includes('family-elements'))).to.have.length(1);
    expect(report.api).to.be.a('string');
    expect(report.rendered[0]!.text).to.contain('Count the coins');
  });
});
