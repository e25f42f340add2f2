import { expect } from '@open-wc/testing';
import { reloadNoticeTest } from '../../pages/views-offline.js';

// The catalog's courses show only with its course list (course-list.ts); its heading shows without it.
reloadNoticeTest(
  'family-course-catalog',
  '/test/pages/catalog-offline.html',
  (el) => el.shadowRoot?.querySelector('.card h3')?.textContent === 'Reading together at home',
  (el) => expect(el.shadowRoot!.textContent).to.contain('Courses for families'),
);
