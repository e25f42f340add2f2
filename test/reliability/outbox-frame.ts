// A page opened after (or next to) one that queued a submission: a reload, a
// second tab, or another page of the site with these forms. It points its
// outbox at the test's database and puts the real element on the page, which
// wakes the outbox. Every envelope this page delivers is listed in
// `body[data-submitted]`, so the test can see who sent what.
import '../../src/index.js';
import { configureOutbox } from '../../src/core/submit/outbox.js';

const params = new URLSearchParams(location.search);
configureOutbox({ dbName: params.get('db')!, minGapMs: 0, useWebLocks: params.get('locks') !== 'lease' });
const el = document.createElement(params.get('tag')!);
el.setAttribute('form-id', params.get('formId')!);
el.setAttribute('endpoint', params.get('endpoint')!);
el.setAttribute('no-language-picker', '');
const delivered: string[] = [];
document.addEventListener('family-submitted', (e) => {
  delivered.push((e as CustomEvent<{ envelope: { id: string } }>).detail.envelope.id);
  document.body.dataset['submitted'] = delivered.join(' ');
});
document.body.append(el);
