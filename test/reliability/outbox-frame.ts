// A page opened after (or next to) one that queued submissions: a reload, a
// second tab, or another page of the site with these forms. It points its
// outbox at the test's database and puts the real elements on the page (one
// per `tag` and `formId` pair), which wakes the outbox. Every envelope this
// page delivers is listed in `body[data-submitted]`, so the test can see who
// sent what.
import '../../src/index.js';
import { configureOutbox } from '../../src/core/submit/outbox.js';

const params = new URLSearchParams(location.search);
configureOutbox({ dbName: params.get('db')!, minGapMs: 0, useWebLocks: params.get('locks') !== 'lease' });
const formIds = params.getAll('formId');
const delivered: string[] = [];
document.addEventListener('family-submitted', (e) => {
  delivered.push((e as CustomEvent<{ envelope: { id: string } }>).detail.envelope.id);
  document.body.dataset['submitted'] = delivered.join(' ');
});
params.getAll('tag').forEach((tag, i) => {
  const el = document.createElement(tag);
  el.setAttribute('form-id', formIds[i]!);
  el.setAttribute('endpoint', params.get('endpoint')!);
  el.setAttribute('no-language-picker', '');
  document.body.append(el);
});
