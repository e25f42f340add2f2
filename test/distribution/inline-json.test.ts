import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import '../../src/components/survey/family-survey.js';
import '../../src/components/event-rsvp/family-event-rsvp.js';
import '../../src/components/contact-preferences/family-contact-preferences.js';
import '../../src/components/homework-tip/family-homework-tip.js';
import '../../src/components/course-catalog/family-course-catalog.js';
import type { FamilyContactPreferences } from '../../src/components/contact-preferences/family-contact-preferences.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { configureOutbox } from '../../src/core/submit/outbox.js';

// Some CMS editors strip long attributes but keep a `<script type="application/json">` block:
// every element whose data can be large reads it from such a child (CONTRACT.md §3).

type FamilyErrorEvent = CustomEvent<{ kind: string; message: string }>;

interface Mounted {
  el: HTMLElement & { updateComplete: Promise<boolean> };
  errors: { kind: string; message: string }[];
}

const mounted: HTMLElement[] = [];

/** Puts `<tag><script type="application/json">json</script></tag>` in the page, as the CMS would. */
async function mount(tag: string, json: string, attributes: Record<string, string> = {}): Promise<Mounted> {
  const el = document.createElement(tag) as Mounted['el'];
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('no-language-picker', '');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  const errors: Mounted['errors'] = [];
  el.addEventListener('family-error', (e) => errors.push((e as FamilyErrorEvent).detail));
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return { el, errors };
}

const text = (el: HTMLElement) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function sample(path: string): Promise<string> {
  const res = await fetch(path);
  return res.text();
}

describe('inline JSON configuration', () => {
  before(async () => {
    configureOutbox({ dbName: `inline-json-outbox-${Date.now()}`, minGapMs: 0 });
    await setLocale('en', { remember: false });
  });
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
  });

  describe('<family-survey> (definition)', () => {
    it('renders the inline definition', async () => {
      const { el, errors } = await mount('family-survey', await sample('/samples/surveys/family-night-feedback.json'), {
        'form-id': `inline-survey-${Date.now()}`,
        'no-draft': '',
      });
      const definition = JSON.parse(await sample('/samples/surveys/family-night-feedback.json')) as {
        title: string | Record<string, string>;
      };
      const title = typeof definition.title === 'string' ? definition.title : definition.title['en']!;
      await waitUntil(() => text(el).includes(title), 'survey title shown');
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('form')).to.exist;
    });

    it('reports an inline script that is not JSON to the webmaster', async () => {
      const { el, errors } = await mount('family-survey', '{ "id": "x", ', { 'no-draft': '' });
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors[0]!.kind).to.equal('definition');
      expect(text(el)).to.contain('not valid JSON');
    });
  });

  describe('<family-event-rsvp> (event)', () => {
    const event = {
      id: 'inline-night',
      title: 'Inline family night',
      start: '2030-12-03T18:00:00-05:00',
      end: '2030-12-03T19:30:00-05:00',
      location: 'Lincoln Elementary, library',
    };

    it('renders the inline event and offers the reply', async () => {
      const { el, errors } = await mount('family-event-rsvp', JSON.stringify(event), { 'form-id': `inline-rsvp-${Date.now()}` });
      await waitUntil(() => text(el).includes('Inline family night'), 'event title shown');
      expect(text(el)).to.contain('Lincoln Elementary, library');
      expect(el.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.be.greaterThan(1);
      expect(errors).to.deep.equal([]);
    });

    it('checks the inline event like .event (a missing start is a definition error naming it)', async () => {
      const { el, errors } = await mount('family-event-rsvp', JSON.stringify({ ...event, start: undefined }));
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors[0]!.kind).to.equal('definition');
      expect(errors[0]!.message).to.contain('start');
      expect(text(el)).not.to.contain('Inline family night');
    });

    it('reports an inline script that is not JSON, like a src that is not JSON', async () => {
      const { el, errors } = await mount('family-event-rsvp', "{ id: 'single quotes' }");
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.kind).to.equal('definition');
      expect(errors[0]!.message).to.contain('is not valid JSON');
      expect(text(el)).to.contain('is not valid JSON');
    });
  });

  describe('<family-contact-preferences> (prefill value)', () => {
    const saved = {
      channels: ['email', 'paper'],
      language: 'ht',
      interpreter: true,
      times: ['weekend-afternoon'],
      topics: ['attendance', 'emergencies'],
      frequency: 'daily',
      email: 'jean@example.com',
    };

    it('prefills the form from the inline value', async () => {
      const { el, errors } = await mount('family-contact-preferences', JSON.stringify(saved), {
        'form-id': `inline-prefs-${Date.now()}`,
      });
      const prefs = el as unknown as FamilyContactPreferences;
      await waitUntil(() => prefs.value.language === 'ht', 'prefilled');
      expect(prefs.value.channels).to.deep.equal(['email', 'paper']);
      expect(prefs.value.frequency).to.equal('daily');
      expect(prefs.value.email).to.equal('jean@example.com');
      const email = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]');
      expect(email?.value).to.equal('jean@example.com');
      expect(errors).to.deep.equal([]);
    });

    it('leaves out invalid fields like .value does, and says which', async () => {
      const { el, errors } = await mount('family-contact-preferences', JSON.stringify({ ...saved, frequency: 'hourly' }));
      const prefs = el as unknown as FamilyContactPreferences;
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors[0]!.kind).to.equal('definition');
      expect(errors[0]!.message).to.contain('frequency');
      expect(prefs.value.language).to.equal('ht');
    });

    it('reports an inline script that is not JSON, like a src that is not JSON', async () => {
      const { el, errors } = await mount('family-contact-preferences', '{"channels": ["email",]}');
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors[0]!.message).to.contain('<script type="application/json">');
      expect(errors[0]!.message).to.contain('not JSON');
      expect(text(el)).to.contain('not JSON');
    });
  });

  describe('<family-homework-tip> (tip)', () => {
    it('renders the inline tip', async () => {
      const { el, errors } = await mount('family-homework-tip', await sample('/samples/tips/math.json'));
      await waitUntil(() => text(el).includes('Count the coins at home'), 'tip title shown');
      expect(text(el)).to.contain('Math');
      expect(errors).to.deep.equal([]);
    });

    it('checks the inline tip like .tip', async () => {
      const { el, errors } = await mount('family-homework-tip', JSON.stringify({ id: 'x', subject: 'Math' }));
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors[0]!.kind).to.equal('definition');
      expect(errors[0]!.message).to.contain('title');
      expect(el.shadowRoot!.querySelector('h2')?.textContent ?? '').not.to.contain('Math');
    });

    it('reports an inline script that is not JSON, like a src that is not JSON', async () => {
      const { el, errors } = await mount('family-homework-tip', 'title: Count the coins');
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.kind).to.equal('definition');
      expect(text(el)).to.contain('is not valid JSON');
    });
  });

  describe('<family-course-catalog> (courses)', () => {
    it('renders the inline feed ({ "courses": [...] })', async () => {
      const { el, errors } = await mount('family-course-catalog', await sample('/samples/courses.json'), {
        'form-id': `inline-catalog-${Date.now()}`,
      });
      await waitUntil(() => text(el).includes('Math games for kindergarten to 2nd grade'), 'course shown');
      expect(errors).to.deep.equal([]);
    });

    it('skips bad entries like .courses, and lists them', async () => {
      const good = {
        id: 'inline-course',
        title: 'Inline course',
        category: 'Inline strand',
        languages: ['en'],
        format: 'online',
        sessions: [{ start: '2030-01-12T18:00:00-06:00', end: '2030-01-12T19:30:00-06:00' }],
      };
      const { el, errors } = await mount('family-course-catalog', JSON.stringify([good, { id: 'bad', format: 'by-mail' }]), {
        'form-id': `inline-catalog-bad-${Date.now()}`,
      });
      await waitUntil(() => text(el).includes('Inline course'), 'good course shown');
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors[0]!.kind).to.equal('definition');
    });

    it('reports an inline script that is not JSON, like a src that is not JSON', async () => {
      const { el, errors } = await mount('family-course-catalog', '[{"id": "a"}', {
        'form-id': `inline-catalog-json-${Date.now()}`,
      });
      await waitUntil(() => errors.length > 0, 'family-error');
      expect(errors[0]!.kind).to.equal('definition');
      expect(errors[0]!.message).to.equal('The course list at <script type="application/json"> is not valid JSON.');
      expect(text(el)).to.contain('is not valid JSON');
    });
  });
});
