import { reloadNoticeTest } from '../../pages/views-offline.js';

// A tip given as data (here from `src`) shows once its checks (tip-checks.ts) have read it.
reloadNoticeTest(
  'family-homework-tip',
  '/test/pages/tip-offline.html',
  (el) => el.shadowRoot?.querySelector('#title')?.textContent?.trim() === 'Count the coins at home',
);
