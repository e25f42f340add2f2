import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import {
  $,
  conferences,
  literacyNight,
  rsvp,
  shadow,
  submitButton,
  textOf,
  unique,
  type FamilyEventRsvp,
} from './rsvp-fixtures.js';

type FamilyErrorEvent = CustomEvent<{ kind: string; message: string }>;

const FIXTURES = new URL('./fixtures/', import.meta.url).href;

describe('<family-event-rsvp> the event', () => {
  // Other test files may remember a language in the shared localStorage: pin this page to English.
  before(() => setLocale('en', { remember: false }));
  afterEach(() => setLocale('en', { remember: false }));

  describe('from attributes', () => {
    it('shows title, date and time range in the event’s time zone, place, description and places left', async () => {
      const el = await fixture<FamilyEventRsvp>(html`<family-event-rsvp
        event-id="aptt-1"
        event-title="APTT meeting: Room 12"
        start="2026-10-08T22:30Z"
        end="2026-10-08T23:45Z"
        time-zone="America/Chicago"
        location="Jefferson Elementary, Room 12"
        description="Reading goals for the next 60 days."
        remaining="1"
        form-id=${unique('attrs')}
      ></family-event-rsvp>`);
      expect(textOf($(el, 'h2'))).to.equal('APTT meeting: Room 12');
      const when = textOf($(el, '.when time'));
      // 22:30 UTC is 5:30 PM in Chicago in October
      expect(when).to.contain('Thursday, October 8, 2026');
      expect(when).to.match(/5:30\s*–\s*6:45\s*PM/);
      expect($(el, '.when time')!.getAttribute('datetime')).to.equal('2026-10-08T22:30Z');
      expect(textOf($(el, '.where'))).to.equal('Where: Jefferson Elementary, Room 12');
      expect(textOf($(el, '.description'))).to.equal('Reading goals for the next 60 days.');
      expect(textOf($(el, '.places'))).to.equal('1 place left');
      // the global title attribute is never set: no tooltip over the whole element
      expect(el.hasAttribute('title')).to.equal(false);
      expect(submitButton(el)).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the webmaster every problem by attribute name and fires family-error "definition"', async () => {
      const parent = document.createElement('div');
      document.body.append(parent);
      try {
        const el = document.createElement('family-event-rsvp');
        el.setAttribute('event-title', 'Family night');
        el.setAttribute('start', '2026-12-03 18:00');
        el.setAttribute('end', '2026-12-03T19:30:00-05:00');
        el.setAttribute('location', 'Gym');
        el.setAttribute('remaining', 'some');
        const failed = oneEvent(parent, 'family-error') as Promise<FamilyErrorEvent>;
        parent.append(el);
        const event = await failed;
        expect(event.detail.kind).to.equal('definition');
        expect(event.detail.message).to.contain('event-id');
        await el.updateComplete;
        const problem = el.shadowRoot!.querySelector('[part="problem"]')!;
        expect(problem.getAttribute('role')).to.equal('alert');
        const items = [...problem.querySelectorAll('li')].map(textOf);
        expect(items).to.include('event-id: is missing');
        expect(items.some((i) => i.startsWith('start: expected an ISO 8601 date and time'))).to.equal(true);
        expect(items).to.include('remaining: expected a whole number');
        expect(el.shadowRoot!.querySelector('form')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        parent.remove();
      }
    });

    it('says nothing while no event is configured yet, and shows one set later as .event', async () => {
      let errors = 0;
      const listener = () => errors++;
      document.addEventListener('family-error', listener);
      try {
        const el = await fixture<FamilyEventRsvp>(html`<family-event-rsvp form-id=${unique('later')}></family-event-rsvp>`);
        expect($(el, '[part="problem"]')).to.equal(null);
        el.event = conferences;
        await el.updateComplete;
        expect(textOf($(el, 'h2'))).to.equal('Parent-teacher conference');
        expect(errors).to.equal(0);
      } finally {
        document.removeEventListener('family-error', listener);
      }
    });
  });

  it('warns the webmaster about keys it ignores, naming them', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await rsvp({ ...conferences, timezone: 'America/Chicago' } as typeof conferences);
      expect(textOf($(el, 'h2'))).to.equal('Parent-teacher conference');
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('keys it does not know') && w.includes('timezone'))).to.equal(true);
  });

  describe('from src', () => {
    it('loads the event file, locale maps and all', async () => {
      const el = await fixture<FamilyEventRsvp>(
        html`<family-event-rsvp src=${`${FIXTURES}literacy-night.json`} form-id=${unique('src')}></family-event-rsvp>`,
      );
      await waitUntil(() => $(el, 'h2'), 'event shown');
      expect(textOf($(el, 'h2'))).to.equal('Family literacy night');
      await setLocale('es', { remember: false });
      await el.updateComplete;
      expect(textOf($(el, 'h2'))).to.equal('Noche de lectura en familia');
      // the location has no Spanish text: it falls back to English and says so
      const where = $(el, '.where [lang]');
      expect(where?.getAttribute('lang')).to.equal('en');
    });

    it('shows an unreachable file to the webmaster and fires family-error "network"', async () => {
      const url = `${FIXTURES}missing-${unique('x')}.json`;
      const failed = oneEvent(document, 'family-error') as Promise<FamilyErrorEvent>;
      const el = await fixture<FamilyEventRsvp>(html`<family-event-rsvp src=${url} form-id=${unique('404')}></family-event-rsvp>`);
      const event = await failed;
      expect(event.detail.kind).to.equal('network');
      await el.updateComplete;
      expect(textOf($(el, '[part="problem"]'))).to.contain('answered with HTTP 404');
    });

    it('names the JSON path of each problem in an invalid file', async () => {
      const failed = oneEvent(document, 'family-error') as Promise<FamilyErrorEvent>;
      const el = await fixture<FamilyEventRsvp>(
        html`<family-event-rsvp src=${`${FIXTURES}invalid-event.json`} form-id=${unique('bad')}></family-event-rsvp>`,
      );
      expect((await failed).detail.kind).to.equal('definition');
      await el.updateComplete;
      const items = [...shadow(el).querySelectorAll('[part="problem"] li')].map(textOf);
      expect(items).to.include('sessions.0.remaining: must be at least 0');
      expect(items).to.include('end: must end after it starts');
    });
  });

  describe('the reply window', () => {
    it('says when replies open, instead of the form', async () => {
      const el = await rsvp({ ...literacyNight, opens: '2099-01-05T14:00:00Z' });
      const message = $(el, '[part="window-message"]');
      expect(textOf(message)).to.match(/^Replies open on Monday, January 5, 2099, 9:00\s*AM\. Please come back then\.$/);
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says replies are closed after `closes`, instead of the form', async () => {
      const el = await rsvp({ ...literacyNight, closes: '2026-01-02T17:00:00Z' });
      expect(textOf($(el, '[part="window-message"]'))).to.match(/^Replies closed on Friday, January 2, 2026, 12:00\s*PM\./);
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the form inside the window, and opens by itself when the time comes', async () => {
      const el = await rsvp({ ...literacyNight, opens: new Date(Date.now() + 600).toISOString() });
      expect($(el, 'form')).to.equal(null);
      await waitUntil(() => $(el, 'form'), 'the form appears once replies open', { timeout: 3000 });
      expect($(el, '[part="window-message"]')).to.equal(null);
    });
  });

  describe('languages', () => {
    it('lays out right to left in Arabic, with Arabic dates', async () => {
      const el = await rsvp(conferences);
      await setLocale('ar', { remember: false });
      await el.updateComplete;
      const root = $(el, '.root')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(root.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle($(el, 'form')!).direction).to.equal('rtl');
      const when = textOf($(el, '.when time'));
      expect(when).to.contain('نوفمبر');
      expect(when).not.to.match(/November|Thursday/);
      await expect(el).to.be.accessible();
    });

    it('shows no English date on a Somali page (the browser has no Somali date data)', async () => {
      const el = await rsvp({ ...conferences, opens: '2099-03-05T14:00:00Z' });
      await setLocale('so', { remember: false });
      await el.updateComplete;
      const dates = `${textOf($(el, '.when'))} ${textOf($(el, '[part="window-message"]'))}`;
      // Chromium has no Somali data (the library's own words); Firefox has its own spelling
      expect(dates).to.match(/Nofembar|Noofeembar/);
      expect(dates).to.contain('Khamiis');
      expect(dates).to.contain('Maarso');
      const english =
        /January|February|March|April|May\b|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\bAM\b|\bPM\b/;
      expect(dates).not.to.match(english);
    });
  });
});
