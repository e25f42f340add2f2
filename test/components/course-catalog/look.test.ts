import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../../wait-until.js';
import '../../../src/components/course-catalog/family-course-catalog.js';
import type { FamilyCourseCatalog } from '../../../src/components/course-catalog/family-course-catalog.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { uniqueId } from '../../core/submit/submitting-element-suite.js';

const isShown = (node: Element | null | undefined) => !!node && node.getClientRects().length > 0;

describe('<family-course-catalog> on a 320 px wide screen', function () {
  this.timeout(20_000);
  before(async () => {
    await setLocale('en', { remember: false });
    await setViewport({ width: 320, height: 640 });
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('scrolls only up and down: search, filters, cards and the registration dialog', async () => {
    const el = await fixture<FamilyCourseCatalog>(
      html`<family-course-catalog form-id=${uniqueId('narrow')} src="/samples/courses.json" endpoint="/never-called"></family-course-catalog>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.card').length > 1, 'the cards shown');
    for (const part of ['language-picker', 'search', 'results', 'card']) {
      expect(isShown(root.querySelector(`[part="${part}"]`)), part).to.equal(true);
    }
    const page = document.documentElement;
    expect(page.clientWidth, 'the screen').to.be.at.most(320);
    expect(page.scrollWidth, 'no sideways scrolling of the page').to.be.at.most(page.clientWidth);
    const base = root.querySelector<HTMLElement>('[part="base"]')!;
    expect(base.scrollWidth, 'nor inside the catalog').to.be.at.most(base.clientWidth + 1);

    root.querySelector<HTMLButtonElement>('.details-button')!.click();
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open && dialog.querySelector('#reg-name'), 'the registration form shown');
    const box = dialog.getBoundingClientRect();
    expect(box.left, 'the dialog on the screen').to.be.at.least(0);
    expect(box.right, 'the dialog on the screen').to.be.at.most(page.clientWidth);
    expect(dialog.scrollWidth, 'no sideways scrolling inside the dialog').to.be.at.most(dialog.clientWidth + 1);
    dialog.close();
  });
});
