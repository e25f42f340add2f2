import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import type { FamilyCourseCatalog } from '../../../src/components/course-catalog/family-course-catalog.js';
import { respondedRequests, scriptedEndpoint, statusText, uniqueId } from '../../core/submit/submitting-element-suite.js';
import { holding, libraryFiles, openElementPage, staticFiles } from '../../pages/loaded-files.js';

/**
 * Browsing the catalog (the course list, search, filters) needs no form, so
 * the catalog's own file and what it imports statically hold none of the form
 * machinery: the registration brings it with `import()` as the catalog
 * connects. The built per-element file (dist/, which `npm test` builds first)
 * on a page of its own, so that no other test's imports are in its module graph.
 */

/** Text only the form machinery holds: the error summary, the honeypot, the registration form. */
const FORM_MARKERS = ['data-error-summary', 'family-honeypot-', 'id="reg-title"'];

describe('<family-course-catalog> loads its registration form with import()', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it("the catalog's file and its static imports hold no form machinery", async () => {
    const files = await staticFiles('/dist/components/family-course-catalog.js');
    expect(files.size, 'control: static imports are followed').to.be.above(1);
    expect(await holding(files, FORM_MARKERS)).to.deep.equal([]);
    // control: the survey still imports the form machinery up front, and this test sees it there
    const survey = await staticFiles('/dist/components/family-survey.js');
    expect(await holding(survey, FORM_MARKERS), 'control: the survey').to.not.deep.equal([]);
  });

  it('the course list renders; opening a course shows the registration, which the form machinery came with, and it is sent', async () => {
    const page = await openElementPage<FamilyCourseCatalog>('/test/pages/catalog-alone.html', 'family-course-catalog');
    frame = page.frame;
    const { win, el: catalog } = page;
    const shadow = catalog.shadowRoot!;
    expect(shadow.querySelectorAll('.card')).to.have.length(1);
    expect(shadow.querySelector('input[type="search"]')).to.exist;

    shadow.querySelector<HTMLButtonElement>('.details-button')!.click();
    const dialog = shadow.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the detail dialog opened', { timeout: 10_000 });
    await catalog.updateComplete;
    expect(dialog.querySelector('#reg-title')!.textContent).to.contain('Register');
    const statics = await staticFiles('/dist/components/family-course-catalog.js');
    const lazy = libraryFiles(win).filter((url) => !statics.has(url));
    expect(await holding(lazy, FORM_MARKERS), 'the form machinery came with import()').to.not.deep.equal([]);

    const key = uniqueId('lazy-catalog');
    catalog.setAttribute('endpoint', scriptedEndpoint(key, 200));
    for (const [selector, value] of [
      ['#reg-name', 'Amina Yusuf'],
      ['#reg-email', 'amina@example.org'],
    ] as const) {
      const input = shadow.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    }
    await catalog.updateComplete;
    const sent = oneEvent(catalog, 'family-submitted');
    shadow.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const { detail } = await sent;
    expect(detail.envelope.data).to.deep.include({ courseId: 'cooking-2099', name: 'Amina Yusuf', contact: { email: 'amina@example.org' } });
    const [request] = await respondedRequests(key);
    expect(JSON.parse(request!.body).data).to.deep.equal(detail.envelope.data);
    await waitUntil(() => statusText(catalog).includes('Thank you'), 'the thank-you', { timeout: 5000 });
  });
});
