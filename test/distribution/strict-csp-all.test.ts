import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait-until.js';
import { receiverUrl, storedEnvelopes } from '../receiver.js';

// These pages load the BUILT files in dist/: run `npx vite build` (or `npm run build`) first.
// web-test-runner.config.mjs serves test/pages/*.html with the strict CSP (script-src 'self';
// style-src 'self'; require-trusted-types-for 'script'), plus `connect-src 'self' <receiver>`
// from ?receiver= and named Trusted Types policies from ?tt=.

interface PageReport {
  violations: string[];
  errors: string[];
  warnings: string[];
}

type PageWindow = Window & typeof globalThis & { __pageReport: PageReport; FamilyElements?: { version: string } };

interface LoadedPage {
  win: PageWindow;
  doc: Document;
  report: PageReport;
  elements: HTMLElement[];
}

const frames: HTMLIFrameElement[] = [];
let n = 0;

/** Opens a test page in a same-origin iframe and waits until its family-* elements rendered. */
async function openPage(path: string, query: Record<string, string> = {}): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.classList.add('page-under-test');
  frame.src = `${path}?${new URLSearchParams(query).toString()}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const elements = [...doc.querySelectorAll<HTMLElement>('body > *')].filter((el) => el.localName.startsWith('family-'));
  await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName)));
  await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return { win, doc, report: win.__pageReport, elements };
}

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const familyWarnings = (report: PageReport) => report.warnings.filter((w) => w.includes('family-elements'));

/** Version-like literals (\`x.y.z\`) in the chunk that names `family-elements@…`, from a built entry's import graph. */
async function servedVersions(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const versions = new Set<string>();
  const queue = [new URL(entry, location.href).href];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await (await fetch(url)).text();
    if (code.includes('`family-elements@')) {
      for (const m of code.matchAll(/`(\d+\.\d+\.\d+[^`]*)`/g)) versions.add(m[1]!);
    }
    // the dev server may rewrite relative specifiers, so follow any .js specifier
    for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)(?:\?[^"']*)?["']/g)) {
      queue.push(new URL(m[1]!, url).href);
    }
  }
  return [...versions];
}

/** Says yes to "Was this helpful?" and sends it, as a parent would. */
/** The tip's forms come with import() once it has an endpoint: on a loaded machine that may take a while. */
const formsShown = (tip: Element) =>
  waitUntil(() => tip.shadowRoot!.querySelector('#helpful-yes'), 'feedback form shown', { timeout: 5000 });

async function sendTipFeedback(tip: Element): Promise<void> {
  const root = tip.shadowRoot!;
  await formsShown(tip);
  root.querySelector<HTMLInputElement>('#helpful-yes')!.click();
  root.querySelector<HTMLButtonElement>('[part="feedback-form"] button[type="submit"]')!.click();
  await waitUntil(() => shadowText(tip).includes('Thank you for telling us.'), 'thank-you shown', { timeout: 5000 });
}

describe('the built library on pages with a strict CSP', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('renders all five elements from samples and inline JSON, each sends to the receiver and shows success, with no violation', async () => {
    const run = `csp-all-${Date.now()}-${++n}`;
    const page = await openPage('/test/pages/strict-csp-all.html', { receiver: receiverUrl, run });
    const byTag = (tag: string) => page.elements.find((el) => el.localName === tag)!;
    await waitUntil(() => shadowText(byTag('family-survey')).includes('What would help your family?'), 'survey from inline JSON');
    await waitUntil(() => shadowText(byTag('family-homework-tip')).includes('Count the coins at home'), 'tip from src');
    await waitUntil(() => shadowText(byTag('family-course-catalog')).includes('Math games for kindergarten'), 'courses');
    expect(shadowText(byTag('family-event-rsvp'))).to.contain('Family night under a strict CSP');
    const prefs = byTag('family-contact-preferences') as HTMLElement & { value: { language: string; email?: string } };
    expect(prefs.value.language).to.equal('es');
    expect(prefs.value.email).to.equal('ana@example.com');

    const type = (el: Element, selector: string, value: string) => {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new page.win.Event('input', { bubbles: true, composed: true }));
    };
    const send = async (el: Element) => {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    };
    const sent = (el: Element) =>
      waitUntil(() => (el as HTMLElement & { submission: { state: string } }).submission.state === 'sent', `${el.localName} sent`, {
        timeout: 8000,
      });

    const survey = byTag('family-survey');
    type(survey, '[data-field="answers.q1"] input', 'More evening events, please.');
    await send(survey);

    const rsvp = byTag('family-event-rsvp');
    rsvp.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="yes"]')!.click();
    await (rsvp as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    type(rsvp, '#name', 'Ana Pérez');
    type(rsvp, '#email', 'ana@example.org');
    await send(rsvp);

    await send(prefs); // the inline prefill is already a complete answer

    const catalog = byTag('family-course-catalog');
    catalog.shadowRoot!.querySelector<HTMLButtonElement>('.details-button')!.click();
    await waitUntil(() => catalog.shadowRoot!.querySelector('dialog')!.open, 'course dialog open');
    await (catalog as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    type(catalog, '#reg-name', 'Amina Yusuf');
    type(catalog, '#reg-email', 'amina@example.org');
    await send(catalog);

    await sendTipFeedback(byTag('family-homework-tip'));

    for (const el of page.elements) {
      await sent(el);
      const stored = await storedEnvelopes(`${run}-${el.localName}`);
      expect(stored, el.localName).to.have.length(1);
      expect(stored[0]!['type']).to.equal(el.localName);
    }
    const [tipEnvelope] = await storedEnvelopes(`${run}-family-homework-tip`);
    expect(tipEnvelope?.['data']).to.deep.equal({ tipId: 'math-grade3-coins', helpful: true });
    const [surveyEnvelope] = await storedEnvelopes(`${run}-family-survey`);
    expect(surveyEnvelope?.['data']).to.deep.equal({ surveyId: 'csp-survey', answers: { q1: 'More evening events, please.' } });

    expect(page.report.violations).to.deep.equal([]);
    expect(page.report.errors).to.deep.equal([]);
  });

  it('(control) without connect-src for the receiver the same send is blocked and reported', async () => {
    const run = `csp-blocked-${Date.now()}-${++n}`;
    // no ?receiver=: the endpoint is set by hand, so the page's CSP does not name it
    const page = await openPage('/test/pages/two-copies-tip.html', { run });
    const tip = page.elements[0]!;
    tip.setAttribute('endpoint', `${receiverUrl}/api/submissions`);
    const root = tip.shadowRoot!;
    await formsShown(tip);
    root.querySelector<HTMLInputElement>('#helpful-yes')!.click();
    root.querySelector<HTMLButtonElement>('[part="feedback-form"] button[type="submit"]')!.click();
    await waitUntil(() => page.report.violations.some((v) => v.startsWith('connect-src')), 'connect-src violation');
  });

  describe("Trusted Types policies named by the page, two copies (/dist and /copy2/dist)", () => {
    it("with trusted-types lit-html 'allow-duplicates': no violation, no exception, the card works", async () => {
      const run = `tt-named-${Date.now()}-${++n}`;
      const page = await openPage('/test/pages/two-copies-tip.html', { tt: 'named', receiver: receiverUrl, run });
      const tip = page.elements[0]!;
      await waitUntil(() => shadowText(tip).includes('Count the coins at home'), 'tip shown');
      await sendTipFeedback(tip);
      expect(await storedEnvelopes(`${run}-family-homework-tip`)).to.have.length(1);
      expect(page.report.violations).to.deep.equal([]);
      expect(page.report.errors).to.deep.equal([]);
      expect(familyWarnings(page.report)).to.have.length(1);
    });

    it('with trusted-types lit-html alone: the second copy cannot create its policy and fails to load; the first copy works', async () => {
      const run = `tt-strict-${Date.now()}-${++n}`;
      const page = await openPage('/test/pages/two-copies-tip.html', { tt: 'named-strict', receiver: receiverUrl, run });
      const tip = page.elements[0]!;
      await waitUntil(() => shadowText(tip).includes('Count the coins at home'), 'tip shown');
      // The browser refuses the second `createPolicy('lit-html')`: a trusted-types violation, and
      // the exception it throws stops the second copy's Lit module (so that copy never warns).
      await waitUntil(() => page.report.violations.length > 0, 'violation reported');
      expect(page.report.violations.every((v) => v.startsWith('trusted-types'))).to.equal(true);
      expect(page.report.errors.length).to.be.greaterThan(0);
      expect(familyWarnings(page.report)).to.deep.equal([]);
      await sendTipFeedback(tip);
      expect(await storedEnvelopes(`${run}-family-homework-tip`)).to.have.length(1);
    });
  });

  it('two different versions on one page: no exception, one warning, the first copy keeps the global and works', async () => {
    const run = `two-versions-${Date.now()}-${++n}`;
    const page = await openPage('/test/pages/two-copies-tip.html', { receiver: receiverUrl, run });
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    // /copy2/dist/ really is another version: the middleware rewrote its version string
    const copy2 = await servedVersions('/copy2/dist/family-elements.js');
    expect(copy2).to.include(`${pkg.version}-copy2`).and.not.include(pkg.version);
    const first = await servedVersions('/dist/family-elements.js');
    expect(first).to.include(pkg.version).and.not.include(`${pkg.version}-copy2`);
    expect(page.win.FamilyElements?.version).to.equal(pkg.version);
    const tip = page.elements[0]!;
    await waitUntil(() => shadowText(tip).includes('Count the coins at home'), 'tip shown');
    expect(familyWarnings(page.report)).to.have.length(1);
    expect(page.report.errors).to.deep.equal([]);
    await sendTipFeedback(tip);
    expect(await storedEnvelopes(`${run}-family-homework-tip`)).to.have.length(1);
    expect(page.report.violations).to.deep.equal([]);
  });
});
