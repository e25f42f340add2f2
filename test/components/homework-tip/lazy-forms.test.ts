import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import type { FamilyHomeworkTip } from '../../../src/components/homework-tip/family-homework-tip.js';
import { OUTBOX_DATABASE } from '../../../src/core/submit/outbox.js';
import { holding, libraryFiles, openElementPage } from '../../pages/loaded-files.js';

/**
 * A display card (no endpoint, no `.transport`) is a card with no form
 * (CONTRACT.md §3), so it downloads none of the form machinery; an endpoint
 * set later brings the forms with `import()`. The built per-element file
 * (dist/, which `npm test` builds first) on a page of its own, so that no
 * other test's imports are in its module graph.
 */

/** Text only the form machinery holds: the error summary, the honeypot, the tip's feedback form. */
const FORM_MARKERS = ['data-error-summary', 'family-honeypot-', 'part="feedback-form"'];

describe('<family-homework-tip> loads its forms only when it can send', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('a display card downloads no form machinery; an endpoint set later brings the forms', async () => {
    const page = await openElementPage<FamilyHomeworkTip>('/test/pages/display-tip.html', 'family-homework-tip');
    frame = page.frame;
    const { win, el: tip } = page;
    expect(tip.shadowRoot!.textContent).to.contain('Count the coins');
    // Like every element, it wakes the page's outbox after its first render (CONTRACT.md §2: waiting
    // submissions are retried whenever any element loads), so the pipeline that holds it arrives.
    await waitUntil(async () => (await holding(libraryFiles(win), [OUTBOX_DATABASE])).length > 0, 'the outbox', { timeout: 10_000 });
    const first = libraryFiles(win);
    expect(first.some((url) => url.endsWith('/dist/components/family-homework-tip.js')), 'control: loads are seen').to.equal(true);
    expect(await holding(first, FORM_MARKERS)).to.deep.equal([]);
    expect(tip.shadowRoot!.querySelector('form, textarea, [part="status"]')).to.equal(null);

    tip.setAttribute('endpoint', '/api/tip-feedback');
    await waitUntil(() => tip.shadowRoot!.querySelector('[part="feedback-form"]'), 'the forms appear', { timeout: 10_000 });
    expect(tip.shadowRoot!.querySelector('[part="question-form"]')).to.exist;
    const later = libraryFiles(win).filter((url) => !first.includes(url));
    expect(await holding(later, FORM_MARKERS), 'the forms came with import()').to.not.deep.equal([]);
  });
});
