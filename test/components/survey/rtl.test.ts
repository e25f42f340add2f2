import { expect } from '@open-wc/testing';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import type { SurveyDefinition } from '../../../src/components/survey/survey.schema.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { $, $$, mountSurvey, pressSubmit, textOf, uniqueFormId } from './survey-fixtures.js';

const bilingual: SurveyDefinition = {
  id: 'rtl',
  title: { en: 'Family survey', ar: 'استبيان العائلة' },
  questions: [
    {
      id: 'q1',
      type: 'likert',
      scale: 'agreement5',
      required: true,
      text: { en: 'How do you feel?', ar: 'ما رأيك؟' },
      items: [
        { id: 'a', text: { en: 'The school welcomes us', ar: 'المدرسة ترحب بنا' } },
        { id: 'b', text: { en: 'Only in English' } },
      ],
    },
    { id: 'q2', type: 'text', text: { en: 'Comments', ar: 'ملاحظات' } },
  ],
};

describe('<family-survey> right to left', function () {
  // loading the Arabic locale and two axe runs take a while when files run at once
  this.timeout(30_000);
  let el: FamilySurvey | undefined;
  afterEach(async () => {
    el?.remove();
    await setLocale('en', { remember: false });
  });

  it('lays out right to left in Arabic, picks Arabic text, marks English fallbacks, and passes axe', async () => {
    await setLocale('ar', { remember: false });
    el = await mountSurvey(bilingual, { 'form-id': uniqueFormId('rtl'), 'no-draft': '' });
    el.style.setProperty('inline-size', '900px');
    const root = $(el, '[part="base"]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(textOf($(el, '[part="title"]'))).to.equal('استبيان العائلة');
    const legends = $$(el, 'fieldset.likert-item > legend');
    expect(textOf(legends[0])).to.equal('المدرسة ترحب بنا');
    const fallback = legends[1]!.querySelector('[lang]')!;
    expect(fallback.getAttribute('lang')).to.equal('en');
    expect(fallback.getAttribute('dir')).to.equal('ltr');
    // the scale runs from the right: its first choice is right of its last
    const radios = $$(el, '[data-field="answers.q1.a"] input');
    expect(radios[0]!.getBoundingClientRect().left).to.be.greaterThan(radios[radios.length - 1]!.getBoundingClientRect().left);
    // the statement sits on the right, the choices to its left
    expect(legends[0]!.getBoundingClientRect().left).to.be.greaterThan(radios[0]!.getBoundingClientRect().left);
    expect($<HTMLInputElement>(el, '[data-field="answers.q2"] input')!.dir).to.equal('auto');
    await expect(el).to.be.accessible();
    // with errors shown
    await pressSubmit(el);
    expect($(el, '[part="error-summary"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
