import { reloadNoticeTest } from '../../pages/views-offline.js';

// The RSVP's event shows only with its checks and view (event-checks.ts, event-view.ts).
reloadNoticeTest(
  'family-event-rsvp',
  '/test/pages/rsvp-offline.html',
  (el) => el.shadowRoot?.querySelector('#event-title')?.textContent?.trim() === 'Family literacy night',
);
