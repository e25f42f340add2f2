import { html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { define } from '../../core/define.js';
import { INLINE_JSON_PLACE, readInlineJson } from '../../core/inline-json.js';
import { elementFrame } from '../../core/element-frame.js';
import { formatDateTimeRange } from '../../core/i18n/date-format.js';
import { autonym } from '../../core/i18n/language-names.js';
import { dirOf } from '../../core/i18n/locales.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { marked } from '../../core/i18n/marked-text.js';
import { resolveText } from '../../core/i18n/resolve-text.js';
import { FamilyElement } from '../../core/family-element.js';
import type { FormController } from '../../core/form/form-controller.js';
import { LazyModule } from '../../core/lazy-module.js';
import type { SubmitController } from '../../core/submit/submit-controller.js';
import type { CatalogRegistration } from './catalog-registration.js';
import { COURSE_FORMATS } from './course-fields.js';
import type { Course } from './course.schema.js';
import { dayLabel, formatLabel, moreSessions, resultCount, seatsLeft, skippedCount, WEEK } from './course-labels.js';
import { declineCourse, fetchFeed, FeedError, parseFeed, type FeedProblem } from './feed.js';
import { styles } from './family-course-catalog.styles.js';
import { DEFAULT_VIEW, isDefaultView, sameView, type CatalogView } from './hash-state.js';
import { HashSync } from './hash-sync.js';
import { buildIndex, filterCourses, prepareSearch, type CourseIndex, type FilterOption, type IndexedCourse, type Weekday } from './search.js';

/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY_MS = 600;
/** Problems listed on screen; the console gets all of them. */
const PROBLEMS_SHOWN = 20;

/**
 * A searchable parent-university course catalog with registration: courses
 * from `src` or `.courses`, search that ignores case and accents in every
 * language of the feed, filters, sort, the view kept in the URL hash
 * (`#<form-id>:q=…`), a detail dialog, and registration or the waitlist sent
 * through the shared submission pipeline. Browsing needs no form, so the
 * catalog does not download the form machinery with its first render: the
 * dialog's content and the registration load with `import()` as it connects
 * (catalog-registration.ts), long before a family opens a course.
 *
 * @tagname family-course-catalog
 * @summary Parent-university courses: search, filter, register.
 * @fires family-change - The family changed the search, a filter or the sort: `detail.value` is the view.
 * @fires family-error - The feed could not be loaded (`kind: "network"`) or had bad entries (`kind: "definition"`).
 * @csspart base - The root box.
 * @csspart language-picker - The language picker.
 * @csspart search - The search and filter controls.
 * @csspart results - The list of course cards.
 * @csspart card - One course card.
 * @csspart details - The course detail dialog.
 * @csspart submit-button - "Register" / "Join the waitlist".
 * @csspart error-summary - The list of problems after a failed registration.
 * @cssprop --family-color-primary - Buttons, links and focus.
 * @cssprop --family-color-text - Text colour.
 * @cssprop --family-color-muted - Secondary text.
 * @cssprop --family-color-surface - Background.
 * @cssprop --family-color-surface-alt - Card background.
 * @cssprop --family-color-border - Borders of cards and inputs.
 * @cssprop --family-color-error - Errors.
 * @cssprop --family-font - Font family (default: the page's).
 * @cssprop --family-radius - Corner radius.
 * @cssprop --family-space - Base spacing.
 * @cssprop --family-color-scheme - `light` (default), `dark` or `auto`.
 */
@localized()
export class FamilyCourseCatalog extends FamilyElement {
  static override styles: CSSResultGroup = [FamilyElement.styles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    courses: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    currency: {},
    heading: {},
    pageSize: { type: Number, attribute: 'page-size' },
    defaultCountry: { attribute: 'default-country' },
    index: { state: true },
    problems: { state: true },
    skipped: { state: true },
    loadError: { state: true },
    loading: { state: true },
    view: { state: true },
    shown: { state: true },
    selected: { state: true },
    announcement: { state: true },
  };

  /** URL of the course feed: a JSON array of courses, or `{ "courses": [...] }`. */
  src = '';
  /** The courses as data (validated like a feed); overrides `src`. */
  courses?: readonly Course[];
  /** IANA time zone in which dates are shown and days of the week are counted (default: the browser's). */
  timeZone?: string;
  /** ISO 4217 currency of numeric `cost` values. */
  currency = 'USD';
  /** The catalog's heading. */
  heading?: string;
  /** How many cards show at first and with each "Show more". */
  pageSize = 20;
  /** Country (ISO 3166 code) of phone numbers written without `+`. */
  defaultCountry = 'US';

  /** zod, for feed entries the quick check cannot vouch for and for the registration (see catalog-checks.ts). */
  protected override readonly checks = new LazyModule(this, () => import('./catalog-checks.js'));
  /** The dialog's details and the registration, with the form machinery (see catalog-registration.ts). */
  private readonly details = new LazyModule(this, () => import('./catalog-registration.js'));
  private registration?: CatalogRegistration;

  /** The registration's validation state (field errors, the error summary); set once the registration has loaded, soon after the catalog connects. */
  form?: FormController;
  /** The registration's submission lifecycle (CONTRACT.md §2); set once the registration has loaded, soon after the catalog connects. */
  submission?: SubmitController;

  private index?: CourseIndex;
  private problems: readonly FeedProblem[] = [];
  private skipped = 0;
  private loadError?: string;
  private loading = false;
  private view: CatalogView = { ...DEFAULT_VIEW };
  private shown = 0;
  private selected?: IndexedCourse;
  private announcement = '';

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private results: IndexedCourse[] = [];
  private resultsKey = '';
  private opener?: HTMLElement;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private loadToken = 0;
  private focusCardAt = -1;

  private readonly hashSync = new HashSync(this, {
    formId: () => this.formId || this.localName,
    view: () => this.view,
    apply: (view) => {
      if (sameView(view, this.view)) return;
      this.view = view;
      this.shown = this.pageStep;
    },
  });

  /** Cards per page; a bad `page-size` falls back to 20 rather than showing nothing. */
  private get pageStep(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 20;
  }

  private checkedZone?: { attribute?: string; zone?: string };

  /** `time-zone` if the browser knows it; a typo is a configuration error, not an exception in the page. */
  private get zone(): string | undefined {
    if (this.checkedZone?.attribute !== this.timeZone || !this.checkedZone) {
      let zone = this.timeZone || undefined;
      if (zone) {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
        } catch {
          const message = msg(str`The time zone "${zone}" is not known; dates are shown in this device's time zone.`, {
            id: 'catalog.badTimeZone',
          });
          console.warn(`family-course-catalog: ${message}`);
          this.dispatchEvent(new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind: 'config', message } }));
          zone = undefined;
        }
      }
      this.checkedZone = { attribute: this.timeZone, zone };
    }
    return this.checkedZone.zone;
  }

  /** The view the family is looking at (search, filters, sort). */
  get currentView(): Readonly<CatalogView> {
    return this.view;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('courses') || changed.has('src')) void this.load();
    if (changed.has('pageSize') || this.shown === 0) this.shown = this.pageStep;
    if (this.details.module && !this.registration) this.attachRegistration(this.details.module);
    // A course just opened, or the other course's registration has gone out since this dialog opened: this one's form now.
    this.registration?.follow(this.selected?.course);
    this.refreshResults();
  }

  protected override get loadingContent(): boolean {
    return this.loading;
  }

  protected override get awaitedModules(): LazyModule<object>[] {
    return [this.checks, this.details];
  }

  /** The registration has loaded: with it the catalog gets its form, its submission and their styles (attachSubmission). */
  private attachRegistration(module: typeof import('./catalog-registration.js')): void {
    this.registration = new module.CatalogRegistration(this, {
      styles,
      checks: this.checks,
      rendered: () => this.rendered(),
      course: (id) => this.index?.items.find((item) => item.course.id === id)?.course,
      text: (value) => this.text(value),
      facts: (course) => this.facts(course),
      range: (start, end) => this.range(start, end),
    });
  }

  protected override firstUpdated(): void {
    // The page's first date format sets up the browser's date data (tens of ms): done now, while the
    // feed and the checks load, rather than inside the render that shows the first cards.
    setTimeout(() => formatDateTimeRange(new Date(), undefined, this.localeController.locale));
  }

  protected override updated(): void {
    if (this.focusCardAt >= 0) {
      const heading = this.renderRoot.querySelectorAll<HTMLElement>('.card h3')[this.focusCardAt];
      this.focusCardAt = -1;
      heading?.focus();
    }
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loadError = undefined;
    let data: unknown;
    if (this.courses) {
      data = this.courses;
    } else if (this.src) {
      this.loading = true;
      try {
        data = await fetchFeed(this.src);
      } catch (error) {
        if (token !== this.loadToken) return;
        this.loading = false;
        this.index = undefined;
        const kind = error instanceof FeedError ? error.kind : 'network';
        this.loadError = error instanceof Error ? error.message : String(error);
        this.fail(kind, this.loadError);
        return;
      }
      if (token !== this.loadToken) return;
      this.loading = false;
    } else {
      // An inline `<script type="application/json">` child (for CMS editors that strip long
      // attributes): checked exactly like `.courses`; not JSON is reported like such a `src`.
      const inline = readInlineJson(this);
      if (!inline) return;
      if (!inline.ok) {
        this.index = undefined;
        const src = INLINE_JSON_PLACE; // the same message as feed.ts, word for word (one id, one translation)
        this.loadError = msg(str`The course list at ${src} is not valid JSON.`, { id: 'catalog.feed.json' });
        this.fail('definition', this.loadError);
        return;
      }
      data = inline.data;
    }
    let feed = parseFeed(data, this.checks.module?.courseByZod);
    if (!feed) {
      // An entry the quick check cannot vouch for needs zod (normally here already).
      const fallback = await this.checks.ready().then((checks) => checks.courseByZod, () => declineCourse);
      if (token !== this.loadToken) return;
      feed = parseFeed(data, fallback)!;
    }
    const index = buildIndex(feed.courses);
    this.index = index;
    // The search text is built just after the first render, so a long catalog shows at once.
    setTimeout(() => prepareSearch(index), 0);
    this.problems = feed.problems;
    this.skipped = feed.skipped;
    this.resultsKey = '';
    if (feed.problems.length) {
      console.warn(
        'family-course-catalog: problems in the course feed:\n' +
          feed.problems.map((p) => `${this.problemPlace(p)}: ${p.message}`).join('\n'),
      );
      const message = feed.skipped ? skippedCount(feed.skipped) : feed.problems[0]!.message;
      this.fail('definition', message);
    }
  }

  private fail(kind: 'network' | 'definition', message: string): void {
    this.dispatchEvent(new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind, message } }));
  }

  /** Filters only when something it depends on changed: renders for other reasons cost nothing here. */
  private refreshResults(): void {
    if (!this.index) {
      this.results = [];
      return;
    }
    const locale = this.localeController.locale;
    const v = this.effectiveView(this.index);
    const key = [locale, this.zone, v.query, v.category, v.language, v.format, v.location, v.day, v.childcare, v.sort].join('\u0000');
    if (key === this.resultsKey) return;
    const first = !this.resultsKey;
    this.resultsKey = key;
    this.results = filterCourses(this.index, v.query, v, { sort: v.sort, locale, timeZone: this.zone });
    // Announced once the family pauses, not on every keystroke (CONTRACT.md §6); not on first load.
    clearTimeout(this.announceTimer);
    if (!first) {
      const count = this.results.length;
      this.announceTimer = setTimeout(() => {
        this.announcement = resultCount(count);
      }, ANNOUNCE_DELAY_MS);
    }
  }

  /**
   * The view with filter values this feed does not have dropped: a link shared
   * from last term's catalog shows every course, not an empty list under a
   * filter the family cannot see or change.
   */
  private effectiveView(index: CourseIndex): CatalogView {
    const v = this.view;
    return {
      ...v,
      category: index.categories.some((o) => o.key === v.category) ? v.category : '',
      location: index.locations.some((o) => o.key === v.location) ? v.location : '',
      language: index.languages.some((l) => l.toLowerCase() === v.language.toLowerCase()) ? v.language : '',
    };
  }

  private change(patch: Partial<CatalogView>, typing = false): void {
    const view = { ...this.view, ...patch };
    if (sameView(view, this.view)) {
      this.view = view; // keeps the typed text (spaces) while the view stays the same
      return;
    }
    this.view = view;
    this.shown = this.pageStep;
    this.hashSync.write(view, { typing });
    this.dispatchEvent(new CustomEvent('family-change', { bubbles: true, composed: true, detail: { value: { ...view } } }));
  }

  private clearAll(): void {
    this.change({ ...DEFAULT_VIEW, sort: this.view.sort });
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private showMore(): void {
    this.focusCardAt = this.shown;
    this.shown += this.pageStep;
  }

  private openDetails(item: IndexedCourse, event: Event): void {
    this.opener = event.currentTarget as HTMLElement;
    this.selected = item;
    // The dialog's content is normally here long before; a quick first click waits for it (or opens without it, offline).
    const content = this.details.ready().catch(() => undefined);
    void content.then(() => this.updateComplete).then(() => {
      const dialog = this.dialog;
      if (!dialog || dialog.open) return;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('h2')?.focus();
    });
  }

  /**
   * Closes the dialog and returns focus at once, not on the dialog's `close`
   * event: that event is queued and Chromium can hold it back in a background tab.
   */
  private closeDetails(): void {
    if (this.dialog?.open) this.dialog.close();
    this.afterClose();
  }

  /** Escape: closed here, so focus comes back in the same keystroke. */
  private onDialogCancel(event: Event): void {
    event.preventDefault();
    this.closeDetails();
  }

  /** The dialog is closed (by us or by the browser): focus goes back to where the family was. Runs once per close. */
  private afterClose(): void {
    // A queued `close` event can arrive after the family already opened another course.
    if (!this.selected || this.dialog?.open) return;
    const opener = this.opener;
    this.selected = undefined;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    else this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  // ---- rendering -------------------------------------------------------------

  private readonly intl = new Map<string, Intl.Collator | Intl.NumberFormat | Intl.ListFormat>();

  /** Intl objects are slow to make and fast to use: one per locale, kept. */
  private cached<T extends Intl.Collator | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
    let value = this.intl.get(key) as T | undefined;
    if (!value) {
      value = make();
      this.intl.set(key, value);
    }
    return value;
  }

  private text(value: LocalizedText | undefined): TemplateResult | string | typeof nothing {
    if (value === undefined) return nothing;
    return marked(resolveText(value, this.localeController.locale));
  }

  /** Autonyms, each in its own language, joined the way the active locale writes a list ("، " in Arabic, "、" in Chinese). */
  private languages(codes: readonly string[]): TemplateResult[] {
    const locale = this.localeController.locale;
    const list = this.cached(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }));
    let i = 0;
    return list.formatToParts(codes).map((part) => {
      if (part.type === 'literal') return html`${part.value}`;
      const code = codes[i++]!;
      return html`<span lang=${code} dir=${dirOf(code)}>${autonym(code)}</span>`;
    });
  }

  private readonly ranges = new Map<string, string>();

  /** A session as a localized range; remembered, since typing shows the same courses again and again. */
  private range(start: string, end: string): string {
    const locale = this.localeController.locale;
    const zone = this.zone;
    const key = `${locale}|${zone ?? ''}|${start}|${end}`;
    let text = this.ranges.get(key);
    if (text === undefined) {
      text = formatDateTimeRange(new Date(start), new Date(end), locale, zone);
      if (this.ranges.size > 5000) this.ranges.clear();
      this.ranges.set(key, text);
    }
    return text;
  }

  private cost(cost: Course['cost']): TemplateResult | string | typeof nothing {
    if (cost === undefined) return nothing;
    if (typeof cost !== 'number') return this.text(cost);
    if (cost === 0) return msg('Free', { id: 'catalog.free' });
    const locale = this.localeController.locale;
    try {
      return this.cached(`money|${locale}|${this.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: this.currency })).format(cost);
    } catch {
      return `${cost} ${this.currency}`; // an invalid currency attribute must not break the card
    }
  }

  private childcare(childcare: Course['childcare']): TemplateResult | string | typeof nothing {
    if (childcare === undefined) return nothing;
    if (childcare === false) return msg('Not offered', { id: 'catalog.childcare.no' });
    if (childcare === true) return msg('Offered', { id: 'catalog.childcare.yes' });
    return this.text(childcare);
  }

  private seats(course: Course): string | typeof nothing {
    if (course.remaining === undefined) return nothing;
    return course.remaining === 0 ? msg('Full: you can join the waitlist', { id: 'catalog.full' }) : seatsLeft(course.remaining);
  }

  private fact(label: string, value: unknown): TemplateResult | typeof nothing {
    return value === nothing ? nothing : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  private facts(course: Course): TemplateResult {
    return html`${this.fact(msg('Languages', { id: 'catalog.languages' }), this.languages(course.languages))}
    ${this.fact(msg('Format', { id: 'catalog.format' }), formatLabel(course.format))}
    ${this.fact(msg('Where', { id: 'catalog.location' }), this.text(course.location))}
    ${this.fact(msg('Childcare', { id: 'catalog.childcare' }), this.childcare(course.childcare))}
    ${this.fact(msg('Cost', { id: 'catalog.cost' }), this.cost(course.cost))}
    ${this.fact(msg('Seats', { id: 'catalog.seats' }), this.seats(course))}`;
  }

  private upcoming(item: IndexedCourse): Course['sessions'] {
    return item.course.sessions.filter((_, i) => item.starts[i]! >= item.next);
  }

  private card(item: IndexedCourse): TemplateResult {
    const { course } = item;
    const next = item.next === Infinity ? [] : this.upcoming(item).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const id = `course-${item.order}`;
    return html`<li class="card" part="card">
      <article aria-labelledby=${id}>
        <h3 id=${id} tabindex="-1">${this.text(course.title)}</h3>
        <p class="category">${this.text(course.category)}</p>
        <dl class="facts">
          <div>
            <dt>${msg('When', { id: 'catalog.when' })}</dt>
            <dd>
              ${next.length
                ? html`<ul class="sessions">
                      ${next.slice(0, 2).map((s) => html`<li>${this.range(s.start, s.end)}</li>`)}
                    </ul>
                    ${next.length > 2 ? html`<span class="more">${moreSessions(next.length - 2)}</span>` : nothing}`
                : course.sessions.length
                  ? msg('This course has ended.', { id: 'catalog.ended' })
                  : msg('Dates will be announced.', { id: 'catalog.noSessions' })}
            </dd>
          </div>
          ${this.facts(course)}
        </dl>
        <button type="button" class="button-secondary details-button" aria-describedby=${id} @click=${(e: Event) => this.openDetails(item, e)}>
          ${msg('Details and registration', { id: 'catalog.details' })}
        </button>
      </article>
    </li>`;
  }

  /** An option carries `lang` itself: an element inside `<option>` is not rendered as such. */
  private option(option: FilterOption, selected: string): TemplateResult {
    const r = resolveText(option.label, this.localeController.locale);
    return html`<option value=${option.key} lang=${r.lang ?? nothing} dir=${r.dir ?? nothing} ?selected=${selected === option.key}>${r.text}</option>`;
  }

  private sortedOptions(options: readonly FilterOption[]): FilterOption[] {
    const locale = this.localeController.locale;
    const collator = this.cached(`collator|${locale}`, () => new Intl.Collator(locale));
    return [...options].sort((a, b) => collator.compare(resolveText(a.label, locale).text, resolveText(b.label, locale).text));
  }

  private select(
    name: keyof CatalogView,
    label: string,
    value: string,
    options: TemplateResult[],
    onChange: (value: string) => void,
  ): TemplateResult {
    return html`<div class="field filter">
      <label for="filter-${name}">${label}</label>
      <select id="filter-${name}" name=${name} .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options}
      </select>
    </div>`;
  }

  private controls(index: CourseIndex): TemplateResult {
    const v = this.view;
    const any = msg('Any', { id: 'catalog.any' });
    const anyOption = html`<option value="">${any}</option>`;
    return html`<div class="controls" part="search" role="search">
      <div class="field search">
        <label for="search">${msg('Search courses', { id: 'catalog.search' })}</label>
        <input
          id="search"
          type="search"
          dir="auto"
          enterkeyhint="search"
          autocomplete="off"
          .value=${v.query}
          @input=${(e: Event) => this.change({ query: (e.target as HTMLInputElement).value }, true)}
        />
      </div>
      <fieldset class="filters">
        <legend>${msg('Filter courses', { id: 'catalog.filters' })}</legend>
        <div class="filter-grid">
          ${this.select(
            'category',
            msg('Category', { id: 'catalog.category' }),
            v.category,
            [anyOption, ...this.sortedOptions(index.categories).map((o) => this.option(o, v.category))],
            (category) => this.change({ category }),
          )}
          ${this.select(
            'language',
            // Not just "Language": the language picker beside it already has that name.
            msg('Taught in', { id: 'catalog.language' }),
            v.language,
            [anyOption, ...index.languages.map((code) => html`<option value=${code} lang=${code} ?selected=${v.language === code}>${autonym(code)}</option>`)],
            (language) => this.change({ language }),
          )}
          ${this.select(
            'format',
            msg('Format', { id: 'catalog.format' }),
            v.format,
            [anyOption, ...COURSE_FORMATS.map((f) => html`<option value=${f} ?selected=${v.format === f}>${formatLabel(f)}</option>`)],
            (format) => this.change({ format: format as CatalogView['format'] }),
          )}
          ${index.locations.length
            ? this.select(
                'location',
                msg('Where', { id: 'catalog.location' }),
                v.location,
                [anyOption, ...this.sortedOptions(index.locations).map((o) => this.option(o, v.location))],
                (location) => this.change({ location }),
              )
            : nothing}
          ${this.select(
            'day',
            msg('Day of the week', { id: 'catalog.day' }),
            v.day === null ? '' : String(v.day),
            [anyOption, ...WEEK.map((d) => html`<option value=${String(d)} ?selected=${v.day === d}>${dayLabel(d)}</option>`)],
            (day) => this.change({ day: day === '' ? null : (Number(day) as Weekday) }),
          )}
        </div>
        <div class="choice">
          <input
            id="filter-childcare"
            type="checkbox"
            .checked=${v.childcare}
            @change=${(e: Event) => this.change({ childcare: (e.target as HTMLInputElement).checked })}
          />
          <label for="filter-childcare">${msg('Only courses with childcare', { id: 'catalog.withChildcare' })}</label>
        </div>
      </fieldset>
      <div class="sort-row">
        ${this.select(
          'sort',
          msg('Sort by', { id: 'catalog.sort' }),
          v.sort,
          [
            html`<option value="date" ?selected=${v.sort === 'date'}>${msg('Next session', { id: 'catalog.sort.date' })}</option>`,
            html`<option value="title" ?selected=${v.sort === 'title'}>${msg('Title', { id: 'catalog.sort.title' })}</option>`,
          ],
          (sort) => this.change({ sort: sort === 'title' ? 'title' : 'date' }),
        )}
        ${isDefaultView({ ...v, sort: 'date' })
          ? nothing
          : html`<button type="button" class="button-link clear" @click=${this.clearAll}>
              ${msg('Clear search and filters', { id: 'catalog.clear' })}
            </button>`}
      </div>
    </div>`;
  }

  private problemPlace(p: FeedProblem): string {
    const n = p.index + 1;
    const id = p.id ?? '';
    const entry =
      p.index < 0
        ? msg('The feed', { id: 'catalog.problem.feed' })
        : id
          ? msg(str`Course ${n} ("${id}")`, { id: 'catalog.problem.courseWithId' })
          : msg(str`Course ${n}`, { id: 'catalog.problem.course' });
    return p.path ? `${entry}, ${p.path}` : entry;
  }

  private problemList(): TemplateResult | typeof nothing {
    if (!this.problems.length) return nothing;
    const hidden = this.problems.length - PROBLEMS_SHOWN;
    return html`<details class="feed-problems">
      <summary>${this.skipped ? skippedCount(this.skipped) : this.problems[0]!.message}
        ${msg('Details for the website team', { id: 'catalog.problem.forWebmaster' })}</summary>
      <ul>
        ${this.problems.slice(0, PROBLEMS_SHOWN).map(
          (p) => html`<li><code>${this.problemPlace(p)}</code>: ${p.message}</li>`,
        )}
      </ul>
      ${hidden > 0
        ? html`<p>${msg(str`… and ${hidden} more (all are listed in the browser console).`, { id: 'catalog.problem.more' })}</p>`
        : nothing}
    </details>`;
  }

  private detailsDialog(): TemplateResult {
    const item = this.selected;
    const course = item?.course;
    return html`<dialog part="details" aria-labelledby="details-title" @cancel=${this.onDialogCancel} @close=${this.afterClose}>
      ${item && course
        ? html`<div class="dialog-body">
            <div class="dialog-head">
              <h2 id="details-title" tabindex="-1">${this.text(course.title)}</h2>
              <button type="button" class="button-secondary close" @click=${this.closeDetails}>
                ${msg('Close', { id: 'catalog.close' })}
              </button>
            </div>
            ${this.registration?.render(item) ?? nothing}
          </div>`
        : nothing}
    </dialog>`;
  }

  override render() {
    const index = this.index;
    const total = this.results.length;
    const shown = Math.min(this.shown, total);
    const content = html`<section class="catalog" aria-labelledby="catalog-title">
      <h2 id="catalog-title">${this.heading || msg('Courses for families', { id: 'catalog.heading' })}</h2>
      ${this.loadError ? html`<p class="error-message" role="alert">${this.loadError}</p>` : nothing}
      ${this.problemList()}
      ${this.loading ? html`<p class="loading">${msg('Loading courses…', { id: 'catalog.loading' })}</p>` : nothing}
      ${index
        ? html`${this.controls(index)}
            <p class="count">${resultCount(total)}</p>
            ${total === 0 && index.items.length
              ? html`<p class="empty">${msg('No courses match. Try fewer words or clear a filter.', { id: 'catalog.none' })}</p>`
              : nothing}
            <ul class="results" part="results">
              ${repeat(
                this.results.slice(0, shown),
                (item) => item.course.id,
                (item) => this.card(item),
              )}
            </ul>
            ${shown < total
              ? html`<div class="actions">
                  <button type="button" class="button-secondary show-more" @click=${this.showMore}>
                    ${msg(str`Show more (${shown} of ${total} shown)`, { id: 'catalog.showMore' })}
                  </button>
                </div>`
              : nothing}`
        : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.detailsDialog()}
    </section>`;
    return elementFrame(this, content);
  }
}

define('family-course-catalog', FamilyCourseCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'family-course-catalog': FamilyCourseCatalog;
  }
}
