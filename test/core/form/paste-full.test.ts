import { expect } from '@open-wc/testing';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { $, field, mountSurvey, textOf, uniqueFormId } from '../../components/survey/survey-fixtures.js';
import '../../axe.js';

/** What the browser does with a paste into a field with maxlength: only the start that fits goes in. */
function paste(input: HTMLInputElement, text: string): void {
  input.value = (input.value + text).slice(0, input.maxLength);
  input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', bubbles: true, composed: true }));
}

describe('a paste that fills a field to its maxlength', () => {
  let el: FamilySurvey | undefined;
  before(() => setLocale('en', { remember: false }));
  afterEach(() => el?.remove());

  async function mount(): Promise<HTMLInputElement> {
    el = await mountSurvey(
      { id: 'paste', questions: [{ id: 'q1', type: 'text', text: 'Your name', maxLength: 10 }] },
      { 'form-id': uniqueFormId('paste'), 'no-draft': '' },
    );
    return field(el, 'answers.q1')!.querySelector('input')!;
  }

  it('is said at the field and tied to it while the field stays full', async () => {
    const input = await mount();
    paste(input, 'Maria de los Angeles');
    await el!.updateComplete;
    const note = $(el!, '[data-field="answers.q1"] .hint');
    expect(textOf(note)).to.equal('This field is full: check that the end of what you pasted is there.');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(note!.id);
    expect(input.getAttribute('aria-invalid')).to.equal(null);
    await expect(el).to.be.accessible();

    type(input, 'Maria');
    await el!.updateComplete;
    expect(textOf(field(el!, 'answers.q1'))).not.to.contain('This field is full');
  });

  it('says nothing when the paste fits, or when the field is filled by typing', async () => {
    const input = await mount();
    paste(input, 'Maria');
    await el!.updateComplete;
    expect(textOf(field(el!, 'answers.q1'))).not.to.contain('This field is full');
    type(input, 'Maria de l');
    await el!.updateComplete;
    expect(textOf(field(el!, 'answers.q1'))).not.to.contain('This field is full');
  });
});
