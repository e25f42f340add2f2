import { expect } from '@open-wc/testing';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import type { SurveyDefinition } from '../../../src/components/survey/survey.schema.js';
import { DRAFT_PREFIX } from '../../../src/core/form/drafts.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { configureOutbox, getOutbox, outboxEntries } from '../../../src/core/submit/outbox.js';
import { receiverCounts, setFaults, submissionsUrl } from '../../receiver.js';
import { statusText, uniqueId, waitForState } from '../../core/submit/submitting-element-suite.js';
import { $, mountSurvey, pressSubmit, type, uniqueFormId } from './survey-fixtures.js';

// A survey sent while the receiver was unreachable waits in the outbox, and its draft stays
// until the answers arrive (CONTRACT.md §2 responses: "2xx … draft cleared"; §3 drafts).

const definition: SurveyDefinition = {
  id: 'queued-draft',
  questions: [{ id: 'q1', type: 'text', text: 'What would help your family?', required: true }],
};

const draftKeys = (formId: string) => Object.keys(localStorage).filter((k) => k.startsWith(DRAFT_PREFIX) && k.includes(formId));

describe('<family-survey> answers waiting in the outbox, and their draft', function () {
  this.timeout(30_000);
  const mounted: FamilySurvey[] = [];
  before(() => {
    setLocale('en', { remember: false });
    configureOutbox({ dbName: uniqueId('survey-queued'), minGapMs: 0, random: () => 0.999 });
  });
  afterEach(async () => {
    for (const el of mounted.splice(0)) el.remove();
    await getOutbox().clear();
  });

  const mount = async (formId: string) => {
    const el = await mountSurvey(definition, { 'form-id': formId, endpoint: submissionsUrl() });
    mounted.push(el);
    return el;
  };

  /** Answers q1 and presses Send while the receiver is down: the answers wait in the outbox. */
  async function queueAnswers(): Promise<{ formId: string; first: FamilySurvey }> {
    const formId = uniqueFormId('queued');
    await setFaults(formId, { down: true });
    const first = await mount(formId);
    await type(first, 'answers.q1', 'Evening events, please.');
    await pressSubmit(first);
    await waitForState(first, 'queued');
    expect(draftKeys(formId), 'the draft stays until the answers arrive').to.have.length(1);
    first.remove();
    return { formId, first };
  }

  it('a reload while they wait shows them as saved on this device, not as a form to send again; then the thank-you', async () => {
    const { formId } = await queueAnswers();
    const reloaded = await mount(formId);
    await waitForState(reloaded, 'queued');
    expect(statusText(reloaded)).to.contain('Not sent yet');
    expect($(reloaded, 'button[type="submit"]'), 'no Send beside the saved answers').to.equal(null);
    await expect(reloaded).to.be.accessible();

    await setFaults(formId, { down: false });
    await getOutbox().process('wake');
    await waitForState(reloaded, 'sent');
    expect(statusText(reloaded)).to.contain('Thank you');
    expect(draftKeys(formId)).to.deep.equal([]);
    expect(await receiverCounts(formId)).to.include({ count: 1 });
  });

  it('delivered while no survey is on the page: the draft is removed all the same, and the next visit starts empty', async () => {
    const { formId } = await queueAnswers();
    await setFaults(formId, { down: false });
    await getOutbox().process('wake'); // another page of the site, with no survey on it
    expect(await outboxEntries()).to.have.length(0);
    expect(await receiverCounts(formId)).to.include({ count: 1 });
    expect(draftKeys(formId)).to.deep.equal([]);
    const later = await mount(formId);
    expect(later.submission.state).to.equal('idle');
    expect($<HTMLInputElement>(later, '[data-field="answers.q1"] input')!.value).to.equal('');
  });

  it('"Clear" in the saved-on-this-device box removes the draft with the waiting entry', async () => {
    const { formId } = await queueAnswers();
    const reloaded = await mount(formId);
    await waitForState(reloaded, 'queued');
    $<HTMLButtonElement>(reloaded, '[part~="clear-button"]')!.click();
    await reloaded.updateComplete;
    $<HTMLButtonElement>(reloaded, '[part~="clear-confirm-button"]')!.click();
    await waitForState(reloaded, 'idle');
    expect(await outboxEntries()).to.have.length(0);
    expect(draftKeys(formId)).to.deep.equal([]);
    expect(await receiverCounts(formId)).to.include({ count: 0 });
  });
});
