import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/components/survey/family-survey.js';
import type { FamilySurvey } from '../../../src/components/survey/family-survey.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { $, $$, mountSurvey, textOf, uniqueFormId, waitForSurvey } from './survey-fixtures.js';
import '../../axe.js';

type FamilyErrorEvent = CustomEvent<{ kind: string; message: string }>;

/** Collects console.warn while `body` runs, without printing. */
async function quietWarnings<T>(body: (warnings: string[]) => Promise<T>): Promise<T> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return await body(warnings);
  } finally {
    console.warn = warn;
  }
}

function create(attrs: Record<string, string> = {}): FamilySurvey {
  const el = document.createElement('family-survey');
  el.setAttribute('no-language-picker', '');
  el.setAttribute('form-id', uniqueFormId('def'));
  el.setAttribute('no-draft', '');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('<family-survey> definitions', () => {
  const mounted: Element[] = [];
  before(() => setLocale('en', { remember: false }));
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('loads a sample definition from src', async () => {
    const el = create({ src: '/samples/surveys/family-night-feedback.json' });
    mounted.push(el);
    document.body.append(el);
    await el.updateComplete;
    expect(textOf($(el, '[role="status"]'))).to.equal('Loading the survey…');
    await waitForSurvey(el);
    expect(textOf($(el, '[part="title"]'))).to.equal('Family night: how did it go?');
    expect($$(el, '[data-field="answers.parts"] fieldset.likert-item')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = create();
    mounted.push(el);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ id: 'inline', title: 'Inline survey', questions: [{ id: 'q', type: 'yesno', text: 'Fine?' }] });
    el.append(script);
    document.body.append(el);
    await waitForSurvey(el);
    expect(textOf($(el, '[part="title"]'))).to.equal('Inline survey');
    expect($$(el, '[data-field="answers.q"] input[type="radio"]')).to.have.length(2);
  });

  it('.definition takes precedence over src', async () => {
    const el = create({ src: '/samples/surveys/family-night-feedback.json' });
    mounted.push(el);
    el.definition = { id: 'prop', title: 'From the property', questions: [{ id: 'q', type: 'yesno', text: 'Fine?' }] };
    document.body.append(el);
    await waitForSurvey(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(textOf($(el, '[part="title"]'))).to.equal('From the property');
  });

  it('an invalid definition lists each problem by JSON path for the webmaster and fires family-error "definition"', async () => {
    await quietWarnings(async () => {
      const el = create();
      mounted.push(el);
      el.definition = {
        id: 'bad',
        pages: [{ questions: [{ id: 'a', type: 'yesno', text: 'x' }, { id: 'b', type: 'yesno', text: 'x' }, { id: 'c', type: 'yesno', text: 'x' }, { id: 'd', type: 'single', text: 'x', options: [] }] }],
      };
      const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
      document.body.append(el);
      const event = await error;
      expect(event.detail.kind).to.equal('definition');
      expect(event.detail.message).to.contain('pages[0].questions[3].options: at least one option');
      await el.updateComplete;
      const problem = $(el, '[part="problem"]')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(textOf(problem.querySelector('h2'))).to.equal('This survey cannot be shown');
      expect($$(el, '[part="problem"] li').map(textOf)).to.deep.equal(['pages[0].questions[3].options: at least one option']);
      expect($(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();

      // fixed: the survey replaces the problem
      el.definition = { id: 'good', questions: [{ id: 'q', type: 'yesno', text: 'Fine?' }] };
      await el.updateComplete;
      expect($(el, '[part="problem"]')).to.equal(null);
      expect($(el, 'form')).to.exist;
    });
  });

  it('words the problems in the active language, for a webmaster who reads it', async () => {
    await setLocale('es', { remember: false });
    try {
      await quietWarnings(async () => {
        const el = create({ src: '/test/components/survey/fixtures/invalid-survey.json' });
        mounted.push(el);
        const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
        document.body.append(el);
        await error;
        await el.updateComplete;
        expect(textOf($(el, '[part="problem"] h2'))).to.equal('No se puede mostrar esta encuesta');
        const problems = $$(el, '[part="problem"] li').map(textOf);
        expect(problems).to.include.members([
          // a schema message, a whole-definition check, a rule check
          'pages[0].questions[3].options: al menos una opción',
          'pages[0].questions[4].id: el id "q0" ya lo usa pages[0].questions[0]',
          'pages[0].questions[2].visibleIf.question: no hay ninguna pregunta "q9" en esta encuesta',
        ]);
      });
    } finally {
      await setLocale('en', { remember: false });
    }
  });

  it('a src with several problems lists them all; unknown keys are warned about by path', async () => {
    await quietWarnings(async (warnings) => {
      const el = create({ src: '/test/components/survey/fixtures/invalid-survey.json' });
      mounted.push(el);
      const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
      document.body.append(el);
      expect((await error).detail.kind).to.equal('definition');
      await el.updateComplete;
      const problems = $$(el, '[part="problem"] li').map(textOf);
      expect(problems).to.include.members([
        'pages[0].questions[3].options: at least one option',
        'pages[0].questions[4].id: the id "q0" is already used by pages[0].questions[0]',
        'pages[0].questions[2].visibleIf.question: there is no question "q9" in this survey',
      ]);
      expect(warnings.some((w) => w.includes('pages[0].questions[4].visibelIf'))).to.equal(true);
    });
  });

  it('a valid definition with a typo still shows, and warns naming the key and its path', async () => {
    await quietWarnings(async (warnings) => {
      const el = await mountSurvey(
        { id: 'typo', questions: [{ id: 'q1', type: 'yesno', text: 'A' }, { id: 'q2', type: 'text', text: 'B', visibelIf: { question: 'q1', equals: true } }] },
        { 'form-id': uniqueFormId('typo'), 'no-draft': '' },
      );
      mounted.push(el);
      expect($(el, '[data-field="answers.q2"]')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('questions[1].visibelIf');
    });
  });

  it('a src that answers 404 says so, with the address, and fires family-error "network"', async () => {
    await quietWarnings(async () => {
      const el = create({ src: '/samples/surveys/no-such-survey.json' });
      mounted.push(el);
      const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
      document.body.append(el);
      const event = await error;
      expect(event.detail.kind).to.equal('network');
      expect(event.detail.message).to.contain('no-such-survey.json').and.contain('HTTP 404');
      await el.updateComplete;
      expect(textOf($(el, '[part="problem"]'))).to.contain('answered with HTTP 404');
      await expect(el).to.be.accessible();
    });
  });

  it('a src that is not JSON says so', async () => {
    await quietWarnings(async () => {
      const el = create({ src: '/test/components/survey/fixtures/not-json.json' });
      mounted.push(el);
      const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
      document.body.append(el);
      expect((await error).detail.kind).to.equal('definition');
      await el.updateComplete;
      expect(textOf($(el, '[part="problem"]'))).to.contain('not-json.json is not valid JSON');
    });
  });

  it('a src that does not answer in time says so', async () => {
    await quietWarnings(async () => {
      // a real server that answers a valid definition, but only after 5 s (test/core/submit/responder.mjs)
      const definition = { id: 'slow', questions: [{ id: 'q', type: 'yesno', text: 'Late?' }] };
      const src = `/__respond/survey-slow-${Date.now()}?delay=5000&body=${encodeURIComponent(JSON.stringify(definition))}`;
      const el = create({ src, timeout: '300' });
      mounted.push(el);
      const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
      document.body.append(el);
      const event = await error;
      expect(event.detail.kind).to.equal('network');
      expect(event.detail.message).to.contain('did not answer in time');
      await el.updateComplete;
      expect(textOf($(el, '[part="problem"]'))).to.contain('did not answer in time');
    });
  });

  it('an inline script that is not JSON is a definition error and never throws into the page', async () => {
    await quietWarnings(async () => {
      const el = create();
      mounted.push(el);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ nope';
      el.append(script);
      const error = oneEvent(el, 'family-error') as Promise<FamilyErrorEvent>;
      document.body.append(el);
      expect((await error).detail.kind).to.equal('definition');
      await el.updateComplete;
      expect(textOf($(el, '[part="problem"]'))).to.contain('(the inline script): is not valid JSON');
    });
  });
});
