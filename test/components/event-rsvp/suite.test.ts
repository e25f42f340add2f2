import { submittingElementSuite } from '../../core/submit/submitting-element-suite.js';
import type { FamilyEventRsvp } from '../../../src/components/event-rsvp/family-event-rsvp.js';
import { answer, conferences, fillContact } from './rsvp-fixtures.js';

// The shared submitting-element tests, with a conference whose slot the
// server may refuse (the field its errors are shown at).
submittingElementSuite(
  'family-event-rsvp',
  async (el) => {
    const rsvp = el as FamilyEventRsvp;
    await answer(rsvp, 'Yes');
    rsvp.shadowRoot!.querySelector<HTMLInputElement>('#slot-1')!.click();
    await rsvp.updateComplete;
    await fillContact(rsvp);
  },
  {
    setup: (el) => {
      (el as FamilyEventRsvp).event = conferences;
    },
    serverField: { path: 'slotId' },
  },
);
