import type { RsvpEventInput } from '../../../src/components/event-rsvp/event.schema.js';

// The sample events of the RSVP tests, as data only (no source of the element), so the tests of
// the built file (lazy-questions.test.ts) can use them too.

/** A literacy night with workshops (one full) and the event's own time zone. */
export const literacyNight: RsvpEventInput = {
  id: 'literacy-night',
  title: { en: 'Family literacy night', es: 'Noche de lectura en familia' },
  start: '2026-12-03T18:00:00-05:00',
  end: '2026-12-03T19:30:00-05:00',
  timeZone: 'America/New_York',
  location: 'Lincoln Elementary, library',
  description: 'Dinner, childcare and workshops.',
  capacity: 120,
  remaining: 34,
  sessions: [
    { id: 'read-aloud', title: { en: 'Reading aloud at home', es: 'Leer en voz alta' }, capacity: 30, remaining: 6 },
    { id: 'library-card', title: 'Get a library card', capacity: 25, remaining: 0 },
    { id: 'apps', title: 'Reading apps' },
  ],
};

/** Conferences with time slots, one taken. */
export const conferences: RsvpEventInput = {
  id: 'conferences',
  title: 'Parent-teacher conference',
  start: '2026-11-12T15:00:00-06:00',
  end: '2026-11-12T18:00:00-06:00',
  timeZone: 'America/Chicago',
  location: 'Room 12',
  slots: [
    { id: 's1500', start: '2026-11-12T15:00:00-06:00', end: '2026-11-12T15:20:00-06:00', taken: true },
    { id: 's1520', start: '2026-11-12T15:20:00-06:00', end: '2026-11-12T15:40:00-06:00' },
    { id: 's1540', start: '2026-11-12T15:40:00-06:00', end: '2026-11-12T16:00:00-06:00' },
  ],
};
