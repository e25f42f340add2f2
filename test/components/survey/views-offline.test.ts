import { reloadNoticeTest } from '../../pages/views-offline.js';

// A survey shows only with its question views (survey-questions.ts).
reloadNoticeTest('family-survey', '/test/pages/survey-offline.html', (el) =>
  (el.shadowRoot?.textContent ?? '').includes('Did you enjoy it?'),
);
