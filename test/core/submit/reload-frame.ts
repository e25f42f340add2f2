// A page opened after another one queued a submission (a reload, or another
// page of the site with these forms): it points its outbox at the test's
// database and puts one element on the page, which wakes the outbox.
import { configureOutbox } from '../../../src/core/submit/outbox.js';
import './fixture-submitting.js';

const params = new URLSearchParams(location.search);
configureOutbox({ dbName: params.get('db')!, minGapMs: 0 });
const el = document.createElement('fixture-submitting');
el.setAttribute('form-id', params.get('formId')!);
el.setAttribute('endpoint', params.get('endpoint')!);
el.setAttribute('no-language-picker', '');
el.addEventListener('family-submitted', (e) => {
  document.body.dataset['submitted'] = (e as CustomEvent<{ envelope: { id: string } }>).detail.envelope.id;
});
document.body.append(el);
