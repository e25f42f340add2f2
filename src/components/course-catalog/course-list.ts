import { html, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatDateTimeRange } from '../../core/i18n/date-format.js';
import { autonym } from '../../core/i18n/language-names.js';
import { dirOf } from '../../core/i18n/locales.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { marked } from '../../core/i18n/marked-text.js';
import { resolveText } from '../../core/i18n/resolve-text.js';
import type { LazyModule } from '../../core/lazy-module.js';
import { adoptLater } from '../../styles/adopt-later.js';
import type { CatalogRegistration } from './catalog-registration.js';
import { DEFAULT_VIEW, type CatalogView } from './catalog-view.js';
import { COURSE_FORMATS } from './course-fields.js';
import { listStyles } from './course-list.styles.js';
import type { Course } from './course.schema.js';
import { dayLabel, formatLabel, moreSessions, resultCount, seatsLeft, skippedCount, WEEK } from './course-labels.js';
import type { FamilyCourseCatalog } from './family-course-catalog.js';
import type { Feed, FeedProblem } from './feed.js';
import { isDefaultView, sameView } from './hash-state.js';
import { HashSync } from './hash-sync.js';
import { buildIndex, filterCourses, prepareSearch, type CourseIndex, type FilterOption, type IndexedCourse, type Weekday } from './search.js';

export { declineCourse, parseFeed } from './feed.js';

/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY_MS = 600;
/** Problems listed on screen; the console gets all of them. */
const PROBLEMS_SHOWN = 20;

/** What the course list needs from the catalog beyond its public members. */
export interface CourseListParts {
  /** The registration's module: the detail dialog waits for it when a course is opened before it came. */
  details: LazyModule<object>;
  /** The registration, once it has loaded. */
  registration(): CatalogRegistration | undefined;
}

/**
 * The catalog's courses once its feed is checked: search, filters, sort, the
 * cards, the view kept in the URL hash (HashSync), the problems listed for the
 * webmaster and the detail dialog. The catalog's own file fetches the feed and
 * says that it is loading; it loads this module with `import()` as it
 * connects, in parallel with the feed, so a page's first download stays small
 * (feed.ts and search.ts come with it). The catalog calls `willUpdate` and
 * `updated` from its own; the state here is its, so every change asks it to
 * render again.
 */
export class CourseList implements ReactiveController {
  index?: CourseIndex;
  view: CatalogView = { ...DEFAULT_VIEW };
  /** The course open in the detail dialog. */
  selected?: IndexedCourse;
  private problems: readonly FeedProblem[] = [];
  private skipped = 0;
  private shown = 0;
  private announcement = '';
  private results: IndexedCourse[] = [];
  private resultsKey = '';
  private opener?: HTMLElement;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private focusCardAt = -1;
  private checkedZone?: { attribute?: string; zone?: string };

  private readonly hashSync: HashSync;

  constructor(
    private readonly host: FamilyCourseCatalog,
    private readonly parts: CourseListParts,
  ) {
    host.addController(this);
    this.hashSync = new HashSync(host, {
      formId: () => host.formId || host.localName,
      view: () => this.view,
      apply: (view) => {
        if (sameView(view, this.view)) return;
        this.view = view;
        this.shown = this.pageStep;
        host.requestUpdate();
      },
    });
    // The page's first date format sets up the browser's date data (tens of ms): done now, while the
    // feed and the checks load, rather than inside the render that shows the first cards.
    setTimeout(() => formatDateTimeRange(new Date(), undefined, host.localeController.locale));
  }

  hostDisconnected(): void {
    clearTimeout(this.announceTimer);
  }

  /** Cards per page; a bad `page-size` falls back to 20 rather than showing nothing. */
  private get pageStep(): number {
    const { pageSize } = this.host;
    return Number.isFinite(pageSize) && pageSize >= 1 ? Math.floor(pageSize) : 20;
  }

  /** `time-zone` if the browser knows it; a typo is a configuration error, not an exception in the page. */
  private get zone(): string | undefined {
    const { timeZone } = this.host;
    if (this.checkedZone?.attribute !== timeZone || !this.checkedZone) {
      let zone = timeZone || undefined;
      if (zone) {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
        } catch {
          const message = msg(str`The time zone "${zone}" is not known; dates are shown in this device's time zone.`, {
            id: 'catalog.badTimeZone',
          });
          console.warn(`family-course-catalog: ${message}`);
          this.host.dispatchEvent(new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind: 'config', message } }));
          zone = undefined;
        }
      }
      this.checkedZone = { attribute: timeZone, zone };
    }
    return this.checkedZone.zone;
  }

  /** The course with this id in the feed as it is now. */
  course(id: string): Course | undefined {
    return this.index?.items.find((item) => item.course.id === id)?.course;
  }

  /** Shows a checked feed, and tells the webmaster about its bad entries. */
  show(feed: Feed): void {
    const index = buildIndex(feed.courses);
    this.index = index;
    // The search text is built just after the first render, so a long catalog shows at once.
    setTimeout(() => prepareSearch(index), 0);
    this.problems = feed.problems;
    this.skipped = feed.skipped;
    this.resultsKey = '';
    this.host.requestUpdate();
    if (feed.problems.length) {
      console.warn(
        'family-course-catalog: problems in the course feed:\n' +
          feed.problems.map((p) => `${this.problemPlace(p)}: ${p.message}`).join('\n'),
      );
      const message = feed.skipped ? skippedCount(feed.skipped) : feed.problems[0]!.message;
      this.host.dispatchEvent(new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind: 'definition', message } }));
    }
  }

  /** The feed could not be loaded: no courses. */
  clear(): void {
    this.index = undefined;
  }

  willUpdate(changed: PropertyValues<FamilyCourseCatalog>): void {
    if (changed.has('pageSize') || this.shown === 0) this.shown = this.pageStep;
    // A course just opened, or the other course's registration has gone out since this dialog opened: this one's form now.
    this.parts.registration()?.follow(this.selected?.course);
    this.refreshResults();
  }

  updated(): void {
    if (this.focusCardAt >= 0) {
      const heading = this.host.renderRoot.querySelectorAll<HTMLElement>('.card h3')[this.focusCardAt];
      this.focusCardAt = -1;
      heading?.focus();
    }
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Filters only when something it depends on changed: renders for other reasons cost nothing here. */
  private refreshResults(): void {
    if (!this.index) {
      this.results = [];
      return;
    }
    const locale = this.host.localeController.locale;
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
        this.host.requestUpdate();
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
    this.host.requestUpdate();
    if (sameView(view, this.view)) {
      this.view = view; // keeps the typed text (spaces) while the view stays the same
      return;
    }
    this.view = view;
    this.shown = this.pageStep;
    this.hashSync.write(view, { typing });
    this.host.dispatchEvent(new CustomEvent('family-change', { bubbles: true, composed: true, detail: { value: { ...view } } }));
  }

  private clearAll(): void {
    this.change({ ...DEFAULT_VIEW, sort: this.view.sort });
    this.host.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private showMore(): void {
    this.focusCardAt = this.shown;
    this.shown += this.pageStep;
    this.host.requestUpdate();
  }

  private openDetails(item: IndexedCourse, event: Event): void {
    this.opener = event.currentTarget as HTMLElement;
    this.selected = item;
    this.host.requestUpdate();
    // The dialog's content is normally here long before; a quick first click waits for it (or opens without it, offline).
    const content = this.parts.details.ready().catch(() => undefined);
    void content.then(() => this.host.updateComplete).then(() => {
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
    this.host.requestUpdate();
    if (opener?.isConnected) opener.focus();
    else this.host.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
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

  /** Text from the feed in the active locale (the detail dialog's too). */
  readonly text = (value: LocalizedText | undefined): TemplateResult | string | typeof nothing => {
    if (value === undefined) return nothing;
    return marked(resolveText(value, this.host.localeController.locale));
  };

  /** Autonyms, each in its own language, joined the way the active locale writes a list ("، " in Arabic, "、" in Chinese). */
  private languages(codes: readonly string[]): TemplateResult[] {
    const locale = this.host.localeController.locale;
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
  readonly range = (start: string, end: string): string => {
    const locale = this.host.localeController.locale;
    const zone = this.zone;
    const key = `${locale}|${zone ?? ''}|${start}|${end}`;
    let text = this.ranges.get(key);
    if (text === undefined) {
      text = formatDateTimeRange(new Date(start), new Date(end), locale, zone);
      if (this.ranges.size > 5000) this.ranges.clear();
      this.ranges.set(key, text);
    }
    return text;
  };

  private cost(cost: Course['cost']): TemplateResult | string | typeof nothing {
    if (cost === undefined) return nothing;
    if (typeof cost !== 'number') return this.text(cost);
    if (cost === 0) return msg('Free', { id: 'catalog.free' });
    const locale = this.host.localeController.locale;
    const { currency } = this.host;
    try {
      return this.cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(cost);
    } catch {
      return `${cost} ${currency}`; // an invalid currency attribute must not break the card
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

  /** A course's languages, format, place, childcare, cost and seats (on its card and in the detail dialog). */
  readonly facts = (course: Course): TemplateResult => {
    return html`${this.fact(msg('Languages', { id: 'catalog.languages' }), this.languages(course.languages))}
    ${this.fact(msg('Format', { id: 'catalog.format' }), formatLabel(course.format))}
    ${this.fact(msg('Where', { id: 'catalog.location' }), this.text(course.location))}
    ${this.fact(msg('Childcare', { id: 'catalog.childcare' }), this.childcare(course.childcare))}
    ${this.fact(msg('Cost', { id: 'catalog.cost' }), this.cost(course.cost))}
    ${this.fact(msg('Seats', { id: 'catalog.seats' }), this.seats(course))}`;
  };

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
    const r = resolveText(option.label, this.host.localeController.locale);
    return html`<option value=${option.key} lang=${r.lang ?? nothing} dir=${r.dir ?? nothing} ?selected=${selected === option.key}>${r.text}</option>`;
  }

  private sortedOptions(options: readonly FilterOption[]): FilterOption[] {
    const locale = this.host.localeController.locale;
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
          : html`<button type="button" class="button-link clear" @click=${() => this.clearAll()}>
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
    return html`<dialog part="details" aria-labelledby="details-title" @cancel=${(e: Event) => this.onDialogCancel(e)} @close=${() => this.afterClose()}>
      ${item && course
        ? html`<div class="dialog-body">
            <div class="dialog-head">
              <h2 id="details-title" tabindex="-1">${this.text(course.title)}</h2>
              <button type="button" class="button-secondary close" @click=${() => this.closeDetails()}>
                ${msg('Close', { id: 'catalog.close' })}
              </button>
            </div>
            ${this.parts.registration()?.render(item, this) ?? nothing}
          </div>`
        : nothing}
    </dialog>`;
  }

  /** Everything under the catalog's heading and its loading state: the problems, the search, the cards and the dialog. */
  render(): TemplateResult {
    // Again after the registration's form styles replaced the catalog's sheets (attachSubmission).
    adoptLater(this.host.renderRoot as ShadowRoot, listStyles);
    const index = this.index;
    const total = this.results.length;
    const shown = Math.min(this.shown, total);
    return html`${this.problemList()}
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
                  <button type="button" class="button-secondary show-more" @click=${() => this.showMore()}>
                    ${msg(str`Show more (${shown} of ${total} shown)`, { id: 'catalog.showMore' })}
                  </button>
                </div>`
              : nothing}`
        : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.detailsDialog()}`;
  }
}
