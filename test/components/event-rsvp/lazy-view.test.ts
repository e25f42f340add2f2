import { expect, fixture, html } from '@open-wc/testing';
import { holding, libraryFiles, staticFiles } from '../../pages/loaded-files.js';
import { literacyNight } from './rsvp-events.js';

/**
 * Nothing of an event shows before its checks have read it, so its view
 * (event-view.ts: the details, the reply window's message, the reply form)
 * loads with them, with import() as the element connects, not with the
 * element's own files. The built per-element file (dist/, which `npm test`
 * builds first), so the split is the one a family's phone downloads; this file
 * imports no source of the element, so the built one is the only one on the page.
 */

const ENTRY = '/dist/components/family-event-rsvp.js';

/** Text only the view holds: its message ids, its parts and its styles. */
const VIEW_MARKERS = [
  'rsvp.when',
  'rsvp.places.one',
  'rsvp.window.before',
  'rsvp.response.maybe',
  'rsvp.contact.hint',
  'rsvp.submit.waitlist',
  'part="window-message"',
  '.calendar-link:hover',
];

type El = HTMLElement & { updateComplete: Promise<boolean> };

let n = 0;
const rsvp = (attributes: { opens?: string } = {}) =>
  fixture<El>(
    html`<family-event-rsvp
      .event=${{ ...literacyNight, ...attributes }}
      form-id="lazy-view-${Date.now()}-${++n}"
      no-language-picker
    ></family-event-rsvp>`,
  );
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<family-event-rsvp> loads the view of its event with the event’s checks', function () {
  this.timeout(30_000);
  before(async () => {
    await import(ENTRY);
  });

  it('its static files hold no view; it comes with import() and shows the event with its look, its form, and the reply window', async () => {
    const files = await staticFiles(ENTRY);
    const urls = [...files];
    // control: the element's own words are found in them, so the markers are read right
    expect(await holding(urls, ['rsvp.loading', 'rsvp.problem.title']), 'control').to.not.deep.equal([]);
    expect(await holding(urls, VIEW_MARKERS)).to.deep.equal([]);

    const el = await rsvp();
    const root = el.shadowRoot!;
    expect(
      await holding(
        libraryFiles().filter((url) => !files.has(url)),
        VIEW_MARKERS,
      ),
      'loaded with import()',
    ).to.not.deep.equal([]);
    expect(text(root.querySelector('[part="title"]'))).to.equal('Family literacy night');
    expect(text(root.querySelector('.places'))).to.equal('34 places left');
    expect(getComputedStyle(root.querySelector('.places')!).fontWeight, 'the view brings its look').to.equal('600');
    expect(root.querySelector('#response-maybe')).to.exist;
    expect(root.querySelector('#email')).to.exist;
    expect(text(root.querySelector('[part="submit-button"]'))).to.equal('Send my reply');

    const later = await rsvp({ opens: '2099-01-05T14:00:00Z' });
    expect(text(later.shadowRoot!.querySelector('[part="window-message"]'))).to.match(/^Replies open on /);
    expect(later.shadowRoot!.querySelector('form')).to.equal(null);
  });
});
