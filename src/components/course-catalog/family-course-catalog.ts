import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { define } from '../../core/define.js';
import { INLINE_JSON_PLACE, readInlineJson } from '../../core/inline-json.js';
import { elementFrame } from '../../core/element-frame.js';
import { FamilyElement } from '../../core/family-element.js';
import type { FormController } from '../../core/form/form-controller.js';
import { LazyModule } from '../../core/lazy-module.js';
import { reloadNotice } from '../../core/reload-notice.js';
import type { SubmitController } from '../../core/submit/submit-controller.js';
import type { CatalogRegistration } from './catalog-registration.js';
import { DEFAULT_VIEW, type CatalogView } from './catalog-view.js';
import type { Course } from './course.schema.js';
import type { CourseList } from './course-list.js';
import { fetchFeed, FeedError } from './feed-source.js';

/**
 * A searchable parent-university course catalog with registration: courses
 * from `src` or `.courses`, search that ignores case and accents in every
 * language of the feed, filters, sort, the view kept in the URL hash
 * (`#<form-id>:q=…`), a detail dialog, and registration or the waitlist sent
 * through the shared submission pipeline. This file holds what a family sees
 * before the courses can show (the heading, that the feed is loading, why it
 * could not be) and fetches the feed; the rest loads with `import()` as the
 * catalog connects, in parallel with the feed: the course list with its checks
 * of the feed, search and cards (course-list.ts), then the dialog's content and
 * the registration with the form machinery (catalog-registration.ts), long
 * before a family opens a course.
 *
 * @tagname family-course-catalog
 * @summary Parent-university courses: search, filter, register.
 * @fires family-change - The family changed the search, a filter or the sort: `detail.value` is the view. Or a field of the registration: `detail.value` is the registration as it stands (with its `courseId`), not yet validated.
 * @fires family-error - The feed could not be loaded (`kind: "network"`) or had bad entries (`kind: "definition"`); `time-zone` or `default-country` is not known (`kind: "config"`).
 * @csspart base - The root box.
 * @csspart language-picker - The language picker.
 * @csspart search - The search and filter controls.
 * @csspart results - The list of course cards.
 * @csspart card - One course card.
 * @csspart details - The course detail dialog.
 * @csspart submit-button - "Register" / "Join the waitlist".
 * @csspart error-summary - The list of problems after a failed registration.
 * @csspart problem - The notice shown when the course list could not be loaded (offline just after the page loaded).
 * @cssprop --family-color-muted - A course's category, past sessions and hints.
 * @cssprop --family-color-surface - Background of the catalog and the detail dialog.
 * @cssprop --family-color-surface-alt - Course cards and the status box.
 * @cssprop --family-color-border - Borders of cards, the dialog and inputs.
 * @cssprop --family-color-error - Errors in the registration and the feed's problems.
 * @cssprop --family-color-success - The thank-you box after registering.
 */
@localized()
export class FamilyCourseCatalog extends FamilyElement {
  static override properties: PropertyDeclarations = {
    src: {},
    courses: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    currency: {},
    heading: {},
    pageSize: { type: Number, attribute: 'page-size' },
    defaultCountry: { attribute: 'default-country' },
    loadError: { state: true },
    loading: { state: true },
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
  /**
   * Country (ISO 3166 two-letter code) of phone numbers written without `+` or
   * `00`. For a country without known phone rules (README) such a number is
   * refused and the family asked for the country code; a config error.
   */
  defaultCountry = 'US';

  /** The course list: the feed's quick check, search, filters, cards, the URL hash (see course-list.ts). */
  private readonly views = new LazyModule(this, () => import('./course-list.js'));
  /** zod, for feed entries the quick check cannot vouch for and for the registration (see catalog-checks.ts). */
  protected override readonly checks = new LazyModule(this, () => import('./catalog-checks.js'));
  /** The dialog's details and the registration, with the form machinery (see catalog-registration.ts). */
  private readonly details = new LazyModule(this, () => import('./catalog-registration.js'));
  private list?: CourseList;
  private registration?: CatalogRegistration;

  /** The registration's validation state (field errors, the error summary); set once the registration has loaded, soon after the catalog connects. */
  form?: FormController;
  /** The registration's submission lifecycle (CONTRACT.md §2); set once the registration has loaded, soon after the catalog connects. */
  submission?: SubmitController;

  private loadError?: string;
  private loading = false;
  /**
   * The feed came but the course list could not load (the device went offline
   * just after the page loaded): the family is told, with a button that reloads
   * the page (reloadNotice). Chromium also asks again on the next update; if the
   * list comes, the feed is loaded again.
   */
  private feedAwaitsViews = false;
  private loadToken = 0;
  /** The feed is here and waits for the course list (and the checks, for an entry that needs zod) to show it. */
  private showing?: Promise<void>;

  /** The view the family is looking at (search, filters, sort); the default one until the course list has loaded. */
  get currentView(): Readonly<CatalogView> {
    return this.list?.view ?? DEFAULT_VIEW;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('courses') || changed.has('src') || (this.feedAwaitsViews && this.views.module)) void this.load();
    if (this.details.module && !this.registration) this.attachRegistration(this.details.module);
    if (this.views.module) this.listFrom(this.views.module).willUpdate(changed);
  }

  protected override get loadingContent(): boolean {
    return this.loading;
  }

  protected override get awaitedModules(): LazyModule<object>[] {
    return [this.checks, this.views, this.details];
  }

  /** Also waits for a feed that is here to be shown, once the modules that show it have come. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.showing) return done;
    await this.showing;
    return super.getUpdateComplete();
  }

  /** The course list, made when its module has loaded. */
  private listFrom(module: typeof import('./course-list.js')): CourseList {
    this.list ??= new module.CourseList(this, { details: this.details, registration: () => this.registration });
    return this.list;
  }

  /** The registration has loaded: with it the catalog gets its form, its submission and their styles (attachSubmission). */
  private attachRegistration(module: typeof import('./catalog-registration.js')): void {
    this.registration = new module.CatalogRegistration(this, {
      checks: this.checks,
      rendered: () => this.rendered(),
      course: (id) => this.list?.course(id),
    });
  }

  protected override updated(): void {
    this.list?.updated();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loadError = undefined;
    this.feedAwaitsViews = false;
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
        this.list?.clear();
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
        this.list?.clear();
        const src = INLINE_JSON_PLACE; // the same message as feed-source.ts, word for word (one id, one translation)
        this.loadError = msg(str`The course list at ${src} is not valid JSON.`, { id: 'catalog.feed.json' });
        this.fail('definition', this.loadError);
        return;
      }
      data = inline.data;
    }
    this.showing = this.show(data, token);
    await this.showing;
  }

  /** Checks the feed and shows it, once the course list (and the checks, for an entry that needs zod) is here. */
  private async show(data: unknown, token: number): Promise<void> {
    const views = this.views.module ?? (await this.views.ready().catch(() => undefined));
    if (token !== this.loadToken) return;
    if (!views) {
      this.feedAwaitsViews = true;
      return;
    }
    let feed = views.parseFeed(data, this.checks.module?.courseByZod);
    if (!feed) {
      // An entry the quick check cannot vouch for needs zod (normally here already).
      const fallback = await this.checks.ready().then((checks) => checks.courseByZod, () => views.declineCourse);
      if (token !== this.loadToken) return;
      feed = views.parseFeed(data, fallback)!;
    }
    this.listFrom(views).show(feed);
  }

  private fail(kind: 'network' | 'definition', message: string): void {
    this.dispatchEvent(new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind, message } }));
  }

  override render() {
    const content = html`<section class="catalog" aria-labelledby="catalog-title">
      <h2 id="catalog-title">${this.heading || msg('Courses for families', { id: 'catalog.heading' })}</h2>
      ${this.loadError ? html`<p class="error-message" role="alert">${this.loadError}</p>` : nothing}
      ${this.views.failed ? reloadNotice('error-message') : nothing}
      ${this.loading && !this.views.failed ? html`<p class="loading">${msg('Loading courses…', { id: 'catalog.loading' })}</p>` : nothing}
      ${this.list?.render() ?? nothing}
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
