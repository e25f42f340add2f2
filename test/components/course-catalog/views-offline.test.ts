import { expect, waitUntil } from '@open-wc/testing';
import type { FamilyCourseCatalog } from '../../../src/components/course-catalog/family-course-catalog.js';
import { openElementPage } from '../../pages/loaded-files.js';

/**
 * A catalog shows its courses only with its course list (course-list.ts,
 * loaded with import() as it connects). When that cannot load (the device went
 * offline just after the page loaded), the family is told so under the
 * heading, not left with an empty box, and a button reloads the page, which
 * shows the courses once the connection is back. The built file from
 * /offline/<key>/dist/ (web-test-runner.config.mjs), where the course list gets
 * no answer until the test says the device is online.
 */
describe('<family-course-catalog> when its course list cannot load', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

  it('says so with a button that reloads the page, which then shows the courses', async () => {
    const key = `catalog-offline-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
    const page = await openElementPage<FamilyCourseCatalog>(`/test/pages/catalog-offline.html?key=${key}`, 'family-course-catalog');
    frame = page.frame;
    let el = page.el;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"] button'), 'the notice', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'This part of the page could not be loaded. Check the connection, then reload the page.',
    );
    expect(text(el)).to.contain('Courses for families');
    expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
    const reload = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!;
    expect(reload.textContent!.trim()).to.equal('Reload the page');

    await fetch(`/__offline/${key}/online`);
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    reload.click();
    await loaded;
    await frame.contentWindow!.customElements.whenDefined('family-course-catalog');
    el = frame.contentDocument!.querySelector<FamilyCourseCatalog>('family-course-catalog')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.card h3')?.textContent === 'Reading together at home', 'the courses', {
      timeout: 10_000,
    });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
