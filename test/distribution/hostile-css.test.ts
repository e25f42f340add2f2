import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import '../../src/components/survey/family-survey.js';
import '../../src/components/event-rsvp/family-event-rsvp.js';
import '../../src/components/contact-preferences/family-contact-preferences.js';
import '../../src/components/homework-tip/family-homework-tip.js';
import '../../src/components/course-catalog/family-course-catalog.js';
import { setLocale } from '../../src/core/i18n/localization.js';
import { configureOutbox } from '../../src/core/submit/outbox.js';

// A district page's own CSS must not break the elements (CONTRACT.md §5): shadow DOM keeps
// selectors out, but inherited properties and rules on the host element still get in.
// (`visibility` is left alone on purpose: a page that hides a section hides the form too.)
const HOSTILE = `
  * { all: unset; }
  button { display: none !important; }
  html { font-size: 40px; }
  body {
    font-family: "Courier New", monospace;
    text-align: center;
    white-space: nowrap;
    line-height: 0.5;
    letter-spacing: 1em;
    word-spacing: 2em;
    text-transform: uppercase;
    text-indent: 5em;
    font-style: italic;
    font-variant: small-caps;
    cursor: wait;
  }
`;

const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

function makeElements(): HTMLElement[] {
  const survey = Object.assign(document.createElement('family-survey'), {
    definition: {
      id: `hostile-${stamp}`,
      title: 'Family survey',
      questions: [
        { id: 'q1', type: 'single', text: 'How do you hear from school?', options: [{ value: 'a', label: 'Email' }] },
        { id: 'q2', type: 'text', text: 'Anything else?' },
      ],
    },
  });
  const rsvp = Object.assign(document.createElement('family-event-rsvp'), {
    event: {
      id: 'hostile-night',
      title: 'Family night',
      start: '2030-12-03T18:00:00-05:00',
      end: '2030-12-03T19:30:00-05:00',
      location: 'Library',
    },
  });
  const prefs = document.createElement('family-contact-preferences');
  prefs.setAttribute('channels', 'email sms paper');
  const tip = Object.assign(document.createElement('family-homework-tip'), {
    tip: { id: 'hostile-tip', subject: 'Math', title: 'Count the coins', steps: ['Sort them.', 'Add them up.'] },
  });
  const catalog = Object.assign(document.createElement('family-course-catalog'), {
    courses: [
      {
        id: 'hostile-course',
        title: 'Math games',
        category: 'Parents as Teachers',
        languages: ['en'],
        format: 'online',
        sessions: [{ start: '2030-01-12T18:00:00-06:00', end: '2030-01-12T19:30:00-06:00' }],
      },
    ],
  });
  const all = [survey, rsvp, prefs, tip, catalog];
  for (const el of all) {
    el.setAttribute('form-id', `hostile-${el.localName}-${stamp}`);
    el.setAttribute('no-draft', '');
  }
  // submitting elements show their forms only with somewhere to send to
  for (const el of [tip, rsvp, survey, prefs, catalog]) el.setAttribute('endpoint', `/hostile-${stamp}`);
  return all;
}

const boxOf = (el: Element) => el.getBoundingClientRect();
const shown = (el: Element) => boxOf(el).width > 0 && boxOf(el).height > 0;
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('host-page CSS that tries to leak in', () => {
  let style: HTMLStyleElement;
  let elements: HTMLElement[];

  before(async () => {
    configureOutbox({ dbName: `hostile-css-outbox-${stamp}`, minGapMs: 0 });
    await setLocale('en', { remember: false });
    style = document.createElement('style');
    style.textContent = HOSTILE;
    style.disabled = true;
    document.head.append(style);
    elements = makeElements();
    for (const el of elements) document.body.append(el);
    await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await waitUntil(() => elements.every((el) => el.shadowRoot?.querySelector('button')), 'every element has buttons');
  });

  after(() => {
    style.remove();
    for (const el of elements) el.remove();
  });

  it('every button shown without the page CSS is still shown, focusable and on top with it', async () => {
    style.disabled = true;
    await settle();
    const buttons = elements.flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter(shown).map((b) => ({ el, b })),
    );
    expect(buttons.length).to.be.greaterThan(5);
    style.disabled = false;
    await settle();
    for (const { el, b } of buttons) {
      const label = `${el.localName} button "${b.textContent?.trim()}"`;
      b.scrollIntoView({ block: 'center', inline: 'center' });
      const box = boxOf(b);
      expect(box.width, label).to.be.greaterThan(0);
      expect(box.height, label).to.be.greaterThan(0);
      // touch targets stay at least 24 × 24 px (CONTRACT.md §5)
      expect(Math.min(box.width, box.height), label).to.be.at.least(24);
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === b || b.contains(hit), `${label} is under its own centre`).to.equal(true);
      b.focus();
      expect(el.shadowRoot!.activeElement, label).to.equal(b);
    }
  });

  it("keeps each element's box and its own text layout, but inherits the page's font family", async () => {
    style.disabled = false;
    await settle();
    const pageFont = getComputedStyle(document.body).fontFamily;
    expect(pageFont).to.contain('Courier New');
    for (const el of elements) {
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      const label = el.localName;
      expect(boxOf(root).width, label).to.be.greaterThan(200);
      expect(boxOf(root).height, label).to.be.greaterThan(40);
      const heading = el.shadowRoot!.querySelector<HTMLElement>('h1, h2, h3, legend, label')!;
      for (const node of [root, heading]) {
        const cs = getComputedStyle(node);
        expect(cs.fontFamily, label).to.equal(pageFont);
        expect(cs.textTransform, label).to.equal('none');
        expect(cs.letterSpacing, label).to.equal('normal');
        expect(cs.wordSpacing, label).to.equal('0px');
        expect(cs.whiteSpace, label).to.equal('normal');
        expect(cs.textIndent, label).to.equal('0px');
        expect(cs.fontStyle, label).to.equal('normal');
        expect(cs.fontVariantCaps, label).to.equal('normal');
        expect(['start', 'left'], label).to.include(cs.textAlign);
        expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), label).to.be.at.least(1.2);
      }
    }
  });

  it('(control) the page CSS really reaches the page', async () => {
    style.disabled = false;
    await settle();
    const probe = document.createElement('p');
    probe.textContent = 'page text';
    document.body.append(probe);
    expect(getComputedStyle(probe).textTransform).to.equal('uppercase');
    probe.remove();
  });
});
