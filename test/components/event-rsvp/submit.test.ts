import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import { unfold } from '../../../src/components/event-rsvp/ics.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import {
  $,
  answer,
  check,
  conferences,
  fieldErrorText,
  fillContact,
  literacyNight,
  rsvp,
  sentData,
  shadow,
  submitButton,
  textOf,
  unique,
  type FamilyEventRsvp,
} from './rsvp-fixtures.js';

// Submissions go over real HTTP to the test server's scripted endpoint
// (test/core/submit/responder.mjs): it answers with the status and body the
// URL asks for, and logs what it received.
function endpoint(key: string, status = 200, body?: unknown): string {
  const query = new URLSearchParams({ status: String(status) });
  if (body !== undefined) query.set('body', JSON.stringify(body));
  return `/__respond/${key}?${query}`;
}

async function received(key: string): Promise<{ type: string; formId: string; data: Record<string, unknown> }[]> {
  const log = (await (await fetch(`/__respond-log/${key}`)).json()) as { requests: { body: string }[] };
  return log.requests.map((r) => JSON.parse(r.body));
}

async function element(event: typeof literacyNight, url: string, ask = ''): Promise<FamilyEventRsvp> {
  return fixture<FamilyEventRsvp>(
    html`<family-event-rsvp .event=${event} ask=${ask} endpoint=${url} form-id=${unique('rsvp-submit')}></family-event-rsvp>`,
  );
}

const statusText = (el: FamilyEventRsvp) => textOf($(el, '[part="status"] [role="status"]'));

describe('<family-event-rsvp> sending', () => {
  before(() => setLocale('en', { remember: false }));
  afterEach(() => setLocale('en', { remember: false }));

  it('sends a yes to the endpoint and offers "Add to calendar" with the chosen slot as an .ics file', async () => {
    const key = unique('yes');
    const el = await element(conferences, endpoint(key));
    await answer(el, 'Yes');
    shadow(el).querySelector<HTMLInputElement>('#slot-1')!.click();
    await fillContact(el);
    const sent = oneEvent(el, 'family-submitted');
    submitButton(el)!.click();
    await sent;
    await el.updateComplete;
    expect(statusText(el)).to.contain('Thank you!');
    expect($(el, 'form')).to.equal(null);

    const [envelope] = await received(key);
    expect(envelope!.type).to.equal('family-event-rsvp');
    expect(envelope!.data).to.deep.equal({
      eventId: 'conferences',
      response: 'yes',
      name: 'Ana Pérez',
      contact: { email: 'ana@example.org' },
      slotId: 's1520',
      waitlist: false,
    });

    const link = $<HTMLAnchorElement>(el, 'a[part="calendar-link"]')!;
    expect(textOf(link)).to.equal('Add to calendar');
    expect(link.getAttribute('download')).to.equal('conferences.ics');
    expect(link.href).to.match(/^blob:/);
    // the Send button went away with the form: focus is on the next thing to do
    expect(shadow(el).activeElement).to.equal(link);
    const blob = await (await fetch(link.href)).blob();
    expect(blob.type).to.equal('text/calendar;charset=utf-8');
    const lines = unfold(await blob.text()).split('\r\n');
    expect(lines).to.include('SUMMARY:Parent-teacher conference');
    expect(lines).to.include('LOCATION:Room 12');
    // the chosen slot's time, 15:20–15:40 in Chicago (UTC−6), in UTC
    expect(lines).to.include('DTSTART:20261112T212000Z');
    expect(lines).to.include('DTEND:20261112T214000Z');
    expect(lines).to.include(`UID:conferences.s1520@${location.hostname}`);
    expect(lines.find((l) => l.startsWith('DTSTAMP:'))).to.match(/^DTSTAMP:\d{8}T\d{6}Z$/);
    await expect(el).to.be.accessible();
  });

  it('puts the chosen workshops in the calendar file', async () => {
    const el = await element(literacyNight, endpoint(unique('workshops')));
    await answer(el, 'Yes');
    await check(el, 'Reading apps');
    await fillContact(el);
    const sent = oneEvent(el, 'family-submitted');
    submitButton(el)!.click();
    await sent;
    await el.updateComplete;
    const href = $<HTMLAnchorElement>(el, 'a[part="calendar-link"]')!.href;
    const text = unfold(await (await fetch(href)).text());
    expect(text).to.contain('DESCRIPTION:Dinner\\, childcare and workshops.\\n\\nWorkshops: Reading apps\r\n');
    expect(text).to.contain('DTSTART:20261203T230000Z\r\n');
    expect(text).to.contain('LOCATION:Lincoln Elementary\\, library\r\n');
  });

  it('offers no calendar file after a no', async () => {
    const el = await element(literacyNight, endpoint(unique('no')));
    await answer(el, 'No');
    await fillContact(el);
    const sent = oneEvent(el, 'family-submitted');
    submitButton(el)!.click();
    await sent;
    await el.updateComplete;
    expect(statusText(el)).to.contain('Thank you!');
    expect($(el, 'a[part="calendar-link"]')).to.equal(null);
    expect(shadow(el).activeElement?.id).to.equal('event-title');
  });

  it('shows a 409 "slot taken" at the slot field and in the error summary, keeping the answers', async () => {
    const key = unique('taken');
    const message = 'That time was just taken. Please choose another.';
    const el = await element(conferences, endpoint(key, 409, { errors: { slotId: message } }));
    await answer(el, 'Yes');
    shadow(el).querySelector<HTMLInputElement>('#slot-2')!.click();
    await fillContact(el);
    const invalid = oneEvent(el, 'family-invalid');
    submitButton(el)!.click();
    const event = (await invalid) as CustomEvent<{ errors: Record<string, string>; source: string }>;
    expect(event.detail).to.deep.equal({ errors: { slotId: message }, source: 'server' });
    await el.updateComplete;
    expect(fieldErrorText(el, 'slotId')).to.contain(message);
    expect(textOf($(el, '[data-field="slotId"]'))).to.contain(message);
    const summary = $(el, '.error-summary, [part="error-summary"]');
    expect(textOf(summary)).to.contain(message);
    // the answers are still there to change
    expect(shadow(el).querySelector<HTMLInputElement>('#slot-2')!.checked).to.equal(true);
    expect(shadow(el).querySelector<HTMLInputElement>('#name')!.value).to.equal('Ana Pérez');
    expect(await received(key)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows a 409 "workshop full" at the workshops', async () => {
    const message = 'Reading apps filled up. Please choose another workshop.';
    const el = await element(literacyNight, endpoint(unique('full'), 409, { errors: { sessionIds: message } }));
    await answer(el, 'Yes');
    await check(el, 'Reading apps');
    await fillContact(el);
    const invalid = oneEvent(el, 'family-invalid');
    submitButton(el)!.click();
    await invalid;
    await el.updateComplete;
    expect(textOf($(el, '[data-field="sessionIds"]'))).to.contain(message);
  });

  it('confirms the waitlist when the endpoint answers { "waitlisted": true }', async () => {
    const el = await element(literacyNight, endpoint(unique('waitlisted'), 200, { waitlisted: true }));
    await answer(el, 'Yes');
    await fillContact(el);
    const sent = oneEvent(el, 'family-submitted');
    submitButton(el)!.click();
    await sent;
    await waitUntil(() => statusText(el).includes('You are on the waitlist'), 'waitlist confirmation');
    // not a confirmed place: nothing to put in the calendar yet
    expect($(el, 'a[part="calendar-link"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends waitlist: true for a full event and shows the waitlist confirmation', async () => {
    const key = unique('full-event');
    const el = await element({ ...literacyNight, remaining: 0 }, endpoint(key, 200, { waitlisted: true }));
    await answer(el, 'Yes');
    await fillContact(el);
    const sent = oneEvent(el, 'family-submitted');
    submitButton(el)!.click();
    await sent;
    const [envelope] = await received(key);
    expect(envelope!.data['waitlist']).to.equal(true);
    await waitUntil(() => statusText(el).includes('You are on the waitlist'), 'waitlist confirmation');
  });

  it('offers no calendar file for a waitlist reply, even when the endpoint answers a plain 2xx', async () => {
    const key = unique('full-plain');
    const el = await element({ ...literacyNight, remaining: 0 }, endpoint(key));
    await answer(el, 'Yes');
    await fillContact(el);
    const sent = oneEvent(el, 'family-submitted');
    submitButton(el)!.click();
    await sent;
    await el.updateComplete;
    const [envelope] = await received(key);
    expect(envelope!.data['waitlist']).to.equal(true);
    expect(statusText(el)).to.contain('Thank you!');
    // the family has no place: nothing to put in the calendar
    expect(textOf($(el, '[part="status"]'))).not.to.contain('Add to calendar');
    expect(shadow(el).activeElement?.id).to.equal('event-title');
  });

  it('after a success reported with respondWith, offers the calendar file for a yes but not for a waitlist reply', async () => {
    for (const [event, offered] of [
      [literacyNight, true],
      [{ ...literacyNight, remaining: 0 }, false],
    ] as const) {
      const el = await rsvp(event);
      await answer(el, 'Yes');
      await fillContact(el);
      const data = await sentData(el);
      expect(data.waitlist).to.equal(!offered);
      await waitUntil(() => statusText(el).includes('Thank you!'), 'the thank-you');
      await el.updateComplete;
      expect(textOf($(el, '[part="status"]')).includes('Add to calendar'), `waitlist: ${data.waitlist}`).to.equal(offered);
    }
  });
});
