import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../wait-until.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/course-catalog/family-course-catalog.js';
import type { FamilyCourseCatalog } from '../../../src/components/course-catalog/family-course-catalog.js';
import type { Course } from '../../../src/components/course-catalog/course.schema.js';
import { setLocale } from '../../../src/core/i18n/localization.js';
import { generateCourses } from './generate-courses.js';

const start = location.pathname + location.search;
let n = 0;
const formId = () => `catalog-view-${++n}-${Math.random().toString(36).slice(2, 7)}`;

const week = 7 * 86_400_000;
const soon = Date.now() + week;
const iso = (t: number) => new Date(t).toISOString();
const courses: Course[] = [
  {
    id: 'english',
    title: { en: 'English for parents', es: 'Inglés para padres', ar: 'اللغة الإنجليزية للآباء' },
    description: { en: 'Everyday English for school conversations.', es: 'Inglés cotidiano para hablar con la escuela.' },
    category: { en: 'Parents as Learners', es: 'Padres como estudiantes' },
    languages: ['en', 'es', 'ar'],
    format: 'in-person',
    location: 'Eastside Library',
    sessions: [0, 1, 2, 3].map((i) => ({ start: iso(soon + i * week), end: iso(soon + i * week + 5_400_000) })),
    childcare: true,
    cost: 0,
    capacity: 20,
    remaining: 3,
  },
  {
    id: 'math',
    title: 'Math homework help',
    category: 'Parents as Teachers',
    languages: ['en'],
    format: 'online',
    sessions: [{ start: iso(soon + 2 * 86_400_000), end: iso(soon + 2 * 86_400_000 + 3_600_000) }],
    remaining: 0,
    capacity: 15,
  },
  {
    id: 'council',
    title: 'School site council basics',
    category: 'Parents as Leaders',
    languages: ['en', 'vi'],
    format: 'hybrid',
    location: 'Lincoln Elementary',
    sessions: [{ start: iso(soon + 3 * 86_400_000), end: iso(soon + 3 * 86_400_000 + 3_600_000) }],
  },
];

const root = (el: FamilyCourseCatalog) => el.shadowRoot!;
const titles = (el: FamilyCourseCatalog) => [...root(el).querySelectorAll('.card h3')].map((h) => h.textContent!.trim());
const count = (el: FamilyCourseCatalog) => root(el).querySelector('.count')!.textContent!.trim();
const search = (el: FamilyCourseCatalog) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const selectBox = (el: FamilyCourseCatalog, name: string) => root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

async function type(el: FamilyCourseCatalog, text: string) {
  const input = search(el);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: FamilyCourseCatalog, name: string, value: string) {
  const select = selectBox(el, name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function catalog(id = formId(), list: readonly Course[] = courses) {
  const el = await fixture<FamilyCourseCatalog>(
    html`<family-course-catalog form-id=${id} no-language-picker time-zone="UTC" .courses=${list}></family-course-catalog>`,
  );
  await el.updateComplete;
  return el;
}

afterEach(() => history.replaceState(null, '', start));

describe('<family-course-catalog> browsing', () => {
  it('shows cards with category, language autonyms, format, place, next sessions, childcare, cost and seats', async () => {
    const el = await catalog();
    expect(titles(el)).to.deep.equal(['English for parents', 'Math homework help', 'School site council basics']);
    expect(count(el)).to.equal('3 courses found');
    const card = root(el).querySelector('.card')!;
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Parents as Learners');
    expect(text).to.contain('In person');
    expect(text).to.contain('Eastside Library');
    const facts = Object.fromEntries(
      [...card.querySelectorAll('.facts > div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()]),
    );
    expect(facts).to.include({ Childcare: 'Offered', Cost: 'Free', Format: 'In person', Seats: '3 seats left' });
    expect(text).to.contain('3 seats left');
    expect(text).to.contain('and 2 more sessions');
    const spanish = [...card.querySelectorAll('dd span[lang]')].find((s) => s.getAttribute('lang') === 'es')!;
    expect(spanish.textContent).to.equal('Español');
    const arabic = [...card.querySelectorAll('dd span[lang]')].find((s) => s.getAttribute('lang') === 'ar')!;
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    const first = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).formatRange(
      new Date(soon),
      new Date(soon + 5_400_000),
    );
    expect(card.querySelector('.sessions li')!.textContent!.trim()).to.equal(first);
    expect(root(el).querySelectorAll('.card')[1]!.textContent).to.contain('Full: you can join the waitlist');
  });

  it('searches as the family types, ignoring case and accents, in every language of the feed, and announces the count once typing pauses', async () => {
    const el = await catalog();
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    await type(el, 'INGLES');
    expect(titles(el)).to.deep.equal(['English for parents']);
    expect(count(el)).to.equal('1 course found');
    await type(el, 'ingles cotidiano'); // the Spanish description
    expect(titles(el)).to.deep.equal(['English for parents']);
    await type(el, 'zzz');
    expect(titles(el)).to.deep.equal([]);
    expect(root(el).querySelector('.empty')).to.exist;
    await waitUntil(() => status.textContent!.trim() === '0 courses found', 'count announced', { timeout: 3000 });
  });

  it('filters by every control, combined, and clears them', async () => {
    const el = await catalog();
    await choose(el, 'format', 'online');
    expect(titles(el)).to.deep.equal(['Math homework help']);
    await choose(el, 'format', '');
    await choose(el, 'language', 'vi');
    expect(titles(el)).to.deep.equal(['School site council basics']);
    await choose(el, 'language', 'en');
    await choose(el, 'location', 'eastside-library');
    expect(titles(el)).to.deep.equal(['English for parents']);
    await choose(el, 'location', '');
    await choose(el, 'category', 'parents-as-leaders');
    expect(titles(el)).to.deep.equal(['School site council basics']);
    await choose(el, 'category', '');
    const day = new Date(soon + 2 * 86_400_000).getUTCDay();
    await choose(el, 'day', String(day));
    expect(titles(el)).to.deep.equal(['Math homework help']);
    await choose(el, 'day', '');
    const childcare = root(el).querySelector<HTMLInputElement>('#filter-childcare')!;
    childcare.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['English for parents']);
    root(el).querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    expect(location.hash).to.equal('');
  });

  it('treats an unknown time-zone as a configuration error and still shows dates', async () => {
    const el = document.createElement('family-course-catalog');
    el.setAttribute('form-id', formId());
    el.setAttribute('time-zone', 'America/Chicgo');
    el.courses = courses;
    const error = oneEvent(el, 'family-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.kind).to.equal('config');
    expect(detail.message).to.contain('America/Chicgo');
    await el.updateComplete;
    expect(root(el).querySelector('.sessions li')!.textContent).to.match(/\d/);
    el.remove();
  });

  it('says dates will be announced for a course without sessions yet', async () => {
    const el = await catalog(formId(), [{ ...courses[1]!, id: 'tba', sessions: [] }]);
    expect(root(el).querySelector('.card')!.textContent).to.contain('Dates will be announced.');
  });

  it('sorts by title in the active collation', async () => {
    const el = await catalog();
    await choose(el, 'sort', 'title');
    expect(titles(el)).to.deep.equal(['English for parents', 'Math homework help', 'School site council basics']);
    await choose(el, 'sort', 'date');
    expect(titles(el)[0]).to.equal('English for parents');
  });

  it('renders one page of cards and shows more on request, moving focus to the first new card', async () => {
    const el = await fixture<FamilyCourseCatalog>(
      html`<family-course-catalog form-id=${formId()} no-language-picker page-size="20" .courses=${generateCourses(45)}></family-course-catalog>`,
    );
    expect(root(el).querySelectorAll('.card')).to.have.length(20);
    expect(count(el)).to.equal('45 courses found');
    root(el).querySelector<HTMLButtonElement>('.show-more')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.card')).to.have.length(40);
    expect(root(el).activeElement === root(el).querySelectorAll('.card h3')[20], 'focus on the first new card').to.equal(true);
    root(el).querySelector<HTMLButtonElement>('.show-more')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.card')).to.have.length(45);
    expect(root(el).querySelector('.show-more')).to.equal(null);
  });

  it('is accessible (axe), also with the detail dialog open', async function () {
    this.timeout(30_000); // two axe runs over twenty course cards: seconds each on a loaded machine
    const el = await catalog();
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.details-button')!.click();
    await waitUntil(() => root(el).querySelector('dialog')!.open);
    await expect(el).to.be.accessible();
    root(el).querySelector('dialog')!.close();
  });
});

describe('<family-course-catalog> view in the URL hash', () => {
  // A family has touched the page before they go Back. Chromium's back skips history entries a page
  // added without any user activation when there is an earlier entry to go to (test files reuse the
  // tab). A click grants activation; a modifier key such as Shift does not.
  before(() => sendMouse({ type: 'click', position: [1, 1] }));

  it('writes #<form-id>:… only while the view differs from the default', async () => {
    const id = formId();
    const el = await catalog(id);
    expect(location.hash).to.equal('');
    await choose(el, 'format', 'online');
    expect(location.hash).to.equal(`#${id}:format=online`);
    await type(el, 'math');
    await waitUntil(() => location.hash === `#${id}:q=math&format=online`, 'the search in the hash once typing pauses', { timeout: 5000 });
    await type(el, '');
    await choose(el, 'format', '');
    expect(location.hash).to.equal('');
  });

  it('searches at once but writes the URL once per pause in typing, not on every key', async () => {
    const id = formId();
    const el = await catalog(id);
    await choose(el, 'format', 'hybrid');
    const writes: string[] = [];
    const { pushState, replaceState } = history;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      writes.push(`push ${String(args[2])}`);
      return pushState.apply(this, args);
    };
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      writes.push(`replace ${String(args[2])}`);
      return replaceState.apply(this, args);
    };
    try {
      for (const text of ['s', 'sc', 'sch', 'scho', 'schoo', 'school']) {
        await type(el, text);
        expect(titles(el)).to.deep.equal(['School site council basics']); // the search itself does not wait
      }
      expect(location.hash).to.equal(`#${id}:format=hybrid`);
      await waitUntil(() => location.hash === `#${id}:q=school&format=hybrid`, 'the search in the hash once typing pauses', { timeout: 5000 });
      // one new history entry (history.length cannot tell: Firefox keeps at most 50 per tab)
      expect(writes).to.have.length(1);
      expect(writes[0]).to.match(/^push /);
      await type(el, 'school council');
      await waitUntil(() => writes.length === 2, 'the second pause written', { timeout: 5000 });
      expect(writes[1]).to.match(/^replace .*q=school\+council/); // one run of typing, one history entry
      // A filter chosen before typing pauses comes after the typed text, in its own entry.
      await type(el, 'school');
      await choose(el, 'sort', 'title');
      expect(writes.slice(2).map((w) => w.split(' ')[0])).to.deep.equal(['replace', 'push']);
      expect(location.hash).to.equal(`#${id}:q=school&format=hybrid&sort=title`);
    } finally {
      history.pushState = pushState;
      history.replaceState = replaceState;
    }
    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(search(el).value).to.equal('school');
    expect(selectBox(el, 'sort').value).to.equal('date');
  });

  it('drops typed text not yet in the URL when the family goes Back', async () => {
    const id = formId();
    const el = await catalog(id);
    await choose(el, 'format', 'online');
    await choose(el, 'format', 'hybrid');
    await type(el, 'school');
    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(selectBox(el, 'format').value).to.equal('online');
    await new Promise((r) => setTimeout(r, 600)); // past the typing pause: nothing written over where they went
    expect(location.hash).to.equal(`#${id}:format=online`);
    expect(search(el).value).to.equal('');
  });

  it('restores the view from the hash on load (a shared link)', async () => {
    const id = formId();
    history.replaceState(null, '', `${start}#${id}:q=ingles&childcare=1`);
    const el = await catalog(id);
    expect(search(el).value).to.equal('ingles');
    expect(root(el).querySelector<HTMLInputElement>('#filter-childcare')!.checked).to.equal(true);
    expect(titles(el)).to.deep.equal(['English for parents']);
  });

  it('leaves a page anchor alone, and Back restores each earlier view', async () => {
    const id = formId();
    history.replaceState(null, '', `${start}#directions`);
    const el = await catalog(id);
    expect(location.hash).to.equal('#directions'); // not touched while nothing changed
    await choose(el, 'format', 'hybrid');
    expect(location.hash).to.equal(`#${id}:format=hybrid`);
    await type(el, 's');
    await type(el, 'sc');
    await type(el, 'school'); // one history entry for one run of typing
    await choose(el, 'sort', 'title');
    expect(location.hash).to.equal(`#${id}:q=school&format=hybrid&sort=title`);

    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(selectBox(el, 'sort').value).to.equal('date');
    expect(search(el).value).to.equal('school');

    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(search(el).value).to.equal('');
    expect(selectBox(el, 'format').value).to.equal('hybrid');

    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(location.hash).to.equal('#directions');
    expect(selectBox(el, 'format').value).to.equal('');
    expect(titles(el)).to.have.length(3);

    history.forward();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(selectBox(el, 'format').value).to.equal('hybrid');
  });

  it('shows every course for a shared link whose category this feed no longer has', async () => {
    const id = formId();
    history.replaceState(null, '', `${start}#${id}:category=last-terms-strand&format=online`);
    const el = await catalog(id);
    expect(titles(el)).to.deep.equal(['Math homework help']); // the format still applies
    expect(selectBox(el, 'category').value).to.equal('');
  });

  it('ignores another catalog’s hash', async () => {
    history.replaceState(null, '', `${start}#someone-else:format=online`);
    const el = await catalog(formId());
    expect(titles(el)).to.have.length(3);
    expect(location.hash).to.equal('#someone-else:format=online');
  });
});

describe('<family-course-catalog> detail view', () => {
  it('opens a modal dialog with every session, keeps focus inside, and returns focus to the opener on Escape', async () => {
    const el = await catalog();
    const opener = root(el).querySelectorAll<HTMLButtonElement>('.details-button')[0]!;
    opener.focus();
    opener.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(root(el).activeElement), 'focus inside the dialog').to.equal(true);
    expect(root(el).activeElement!.textContent).to.contain('English for parents');
    expect(dialog.querySelectorAll('.all-sessions li')).to.have.length(4);
    expect(dialog.textContent).to.contain('Everyday English for school conversations.');
    // everything outside the modal dialog is inert: it cannot take focus
    search(el).focus();
    expect(root(el).activeElement === search(el), 'the search box took focus').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closed the dialog');
    expect(root(el).activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('returns focus to the opener when closed with its button', async () => {
    const el = await catalog();
    const opener = root(el).querySelectorAll<HTMLButtonElement>('.details-button')[2]!;
    opener.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    expect(dialog.open).to.equal(false);
    expect(root(el).activeElement === opener, 'focus back on the opener').to.equal(true);
  });
});

describe('<family-course-catalog> feeds from src', () => {
  it('skips bad entries, lists them for the webmaster, still shows the good ones, and reports a definition error', async () => {
    const el = document.createElement('family-course-catalog');
    el.setAttribute('form-id', formId());
    el.setAttribute('src', new URL('./fixtures/mixed-feed.json', import.meta.url).href);
    const error = oneEvent(el, 'family-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.kind).to.equal('definition');
    expect(detail.message).to.equal('1 course in the feed was skipped because of errors.');
    await el.updateComplete;
    expect(titles(el)).to.have.members(['Reading together at home', 'Planning for college']);
    const problems = root(el).querySelector('.feed-problems')!;
    expect(problems.textContent).to.contain('Course 2 ("broken"), format');
    expect(problems.textContent).to.contain('is missing');
    el.remove();
  });

  it('says so when src cannot be loaded or is not JSON', async () => {
    for (const [file, kind, words] of [
      ['./fixtures/missing.json', 'network', 'HTTP 404'],
      ['./fixtures/not-json.txt', 'definition', 'is not valid JSON'],
    ] as const) {
      const el = document.createElement('family-course-catalog');
      el.setAttribute('form-id', formId());
      el.setAttribute('src', new URL(file, import.meta.url).href);
      const error = oneEvent(el, 'family-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.kind).to.equal(kind);
      await el.updateComplete;
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(words);
      expect(alert.textContent).to.contain(file.slice(2));
      el.remove();
    }
  });
});

describe('<family-course-catalog> other languages', () => {
  after(() => setLocale('en', { remember: false }));

  it('lays out right to left in Arabic, with Arabic dates and the Arabic title from the feed', async () => {
    const el = await catalog();
    await setLocale('ar', { remember: false });
    await el.updateComplete;
    const base = root(el).querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(titles(el)[0]).to.equal('اللغة الإنجليزية للآباء');
    // a fallback to English carries lang/dir so it is read right
    const fallback = root(el).querySelectorAll('.card h3')[1]!;
    expect(fallback.textContent!.trim()).to.equal('Math homework help');
    const session = root(el).querySelector('.sessions li')!.textContent!;
    expect(session).to.match(/[\u0600-\u06ff]/);
    const card = root(el).querySelector('.card')!;
    expect(getComputedStyle(card).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('writes session dates in Somali on a Somali page, never in English', async () => {
    const el = await catalog();
    await setLocale('so', { remember: false });
    await el.updateComplete;
    const session = root(el).querySelector('.sessions li')!.textContent!;
    expect(session).to.not.match(/January|February|March|April|June|July|August|September|October|November|December|day,/);
    expect(session).to.match(/Janaayo|Febraayo|Maarso|Abriil|May|Juun|Luuliyo|Ogost|Sebtembar|Oktoobar|Nofembar|Desembar|Axad|Isniin|Talaado|Arbaco|Khamiis|Jimco|Sabti/);
  });
});
