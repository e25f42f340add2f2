import { expect } from '@open-wc/testing';
import {
  eventFull,
  msUntilWindowChange,
  parseAges,
  replyWindow,
  sessionFull,
} from '../../../src/components/event-rsvp/availability.js';
import { parseEvent } from '../../../src/components/event-rsvp/event-checks.js';
import { eventFromAttributes, type EventAttributes } from '../../../src/components/event-rsvp/event-source.js';
import { rsvpPayloadSchema } from '../../../src/components/event-rsvp/event.schema.js';
import { usPhoneToE164 } from '../../../src/components/event-rsvp/us-phone.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { payloadSchemas } from '../../../src/schemas.js';

const event = {
  id: 'lit-night',
  title: { en: 'Literacy night', es: 'Noche de lectura' },
  start: '2026-12-03T18:00-05:00',
  end: '2026-12-03T19:30:00-05:00',
  location: 'Library',
};

const noAttributes: EventAttributes = {
  eventId: null,
  eventTitle: null,
  start: null,
  end: null,
  timeZone: null,
  location: null,
  description: null,
  capacity: null,
  remaining: null,
  opens: null,
  closes: null,
};

describe('event-rsvp data', () => {
  describe('the event schema', () => {
    it('accepts an event with locale maps, sessions and slots, and date-times with or without seconds', () => {
      const result = parseEvent({
        ...event,
        timeZone: 'America/New_York',
        capacity: 40,
        remaining: 0,
        sessions: [{ id: 'a', title: 'Reading aloud', capacity: 10, remaining: 2 }],
        slots: [{ id: 's1', start: '2026-12-03T18:00:00Z', end: '2026-12-03T18:15:00Z', taken: true }],
      });
      expect(result).to.have.property('event');
    });

    it('names every problem by its path, in words a webmaster can act on', () => {
      const result = parseEvent({
        id: '',
        title: 5,
        start: '2026-12-03 18:00',
        end: '2026-12-03T17:00:00Z',
        location: 'Library',
        timeZone: 'Mars/Olympus',
        remaining: 2.5,
        slots: [{ id: 's', start: '2026-12-03T18:00:00Z', end: '2026-12-03T17:00:00Z' }],
      });
      expect(result).to.have.property('problems');
      const problems = 'problems' in result ? result.problems : [];
      const byPath = Object.fromEntries(problems.map((p) => [p.path, p.problem]));
      expect(byPath['id']).to.equal('must not be empty');
      expect(byPath['title']).to.contain('map of language code');
      expect(byPath['start']).to.contain('ISO 8601');
      expect(byPath['timeZone']).to.contain('time zone');
      expect(byPath['remaining']).to.equal('expected a whole number');
      expect(byPath['slots.0.end']).to.equal('must end after it starts');
    });

    it('words the problems in the active language', async () => {
      await setLocale('vi', { remember: false });
      try {
        const result = parseEvent({ ...event, id: '', timeZone: 'Mars/Olympus', remaining: 2.5 });
        const problems = 'problems' in result ? result.problems : [];
        const byPath = Object.fromEntries(problems.map((p) => [p.path, p.problem]));
        expect(byPath['id']).to.equal('không được để trống');
        expect(byPath['timeZone']).to.equal('không phải là múi giờ trình duyệt biết, ví dụ "America/Chicago"');
        expect(byPath['remaining']).to.equal('cần một số nguyên');
      } finally {
        await setLocale('en', { remember: false });
      }
    });

    it('lists keys it does not know, so a typo such as "timezone" is found', () => {
      const result = parseEvent({
        ...event,
        timezone: 'America/Chicago',
        sessions: [{ id: 'a', title: 'A', titel: 'typo' }],
        slots: [{ id: 's', start: event.start, end: event.end, takne: true }],
      });
      expect('event' in result && result.unknownKeys).to.deep.equal(['timezone', 'sessions.0.titel', 'slots.0.takne']);
      expect('event' in parseEvent(event) && parseEvent(event)).not.to.have.property('unknownKeys');
    });

    it('refuses a local time without an offset (it would be a different instant on every device)', () => {
      expect(parseEvent({ ...event, start: '2026-12-03T18:00:00' })).to.have.property('problems');
    });

    it('names attributes, not JSON keys, for an event from attributes', () => {
      const result = parseEvent(
        eventFromAttributes({ ...noAttributes, start: event.start, end: event.end, location: 'Gym', capacity: 'many' }),
        { fromAttributes: true },
      );
      const paths = 'problems' in result ? result.problems.map((p) => p.path) : [];
      expect(paths).to.include.members(['event-id', 'event-title', 'capacity']);
    });

    it('reads numbers from attributes', () => {
      const result = parseEvent(
        eventFromAttributes({
          ...noAttributes,
          eventId: 'x',
          eventTitle: 'Night',
          start: event.start,
          end: event.end,
          location: 'Gym',
          capacity: '40',
          remaining: ' 3 ',
        }),
      );
      expect('event' in result && result.event.remaining).to.equal(3);
      expect('event' in result && result.event.capacity).to.equal(40);
    });
  });

  describe('the payload schema', () => {
    it('is the one registered for family-event-rsvp', () => {
      expect(payloadSchemas['family-event-rsvp']).to.equal(rsvpPayloadSchema);
    });
    it('accepts the smallest reply and a full one, and refuses a phone that is not E.164', () => {
      expect(rsvpPayloadSchema.safeParse({ eventId: 'x', response: 'no', name: 'Ana', contact: {}, waitlist: false }).success).to
        .be.true;
      const full = {
        eventId: 'x',
        response: 'yes',
        name: 'Ana',
        contact: { email: 'ana@example.org', phone: { number: '+15551234567', extension: '12' } },
        adults: 2,
        children: 1,
        childcare: { needed: true, ages: [3] },
        interpretation: 'other',
        languageOther: 'Mam',
        meal: 'vegetarian',
        accessibility: 'wheelchair',
        transportation: true,
        sessionIds: ['a'],
        slotId: 's1',
        waitlist: false,
      };
      expect(rsvpPayloadSchema.safeParse(full).success).to.be.true;
      expect(rsvpPayloadSchema.safeParse({ ...full, contact: { phone: { number: '555-1234' } } }).success).to.be.false;
      expect(rsvpPayloadSchema.safeParse({ ...full, childcare: { needed: true, ages: [18] } }).success).to.be.false;
    });
  });

  describe('usPhoneToE164', () => {
    it('reads US numbers as families write them', () => {
      for (const typed of ['(555) 234-5678', '555.234.5678', '555 234 5678', '1-555-234-5678', '+1 555 234 5678', '5552345678']) {
        expect(usPhoneToE164(typed), typed).to.deep.equal({ number: '+15552345678' });
      }
    });
    it('keeps an extension apart', () => {
      expect(usPhoneToE164('555-234-5678 ext. 12')).to.deep.equal({ number: '+15552345678', extension: '12' });
      expect(usPhoneToE164('555-234-5678x9')).to.deep.equal({ number: '+15552345678', extension: '9' });
    });
    it('keeps international numbers written with + or 00', () => {
      expect(usPhoneToE164('+52 55 1234 5678')).to.deep.equal({ number: '+525512345678' });
      expect(usPhoneToE164('00 509 3456 7890')).to.deep.equal({ number: '+50934567890' });
    });
    it('refuses what cannot be a number', () => {
      for (const typed of ['', '555-1234', '055-234-5678', '555-134-5678', 'call me', '+0 123 456 789', '+1 055 234 5678']) {
        expect(usPhoneToE164(typed), typed).to.equal(null);
      }
    });
  });

  describe('availability', () => {
    const window = { opens: '2026-11-01T00:00:00Z', closes: '2026-12-01T00:00:00Z' };
    it('knows before, during and after the reply window', () => {
      expect(replyWindow(window, new Date('2026-10-31T23:59:59Z')).phase).to.equal('before');
      expect(replyWindow(window, new Date('2026-11-01T00:00:00Z')).phase).to.equal('open');
      expect(replyWindow(window, new Date('2026-12-01T00:00:00Z')).phase).to.equal('after');
      expect(replyWindow({}, new Date()).phase).to.equal('open');
      expect(msUntilWindowChange(window, new Date('2026-10-31T23:59:00Z'))).to.equal(60_000);
      expect(msUntilWindowChange(window, new Date('2026-12-02T00:00:00Z'))).to.equal(undefined);
    });
    it('is full with no places left, or with every slot taken', () => {
      expect(eventFull({ remaining: 0 })).to.be.true;
      expect(eventFull({ remaining: 3 })).to.be.false;
      expect(eventFull({})).to.be.false;
      const slot = { id: 'a', start: '', end: '' };
      expect(eventFull({ slots: [{ ...slot, taken: true }] })).to.be.true;
      expect(eventFull({ slots: [{ ...slot, taken: true }, { ...slot, id: 'b' }] })).to.be.false;
      expect(sessionFull({ remaining: 0 })).to.be.true;
      expect(sessionFull({})).to.be.false;
    });
  });

  describe('parseAges', () => {
    it('reads ages however they are separated, in Western or Arabic digits', () => {
      expect(parseAges('3, 5 and 8')).to.deep.equal([3, 5, 8]);
      expect(parseAges('4 y 7 años')).to.deep.equal([4, 7]);
      expect(parseAges('٤ و ٧')).to.deep.equal([4, 7]);
      expect(parseAges('۶')).to.deep.equal([6]);
    });
    it('refuses text without a number, or an adult age', () => {
      expect(parseAges('three')).to.equal(null);
      expect(parseAges('')).to.equal(null);
      expect(parseAges('4, 18')).to.equal(null);
    });
  });
});
