import type { ReactiveController, TemplateResult } from 'lit';
import type { FieldErrors, FormController } from '../../core/form/form-controller.js';
import { matchLocale } from '../../core/i18n/locales.js';
import type { LazyModule } from '../../core/lazy-module.js';
import { renderSubmissionStatus } from '../../core/submit/submission-status.js';
import type { SubmissionState, SubmitController } from '../../core/submit/submit-controller.js';
import { attachSubmission } from '../../core/submit/attach-submission.js';
import type { Course } from './course.schema.js';
import { detailsBody, type DetailsView } from './course-details.js';
import type { FamilyCourseCatalog } from './family-course-catalog.js';
import type { RegistrationFields, RegistrationTarget } from './registration-checks.js';
import type { IndexedCourse } from './search.js';


/** What the registration needs of the catalog's checks (catalog-checks.ts). */
type CatalogChecks = typeof import('./catalog-checks.js');

/** What the registration needs from the catalog beyond its public members. */
export interface CatalogParts {
  checks: LazyModule<CatalogChecks>;
  /** Resolves once the catalog's pending render is done (the submission pipeline loads then). */
  rendered(): Promise<unknown>;
  /** The course with this id in the catalog's feed as it is now. */
  course(id: string): Course | undefined;
}

/** How the course list writes a course's text, facts and sessions, which the dialog shows too. */
export type CourseLook = Pick<DetailsView, 'text' | 'facts' | 'range'>;

const emptyFields = (): RegistrationFields => ({
  name: '',
  email: '',
  phone: '',
  attendees: '1',
  childcareNeeded: false,
  ages: '',
  language: '',
  languageOther: '',
});

/** A course with no seats left: registering joins its waitlist. */
const isFull = (course: Course) => course.remaining === 0;

/** States in which the form has given way to the confirmation. */
const FORM_GONE: ReadonlySet<SubmissionState> = new Set(['sent', 'waitlisted', 'queued']);

/**
 * The registration (or the waitlist) for the course open in the catalog's
 * detail dialog, with the dialog's content (course-details.ts). Browsing the
 * catalog needs none of the form machinery, so the catalog loads this module
 * with `import()` as it connects, normally long before a family opens a
 * course. Its FormController and SubmitController are the catalog's own: they
 * are added to it and set as its `form` and `submission`, so every event is
 * dispatched from the catalog itself and the outbox retries its queued
 * registrations as before.
 */
export class CatalogRegistration implements ReactiveController {
  private reg: RegistrationFields = emptyFields();
  /** The course the form was last prepared for (its status stays while the family looks elsewhere). */
  private registeredFor?: string;
  private readonly catalog: FamilyCourseCatalog & { form: FormController; submission: SubmitController };
  /** The submission state last rendered. */
  private shownState: SubmissionState = 'idle';
  /** The `default-country` the webmaster was last told about (hostUpdate). */
  private checkedCountry?: string;

  constructor(
    catalog: FamilyCourseCatalog,
    private readonly parts: CatalogParts,
  ) {
    this.catalog = attachSubmission(catalog, [], { validate: () => this.errors() }, { rendered: () => parts.rendered() });
    catalog.addController(this);
  }

  /** A `default-country` whose phone rules the checks do not know: told once per value, as soon as they are here. */
  hostUpdate(): void {
    const checks = this.parts.checks.module;
    const country = this.catalog.defaultCountry;
    if (!checks || this.checkedCountry === country) return;
    this.checkedCountry = country;
    const message = checks.defaultCountryProblem(country);
    if (!message) return;
    console.warn(`family-course-catalog: ${message}`);
    this.catalog.dispatchEvent(new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind: 'config', message } }));
  }

  hostUpdated(): void {
    const state = this.catalog.submission.state;
    if (state === this.shownState) return;
    // The form was on screen and is gone now (sending may be too quick to have been rendered).
    if (FORM_GONE.has(state) && !FORM_GONE.has(this.shownState)) this.focusAfterForm();
    this.shownState = state;
  }

  /**
   * The form (and the focused Register button) is gone after sending: keep
   * keyboard users in the dialog, on the next thing to do in the confirmation
   * ("Copy my answers" for a registration kept on this device), else on the
   * registration's heading just above it. The status itself is not focused:
   * its live region already announces it, and once is enough. Nothing moves
   * when the dialog shows another course or is closed.
   */
  private focusAfterForm(): void {
    const section = this.catalog.shadowRoot?.querySelector('dialog[open] .registration');
    const next = section?.querySelector<HTMLElement>('[part="status"] a[href], [part="status"] button');
    if (next) {
      next.focus();
      return;
    }
    const heading = section?.querySelector<HTMLElement>('#reg-title');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  /**
   * The form for the course open in the dialog: prepared when it is opened, and
   * once the other course's registration has gone out since it was opened.
   */
  follow(course: Course | undefined): void {
    if (course && this.registeredFor !== course.id && this.catalog.submission.state !== 'sending') this.prepare(course);
  }

  /**
   * A fresh form for `course`. Name and contact stay: a family signing up for a
   * second course should not type them again. Only a submission in flight holds
   * the form back; one kept on this device is retried by the outbox on its own.
   */
  private prepare(course: Course): void {
    this.registeredFor = course.id;
    const locale = this.catalog.localeController.locale;
    const language =
      course.languages.find((l) => l.toLowerCase() === locale.toLowerCase()) ??
      course.languages.find((l) => matchLocale(l) === locale) ??
      course.languages[0] ??
      'other';
    this.reg = { ...emptyFields(), name: this.reg.name, email: this.reg.email, phone: this.reg.phone, language };
    this.catalog.submission.reset();
    this.catalog.form.reset();
  }

  private get target(): RegistrationTarget {
    const course = this.registeredFor === undefined ? undefined : this.parts.course(this.registeredFor);
    const childcare = course?.childcare !== undefined && course.childcare !== false;
    return { course, childcare, waitlist: course ? isFull(course) : false };
  }

  /** Until the checks arrive (normally long before a course is opened) nothing is flagged; a submit waits for them. */
  private errors(): FieldErrors {
    const checks = this.parts.checks.module;
    if (!this.registeredFor || !checks) return {};
    return checks.registrationErrors(this.reg, this.target, this.catalog.defaultCountry);
  }

  private set(patch: Partial<RegistrationFields>, path: string): void {
    this.reg = { ...this.reg, ...patch };
    this.catalog.form.changed(path);
    this.reportChange();
  }

  /**
   * Tells the page (CONTRACT.md §2, `family-change`) with the registration as
   * it would be sent, not yet validated, as the other elements do with their
   * forms. The checks write it (the phone number as E.164); they are normally
   * here long before a course is opened, else the event follows them.
   */
  private reportChange(): void {
    const { reg, target } = this;
    const { defaultCountry } = this.catalog;
    const report = (checks: CatalogChecks) =>
      this.catalog.dispatchEvent(
        new CustomEvent('family-change', {
          bubbles: true,
          composed: true,
          detail: { value: checks.registrationDraft(reg, target, defaultCountry) },
        }),
      );
    const checks = this.parts.checks.module;
    if (checks) report(checks);
    else void this.parts.checks.ready().then(report, () => undefined);
  }

  /** Validates (showing the error summary on failure) and then submits. */
  private async submit(): Promise<void> {
    const { form, submission, defaultCountry } = this.catalog;
    const { checks } = this.parts;
    if (!(await submission.checksReady(checks)) || !form.attempt()) return;
    // the checks are here: checksReady() said so
    await submission.submit(checks.module!.registrationPayload(this.reg, this.target, defaultCountry));
  }

  /** Everything in the dialog under its heading and Close button, for `item`, written as the course list writes it. */
  render(item: IndexedCourse, look: CourseLook): TemplateResult {
    const { form, submission, shadowRoot } = this.catalog;
    const view: DetailsView = {
      form,
      root: shadowRoot,
      reg: this.reg,
      registeredFor: this.registeredFor,
      target: this.target,
      state: submission.state,
      text: look.text,
      facts: look.facts,
      range: look.range,
      set: (patch, path) => this.set(patch, path),
      submit: (event) => {
        event.preventDefault();
        void this.submit();
      },
      status: () => renderSubmissionStatus(this.catalog),
    };
    return detailsBody(view, item);
  }
}
