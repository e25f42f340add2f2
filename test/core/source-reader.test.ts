import { expect } from '@open-wc/testing';
import '../../src/components/event-rsvp/family-event-rsvp.js';
import '../../src/components/homework-tip/family-homework-tip.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { conferences } from '../components/event-rsvp/rsvp-events.js';
import { unique } from '../components/event-rsvp/rsvp-fixtures.js';
import { bilingualTip } from '../components/homework-tip/tip-fixtures.js';
import { waitUntil } from '../wait-until.js';

/**
 * SourceReader (src/core/source-reader.ts), through the two elements that read
 * their `src` with it: an element taken out of the page while its `src` is on
 * the way (a CMS moving it, a tab panel re-rendering) stops the read, and reads
 * it again when it is put back, so it shows its content rather than stay loading.
 * The file comes from the test server's scripted responder, a second late.
 */
const cases = [
  { tag: 'family-event-rsvp', content: conferences, title: 'Parent-teacher conference' },
  { tag: 'family-homework-tip', content: bilingualTip, title: 'Fractions at dinner' },
];

const requests = async (key: string): Promise<number> =>
  ((await (await fetch(`/__respond-log/${key}`)).json()) as { requests: unknown[] }).requests.length;

describe('SourceReader: an element moved while its src loads', () => {
  before(() => setLocale('en', { remember: false }));

  for (const { tag, content, title } of cases) {
    it(`<${tag}> reads its src again when it is put back, and shows it`, async () => {
      const key = unique('moved');
      const el = document.createElement(tag) as HTMLElement & { src: string; updateComplete: Promise<boolean> };
      el.src = `/__respond/${key}?delay=1000&body=${encodeURIComponent(JSON.stringify(content))}`;
      document.body.append(el);
      try {
        await waitUntil(async () => (await requests(key)) === 1, 'the first request');
        expect(el.shadowRoot!.querySelector('[role="status"], .loading'), 'loading shown').to.exist;
        el.remove();
        document.body.append(el);
        await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent?.trim() === title, 'the content shown');
        expect(await requests(key)).to.equal(2);
      } finally {
        el.remove();
      }
    });
  }
});
