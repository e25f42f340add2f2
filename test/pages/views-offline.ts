import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import type { AxeResults } from 'axe-core';
import { openElementPage } from './loaded-files.js';

type Loaded = HTMLElement & { updateComplete: Promise<boolean> };
interface Axe {
  run(context: Element): Promise<AxeResults>;
}

/**
 * The test every element runs whose content shows only with a part it loads
 * with import() as it connects (the survey's question views, the catalog's
 * course list, the RSVP's event view). When that part cannot load (the device
 * went offline just after the page loaded), the family is told so, not left
 * with an empty box (the notice passes axe, run in the page's own document,
 * which loads axe-core), and a button reloads the page, which shows the content
 * once the connection is back (asking for a failed import again is not enough
 * in Firefox, which keeps the failure for the page's lifetime).
 *
 * `page` (test/pages/*-offline.html) loads the built element from
 * /offline/<key>/dist/ (web-test-runner.config.mjs), where that part gets no
 * answer until the test says the device is online; `shown` says whether the
 * element's content is on screen, `meanwhile` checks what it shows beside the
 * notice.
 */
export function reloadNoticeTest(
  tag: string,
  page: string,
  shown: (el: Loaded) => boolean,
  meanwhile: (el: Loaded) => void = () => undefined,
): void {
  describe(`<${tag}> when the part it loads as it connects cannot load`, function () {
    this.timeout(30_000);
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => frame?.remove());

    it('says so with a button that reloads the page, which then shows the content', async () => {
      const key = `${tag}-offline-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
      const opened = await openElementPage<Loaded>(`${page}?key=${key}`, tag);
      frame = opened.frame;
      let el = opened.el;
      const notice = () => el.shadowRoot?.querySelector('[role="alert"]');
      await waitUntil(() => notice()?.querySelector('button'), 'the notice', { timeout: 10_000 });
      expect(notice()!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'This part of the page could not be loaded. Check the connection, then reload the page.',
      );
      expect(shown(el), 'content shown without the part').to.equal(false);
      meanwhile(el);
      // axe runs in the page's own document (the page loads it): the notice is accessible too.
      const { violations } = await (frame.contentWindow as Window & { axe: Axe }).axe.run(el);
      expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
      const reload = notice()!.querySelector('button')!;
      expect(reload.textContent!.trim()).to.equal('Reload the page');

      await fetch(`/__offline/${key}/online`);
      const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
      reload.click();
      await loaded;
      await frame.contentWindow!.customElements.whenDefined(tag);
      el = frame.contentDocument!.querySelector<Loaded>(tag)!;
      await waitUntil(() => shown(el), 'the content after the reload', { timeout: 10_000 });
      expect(notice()).to.equal(null);
    });
  });
}
