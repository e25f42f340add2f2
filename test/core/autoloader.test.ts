import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import type { FamilySurvey } from '../../src/components/survey/family-survey.js';
import { loadPage, type PageReport } from '../pages/load-page.js';
import { libraryFiles, type PageWindow } from '../pages/loaded-files.js';

/**
 * dist/family-elements-autoloader.js (npm test builds dist/ first): the shared
 * runtime and `window.FamilyElements` at once, each element's file only once
 * its tag is on the page. A page of its own, so that no other test's imports
 * are in its module graph.
 */

const TAGS = ['family-homework-tip', 'family-contact-preferences', 'family-survey', 'family-course-catalog', 'family-event-rsvp'];

/** The element files (dist/components/<tag>.js) the page has loaded so far. */
const elementFiles = (win: PageWindow) =>
  libraryFiles(win)
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith('/dist/components/'))
    .sort();

describe('the autoloader (dist/family-elements-autoloader.js)', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('loads only the elements on the page, and one added later', async () => {
    frame = document.createElement('iframe');
    const reported = new Promise<PageReport>((resolve) => {
      window.addEventListener('message', function onMessage(e: MessageEvent) {
        if (e.source !== frame!.contentWindow || e.data?.type !== 'test-page-report') return;
        window.removeEventListener('message', onMessage);
        resolve(e.data.report as PageReport);
      });
    });
    frame.src = '/test/pages/autoloader.html';
    document.body.append(frame);
    const report = await reported;
    const win = frame.contentWindow as PageWindow;

    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.warnings.filter((w) => w.includes('family-elements'))).to.deep.equal([]);
    expect(report.rendered.map((r) => r.tag)).to.deep.equal(['family-homework-tip']);
    expect(report.rendered[0]!.text).to.contain('Count the coins');
    expect(report.api, 'window.FamilyElements').to.be.a('string');
    expect(elementFiles(win)).to.deep.equal(['/dist/components/family-homework-tip.js']);
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal(['family-homework-tip']);

    // A survey a portal adds later, its definition set before it is in the page (and before its class is).
    const survey = win.document.createElement('family-survey') as FamilySurvey;
    survey.definition = { id: 'later', title: 'Added later', questions: [{ id: 'q', type: 'yesno', text: 'Fine?' }] };
    win.document.body.append(survey);
    await waitUntil(() => win.customElements.get('family-survey'), 'the survey is defined', { timeout: 10_000 });
    await survey.updateComplete;
    expect(survey.shadowRoot!.textContent).to.contain('Added later');
    expect(elementFiles(win)).to.deep.equal(['/dist/components/family-homework-tip.js', '/dist/components/family-survey.js']);
  });

  it('beside the bundle on one page: no error, no warning, the element works', async () => {
    const report = await loadPage('/test/pages/autoloader-and-bundle.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings.filter((w) => w.includes('family-elements'))).to.deep.equal([]);
    expect(report.rendered[0]!.text).to.contain('Count the coins');
  });
});
