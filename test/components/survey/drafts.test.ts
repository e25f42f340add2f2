import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import type { SurveyDefinition } from '../../../src/components/survey/survey.schema.js';
import { DRAFT_PREFIX } from '../../../src/core/form/drafts.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { $, captureSubmission, choose, mountSurvey, pageHeading, pressSubmit, type, uniqueFormId } from './survey-fixtures.js';

const definition: SurveyDefinition = {
  id: 'draft-survey',
  pages: [
    {
      title: 'One',
      questions: [
        { id: 'color', type: 'single', text: 'Colour', options: [{ value: 'red', label: 'Red' }, { value: 'blue', label: 'Blue' }], other: true },
        { id: 'note', type: 'text', text: 'Note', multiline: true },
      ],
    },
    { title: 'Two', questions: [{ id: 'agree', type: 'likert', text: 'Agree?', scale: 'agreement4', items: [{ id: 'a', text: 'A' }] }] },
  ],
};

const draftKeys = (formId: string) => Object.keys(localStorage).filter((k) => k.startsWith(DRAFT_PREFIX) && k.includes(formId));

describe('<family-survey> drafts', () => {
  const mounted: FamilySurvey[] = [];
  before(() => setLocale('en', { remember: false }));
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));
  const mount = async (attrs: Record<string, string>, def: SurveyDefinition = definition) => {
    const el = await mountSurvey(def, attrs);
    mounted.push(el);
    return el;
  };

  it('come back in a re-created element (a reload) with the page the family was on', async () => {
    const formId = uniqueFormId('draft');
    const attrs = { 'form-id': formId, endpoint: `/api/${formId}` };
    const first = await mount(attrs);
    await choose(first, 'answers.color', 'Other');
    await type(first, 'other.color', 'Teal');
    await type(first, 'answers.note', 'ملاحظة مهمة');
    await pressSubmit(first);
    expect(pageHeading(first)).to.equal('Two (Page 2 of 2)');
    await choose(first, 'answers.agree.a', 'Agree');
    expect(draftKeys(formId)).to.have.length(1);
    first.remove();

    const second = await mount(attrs);
    expect(pageHeading(second)).to.equal('Two (Page 2 of 2)');
    expect($<HTMLInputElement>(second, '[data-field="answers.agree.a"] input[value="3"]')!.checked).to.equal(true);
    $<HTMLButtonElement>(second, '[part="back-button"]')!.click();
    await second.updateComplete;
    expect($<HTMLInputElement>(second, '[data-field="answers.color"] input[value="other"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(second, '[data-field="other.color"] input')!.value).to.equal('Teal');
    expect($<HTMLTextAreaElement>(second, '[data-field="answers.note"] textarea')!.value).to.equal('ملاحظة مهمة');
  });

  it('are kept per form-id and endpoint: another form starts empty', async () => {
    const formId = uniqueFormId('draft-a');
    const a = await mount({ 'form-id': formId, endpoint: '/api/a' });
    await choose(a, 'answers.color', 'Red');
    const otherForm = await mount({ 'form-id': uniqueFormId('draft-b'), endpoint: '/api/a' });
    expect($<HTMLInputElement>(otherForm, '[data-field="answers.color"] input[value="red"]')!.checked).to.equal(false);
    const otherEndpoint = await mount({ 'form-id': formId, endpoint: '/api/b' });
    expect($<HTMLInputElement>(otherEndpoint, '[data-field="answers.color"] input[value="red"]')!.checked).to.equal(false);
  });

  it('are kept per survey id: another survey in the same form-id starts empty', async () => {
    const formId = uniqueFormId('draft-survey-id');
    const a = await mount({ 'form-id': formId });
    await choose(a, 'answers.color', 'Blue');
    a.remove();
    const b = await mount({ 'form-id': formId }, { ...definition, id: 'draft-survey-2' });
    expect($<HTMLInputElement>(b, '[data-field="answers.color"] input[value="blue"]')!.checked).to.equal(false);
  });

  it('are cleared after a successful submission', async () => {
    const formId = uniqueFormId('draft-sent');
    const el = await mount({ 'form-id': formId });
    const capture = captureSubmission(el);
    await choose(el, 'answers.color', 'Blue');
    expect(draftKeys(formId)).to.have.length(1);
    await pressSubmit(el);
    await pressSubmit(el);
    // Send pressed moments after the survey showed waits for its zod checks, which load behind it.
    await waitUntil(() => el.submission.state === 'sent', 'sent', { timeout: 5000 });
    expect(capture.count()).to.equal(1);
    expect(draftKeys(formId)).to.deep.equal([]);
    el.remove();
    const again = await mount({ 'form-id': formId });
    expect(pageHeading(again)).to.equal('One (Page 1 of 2)');
    expect($<HTMLInputElement>(again, '[data-field="answers.color"] input[value="blue"]')!.checked).to.equal(false);
  });

  it('the family can clear their answers from the form and the device', async () => {
    const formId = uniqueFormId('draft-clear');
    const el = await mount({ 'form-id': formId });
    expect($(el, '[part="clear-answers-button"]')).to.equal(null);
    await choose(el, 'answers.color', 'Red');
    await pressSubmit(el);
    await choose(el, 'answers.agree.a', 'Agree');
    expect(draftKeys(formId)).to.have.length(1);
    $<HTMLButtonElement>(el, '[part="clear-answers-button"]')!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="clear-answers-confirm"]'), 'confirm focused');
    expect(el.shadowRoot!.textContent).to.contain('Remove all your answers from this form and from this device?');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="clear-answers-confirm"]')!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('page-heading'), 'heading focused');
    expect(pageHeading(el)).to.equal('One (Page 1 of 2)');
    expect($<HTMLInputElement>(el, '[data-field="answers.color"] input[value="red"]')!.checked).to.equal(false);
    expect(draftKeys(formId)).to.deep.equal([]);
    expect($(el, '[part="clear-answers-button"]')).to.equal(null);
  });

  it('are not kept with no-draft', async () => {
    const formId = uniqueFormId('no-draft');
    const el = await mount({ 'form-id': formId, 'no-draft': '' });
    await choose(el, 'answers.color', 'Red');
    await type(el, 'answers.note', 'private');
    expect(draftKeys(formId)).to.deep.equal([]);
    el.remove();
    const again = await mount({ 'form-id': formId, 'no-draft': '' });
    expect($<HTMLInputElement>(again, '[data-field="answers.color"] input[value="red"]')!.checked).to.equal(false);
  });
});
