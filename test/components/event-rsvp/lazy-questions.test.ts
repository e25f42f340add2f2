import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../axe.js';
import { focusJustBefore, keys } from '../../keyboard.js';
import { holding, libraryFiles, staticFiles } from '../../pages/loaded-files.js';
import { nextSubmitted } from '../../core/submit/next-submitted.js';
import { conferences, literacyNight } from './rsvp-events.js';

/**
 * The RSVP's first screen is the event, "Will you come?" and the contact
 * fields (event-view.ts, which loads with the event's checks: see
 * lazy-view.test.ts); what a yes or maybe brings (the waitlist notice, time slots,
 * workshops, the `ask` questions and their checks) loads with import() right
 * after the first render, and "Add to calendar" once the family chooses yes.
 * The built per-element file (dist/, which `npm test` builds first), so the
 * split is the one a family's phone downloads; this file imports no source of
 * the element, so the built one is the only one on the page.
 */

const ENTRY = '/dist/components/family-event-rsvp.js';

/** Text only the questions module holds: their message ids and the interpretation's language names (language-name.ts). */
const QUESTION_MARKERS = [
  'rsvp.waitlist.offer',
  'rsvp.slot.taken',
  'rsvp.sessions.hint',
  'rsvp.adults',
  'rsvp.childcare.ages-hint',
  'rsvp.interpretation.none',
  'rsvp.meal.hint',
  'rsvp.accessibility.hint',
  'rsvp.transportation',
  'rsvp.error.ages',
  'Kiriyoolka Haiti',
];
/** Text only the calendar link's module holds. */
const CALENDAR_MARKERS = ['part="calendar-link"', 'rsvp.calendar.workshops'];

/** Conferences with time slots (the first taken) and workshops (the second full). */
const evening = { ...conferences, id: 'family-evening', title: 'Family evening', sessions: literacyNight.sessions };
const ASK = 'guests childcare interpretation meal accessibility transportation';

let n = 0;
const rsvp = () =>
  fixture<HTMLElement>(
    html`<family-event-rsvp .event=${evening} ask=${ASK} form-id="lazy-questions-${Date.now()}-${++n}" no-language-picker></family-event-rsvp>`,
  );
const root = (el: HTMLElement) => el.shadowRoot!;

describe('<family-event-rsvp> loads what a yes or maybe brings after its first screen', function () {
  this.timeout(30_000);
  before(async () => {
    await import(ENTRY);
  });

  it('its static files hold no questions; they arrive after the first render, before any choice, and show on a yes', async () => {
    const files = await staticFiles(ENTRY);
    const urls = [...files];
    // control: the element's own words are found in them, so the markers are read right
    expect(await holding(urls, ['rsvp.loading', 'rsvp.problem.title']), 'control').to.not.deep.equal([]);
    expect(await holding(urls, QUESTION_MARKERS)).to.deep.equal([]);
    expect(await holding(urls, CALENDAR_MARKERS)).to.deep.equal([]);

    const el = await rsvp();
    expect(root(el).querySelector('#response-yes')).to.exist;
    expect(root(el).querySelector('#email')).to.exist;
    await waitUntil(
      async () => (await holding(libraryFiles().filter((url) => !files.has(url)), QUESTION_MARKERS)).length > 0,
      'the questions load after the first render, without a choice',
      { timeout: 10_000 },
    );
    expect(root(el).querySelector('[data-field="slotId"], #adults')).to.equal(null);
    expect(await holding(libraryFiles(), CALENDAR_MARKERS), 'the calendar link waits for a yes').to.deep.equal([]);

    root(el).querySelector<HTMLInputElement>('#response-yes')!.click();
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const shown = (selector: string) => root(el).querySelector(selector) !== null;
    expect(shown('fieldset[data-field="slotId"] #slot-1')).to.equal(true);
    expect(shown('fieldset[data-field="sessionIds"] #session-2')).to.equal(true);
    for (const id of ['adults', 'children', 'childcare', 'interpretation', 'meal', 'accessibility', 'transportation']) {
      expect(shown(`#${id}`), id).to.equal(true);
    }
    expect(await holding(libraryFiles(), CALENDAR_MARKERS), 'a yes brings the calendar link').to.not.deep.equal([]);
  });

  it('a yes and its questions can be answered with the keyboard alone, and are axe-clean', async () => {
    const el = await rsvp();
    const done = () => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const focused = () => root(el).activeElement?.id;
    const before = focusJustBefore(el);
    try {
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('response-yes');
      await keys({ press: ' ' });
      await waitUntil(() => root(el).querySelector<HTMLInputElement>('#response-yes')!.checked, 'Space chose Yes');
      await done();
      // the taken 3:00 slot is skipped
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('slot-1');
      await keys({ press: ' ' });
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('session-0');
      await keys({ press: ' ' });
      // the full workshop is skipped
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('session-2');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('adults');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('children');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('childcare');
      await keys({ press: ' ' });
      await done();
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('childcare-ages');
      await keys({ type: '4' });
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('interpretation');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('meal');
      await keys({ type: 'halal' });
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('accessibility');
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('transportation');
      await keys({ press: ' ' });
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('name');
      await keys({ type: 'Ana' });
      await keys({ press: 'Tab' });
      expect(focused()).to.equal('email');
      await keys({ type: 'ana@example.org' });
      await done();
      await expect(el).to.be.accessible();
      const sent = nextSubmitted(el);
      // Enter in a text field sends the reply
      await keys({ press: 'Enter' });
      expect(await sent).to.deep.include({
        response: 'yes',
        slotId: 's1520',
        sessionIds: ['read-aloud'],
        adults: 1,
        children: 0,
        childcare: { needed: true, ages: [4] },
        meal: 'halal',
        transportation: true,
        name: 'Ana',
      });
    } finally {
      before.remove();
    }
  });
});
