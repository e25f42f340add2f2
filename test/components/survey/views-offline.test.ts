import { expect, waitUntil } from '@open-wc/testing';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import { openElementPage } from '../../pages/loaded-files.js';
import { uniqueFormId } from './survey-fixtures.js';

/**
 * A survey shows itself only with its question views (survey-questions.ts,
 * loaded with import() as it connects). When they cannot load (the device went
 * offline just after the page loaded), the family is told so, not left with an
 * empty box, and a button reloads the page, which shows the survey once the
 * connection is back (asking for a failed import again is not enough in
 * Firefox, which keeps the failure for the page's lifetime). The built file from /offline/<key>/dist/ (web-test-runner.config.mjs),
 * where the views get no answer until the test says the device is online.
 */
describe('<family-survey> when its question views cannot load', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

  it('says so with a button that reloads the page, which then shows the survey', async () => {
    const key = uniqueFormId('offline');
    const page = await openElementPage<FamilySurvey>(`/test/pages/survey-offline.html?key=${key}`, 'family-survey');
    frame = page.frame;
    let el = page.el;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="problem"][role="alert"]'), 'the notice', { timeout: 10_000 });
    expect(text(el)).to.contain('This part of the page could not be loaded. Check the connection, then reload the page.');
    expect(text(el)).not.to.contain('Did you enjoy it?');
    const reload = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="problem"] button')!;
    expect(reload.textContent!.trim()).to.equal('Reload the page');

    await fetch(`/__offline/${key}/online`);
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    reload.click();
    await loaded;
    await frame.contentWindow!.customElements.whenDefined('family-survey');
    el = frame.contentDocument!.querySelector<FamilySurvey>('family-survey')!;
    await waitUntil(() => text(el).includes('Did you enjoy it?'), 'the survey', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
  });
});
