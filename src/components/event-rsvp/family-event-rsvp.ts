import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { define } from '../../core/define.js';
import { failureDetails, notJson, type ContentFailure } from '../../core/content-source.js';
import { INLINE_JSON_PLACE, readInlineJson } from '../../core/inline-json.js';
import { elementFrame } from '../../core/element-frame.js';
import { FormController, type FieldErrors } from '../../core/form/form-controller.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { marked } from '../../core/i18n/marked-text.js';
import { resolveText } from '../../core/i18n/resolve-text.js';
import { LazyModule } from '../../core/lazy-module.js';
import { reloadNotice } from '../../core/reload-notice.js';
import { SourceReader } from '../../core/source-reader.js';
import type { SubmissionState } from '../../core/submit/submit-controller.js';
import { SubmittingElement } from '../../core/submit/submitting-element.js';
import { eventFull, msUntilWindowChange, parseAges, replyWindow, sessionFull, slotAvailable } from './availability.js';
import type { EventAttributes } from './event-source.js';
import type { RsvpEvent, RsvpEventInput, RsvpPayload } from './event.schema.js';
import { styles } from './family-event-rsvp.styles.js';
import type { EventView } from './event-view.js';
import type { RsvpAnswers } from './rsvp-fields.js';

/** What the element's `checks` load: the event's checks and its view. */
type EventModules = typeof import('./event-checks.js') & typeof import('./event-view.js');

/** The properties an event from attributes is made of. */
const ATTRIBUTE_PROPERTIES = [
  'eventId',
  'eventTitle',
  'start',
  'end',
  'timeZone',
  'location',
  'description',
  'capacity',
  'remaining',
  'opens',
  'closes',
] as const satisfies readonly (keyof EventAttributes)[];

/** Those, and the properties that replace them. */
const EVENT_PROPERTIES = [...ATTRIBUTE_PROPERTIES, 'event', 'src'] as const;

/** Submission states in which the form is replaced by the status. */
const FORM_GONE: ReadonlySet<SubmissionState> = new Set(['sent', 'waitlisted', 'queued']);

const emptyAnswers = (): RsvpAnswers => ({
  name: '',
  email: '',
  phone: '',
  adults: '1',
  children: '0',
  childcareNeeded: false,
  ages: '',
  interpretation: '',
  languageOther: '',
  meal: '',
  accessibility: '',
  transportation: false,
  sessionIds: [],
  slotId: '',
});

// setTimeout's longest delay; a window further away is re-checked then.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One event — a family night, an Academic Parent-Teacher Team meeting, a
 * conference — with its RSVP: yes / no / maybe, the optional questions named
 * in `ask`, workshops (`sessions`) and time slots (`slots`) with their
 * capacity, the waitlist when full, and "Add to calendar" after a yes that
 * has a place (not a waitlist reply). The event comes from the attributes,
 * from `src` (JSON) or from `.event`.
 *
 * @tagname family-event-rsvp
 * @summary RSVP for a school event, with workshops, time slots, waitlist and calendar file.
 * @fires family-submit - Before sending; cancelable. `detail: { envelope, respondWith(promise) }`.
 * @fires family-submitted - After a 2xx answer. `detail: { envelope, status, body }`.
 * @fires family-queued - Kept on this device for a later try. `detail: { envelope, reason }`.
 * @fires family-invalid - The reply failed validation in the browser or at the server (409: slot taken, workshop full). `detail: { errors, source }`.
 * @fires family-error - The event is invalid or could not be loaded (`kind`: `definition`, `network`), or sending failed. `detail: { kind, message, envelope? }`.
 * @fires family-change - The family changed an answer. `detail: { value }` (the reply as it would be sent).
 * @slot sent - Extra content on the thank-you screen.
 * @slot waitlisted - Extra content on the waitlist confirmation.
 * @csspart base - The element's root box.
 * @csspart language-picker - The page-wide UI language picker.
 * @csspart title - The event's title.
 * @csspart details - Date, time, place, description and places left.
 * @csspart window-message - "Replies open on …" / "Replies closed on …" instead of the form.
 * @csspart waitlist-notice - The notice that the event is full and a reply joins the waitlist.
 * @csspart form - The reply form.
 * @csspart error-summary - "There is a problem" with a link to each field, after a failed send.
 * @csspart submit-button - "Send my reply" / "Join the waitlist".
 * @csspart calendar-link - "Add to calendar" after a yes (not after joining the waitlist).
 * @csspart status - The submission status box.
 * @csspart problem - The message shown to the webmaster when the event cannot be shown.
 * @cssprop --family-color-primary - Buttons and links (the focus ring has its own colour, --family-color-focus).
 * @cssprop --family-color-on-primary - Text on primary buttons.
 * @cssprop --family-color-text - Text colour.
 * @cssprop --family-color-muted - Hints and availability.
 * @cssprop --family-color-surface - Background.
 * @cssprop --family-color-surface-alt - Notices and the status box.
 * @cssprop --family-color-border - Borders.
 * @cssprop --family-color-error - Errors and "full".
 * @cssprop --family-color-success - The thank-you box.
 * @cssprop --family-font - Font family (default: the page's).
 * @cssprop --family-radius - Corner radius.
 * @cssprop --family-space - Base spacing.
 * @cssprop --family-focus-ring - The focus outline.
 * @cssprop --family-color-scheme - `light` (default), `dark` or `auto`.
 */
@localized()
export class FamilyEventRsvp extends SubmittingElement {
  static override styles = [SubmittingElement.styles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    eventId: { attribute: 'event-id' },
    eventTitle: { attribute: 'event-title' },
    start: {},
    end: {},
    timeZone: { attribute: 'time-zone' },
    location: {},
    description: {},
    capacity: {},
    remaining: {},
    opens: {},
    closes: {},
    ask: {},
    event: { attribute: false },
    answers: { state: true },
    failure: { state: true },
  };

  /** URL of the event as JSON (CONTRACT.md §3); relative URLs resolve against the page. */
  src = '';
  /** The event's id, copied into the reply as `eventId`. */
  eventId = '';
  /** The event's title (not `title`, a global attribute that would add a tooltip). */
  eventTitle = '';
  /** Start: ISO 8601 with an offset or `Z`, e.g. `2026-12-03T18:00-05:00`. */
  start = '';
  /** End: ISO 8601 with an offset or `Z`. */
  end = '';
  /** IANA time zone for displaying the times, e.g. `America/Chicago` (default: the family's own). */
  timeZone = '';
  /** Where the event takes place. */
  location = '';
  /** A few words about the event. */
  description = '';
  /** How many people the event can take (a whole number). */
  capacity = '';
  /** How many places are left (a whole number); `0` offers the waitlist. */
  remaining = '';
  /** Replies are accepted from this date-time (ISO 8601); before it the element says when. */
  opens = '';
  /** Replies are accepted until this date-time (ISO 8601); after it the element says so. */
  closes = '';
  /** Space-separated optional questions: `guests`, `childcare`, `interpretation`, `meal`, `accessibility`, `transportation`. */
  ask = '';
  /** The whole event as data (with `sessions` and `slots`); overrides `src` and the attributes. */
  event?: RsvpEventInput;

  /**
   * The event's checks (event-checks.ts, with zod) and its view (event-view.ts:
   * the details, the reply window, the form). Nothing of the event shows before
   * its checks have read it, so both load together with import() as the
   * element connects, in parallel with its `src`.
   */
  protected override readonly checks = new LazyModule(this, () =>
    Promise.all([import('./event-checks.js'), import('./event-view.js')]).then(([checks, view]) => ({ ...checks, ...view })),
  );
  /** "Add to calendar" (calendar-link.ts, with the `.ics` builder): offered only after a yes, so it loads once the family chooses yes. */
  private readonly calendarLink = new LazyModule(
    this,
    () => import('./calendar-link.js'),
    () => this.answers.response === 'yes' || this.sentReply?.response === 'yes',
  );
  /**
   * The time slots, workshops and `ask` questions a yes or maybe brings
   * (attending-questions.ts): not on the first screen, so they load right
   * after the first render, to be here before the family chooses; once the
   * family has chosen, `updateComplete` waits for them.
   */
  private readonly questions = new LazyModule(this, () => import('./attending-questions.js'), () => this.attending);
  readonly form: FormController = new FormController(this, { validate: () => this.validate() });

  private answers: RsvpAnswers = emptyAnswers();
  /** The event from `src`. */
  private readonly source = new SourceReader(
    this,
    this.checks,
    (checks, data) => {
      const result = checks.parseEvent(data);
      if ('event' in result) this.warnUnknownKeys(result.unknownKeys);
      return result;
    },
    (failure) => this.fail(failure),
  );

  protected override get awaitedModules(): LazyModule<object>[] {
    return [this.checks, this.calendarLink, this.questions];
  }

  protected override get loadingContent(): boolean {
    return this.source.loading;
  }

  private failure?: ContentFailure;

  /** `.event` after validation. */
  private given?: RsvpEvent;
  /** `.event` waits for the checks to load. */
  private eventUnchecked = false;
  /** The attributes wait for the checks to load. */
  private attributesUnchecked = false;
  /** The event made from the attributes, when it is valid. */
  private fromAttributes?: RsvpEvent;
  /** The last failure reported with `family-error`, so a re-render does not report it again. */
  private reportedFailure?: string;
  private windowTimer?: ReturnType<typeof setTimeout>;
  private calendar?: { envelopeId: string; href: string; name: string };
  /** The submission state as last rendered, to notice when the form goes away. */
  private shownState: SubmissionState = 'idle';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.windowTimer);
    this.revokeCalendar();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Bad inline JSON is the whole configuration's error: nothing else to read on this update.
    if (!this.hasUpdated && !this.readInline()) return;
    if (changed.has('event')) {
      this.given = undefined;
      this.eventUnchecked = this.event !== undefined;
    }
    // The element renders again once its checks have loaded.
    if (this.eventUnchecked && this.checks.module) {
      this.eventUnchecked = false;
      const result = this.checks.module.parseEvent(this.event);
      if ('event' in result) {
        this.warnUnknownKeys(result.unknownKeys);
        this.given = result.event;
        this.failure = undefined;
      } else {
        this.fail({ kind: 'definition', problems: result.problems });
      }
    }
    if ((changed.has('src') || changed.has('event') || this.source.checksCame) && this.event === undefined) this.load();
    const attributesChanged = EVENT_PROPERTIES.some((p) => changed.has(p)) || (this.attributesUnchecked && this.checks.module !== undefined);
    if (this.event === undefined && !this.src && attributesChanged) this.readAttributes();
  }

  protected override firstUpdated(): void {
    void this.questions.ready().catch(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleWindowCheck();
    const state = this.submission.state;
    if (state !== this.shownState) {
      // The form was on screen and is gone now (sending may be too quick to have been rendered).
      if (FORM_GONE.has(state) && !FORM_GONE.has(this.shownState)) this.focusAfterForm();
      this.shownState = state;
    }
  }

  /**
   * The form (and the focused Send button) is gone after sending: keep
   * keyboard users in place on the next thing to do ("Add to calendar",
   * "Copy my answers"), else on the event's title. The status itself is not
   * focused: its live region already announces it, and once is enough.
   */
  private focusAfterForm(): void {
    const root = this.renderRoot as ShadowRoot;
    const next = root.querySelector<HTMLElement>('[part="status"] a[href], [part="status"] button');
    if (next) {
      next.focus();
      return;
    }
    const title = root.querySelector<HTMLElement>('#event-title');
    if (title) {
      title.tabIndex = -1;
      title.focus();
    }
  }

  // --- The event

  private readAttributes(): void {
    // `capacity` and `remaining` may have been set as numbers.
    const attrs = Object.fromEntries(
      ATTRIBUTE_PROPERTIES.map((p) => [p, this[p] === '' || this[p] == null ? null : String(this[p])]),
    ) as unknown as EventAttributes;
    this.fromAttributes = undefined;
    this.attributesUnchecked = false;
    if (!Object.values(attrs).some(Boolean)) {
      // Nothing configured yet (e.g. `.event` comes later): nothing to complain about.
      this.failure = undefined;
      return;
    }
    if (!this.checks.module) {
      this.attributesUnchecked = true;
      return;
    }
    const result = this.checks.module.parseAttributes(attrs);
    if ('event' in result) {
      this.fromAttributes = result.event;
      this.failure = undefined;
      this.reportedFailure = undefined;
    } else {
      this.fail({ kind: 'definition', problems: result.problems });
    }
  }

  /**
   * Without `.event` and `src`, an inline `<script type="application/json">` child is the
   * event (for CMS editors that strip long attributes), checked exactly like `.event`.
   * Returns false when that script is not JSON (reported like a `src` that is not JSON).
   */
  private readInline(): boolean {
    if (this.event !== undefined || this.src) return true;
    const inline = readInlineJson(this);
    if (inline?.ok) this.event = inline.data as RsvpEventInput;
    else if (inline) {
      this.fail({ kind: 'definition', problems: [{ path: INLINE_JSON_PLACE, problem: notJson() }] });
      return false;
    }
    return true;
  }

  /** Reads `src` again, forgetting the problems of what was read before. */
  private load(): void {
    if (this.src) {
      this.failure = undefined;
      this.reportedFailure = undefined;
    }
    this.source.read(this.src);
  }

  private warnUnknownKeys(unknown: string[] | undefined): void {
    if (unknown?.length) {
      console.warn(`family-elements: <family-event-rsvp> the event has keys it does not know (ignored): ${unknown.join(', ')}`);
    }
  }

  /** Shows the problem to the webmaster and tells the page once (CONTRACT.md §2, `family-error`). */
  private fail(failure: ContentFailure): void {
    this.failure = failure;
    const details = failureDetails(failure);
    const key = `${failure.kind} ${details}`;
    if (key === this.reportedFailure) return;
    this.reportedFailure = key;
    const message =
      failure.kind === 'definition'
        ? msg(str`This event is not valid: ${details}`, { id: 'rsvp.error.definition' })
        : msg(str`This event could not be loaded: ${details}`, { id: 'rsvp.error.network' });
    console.warn(`family-elements: <family-event-rsvp> ${message}`);
    this.dispatchEvent(
      new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind: failure.kind, message } }),
    );
  }

  /** The event shown: `.event`, else the one from `src`, else the one from the attributes. */
  get currentEvent(): RsvpEvent | undefined {
    if (this.failure) return undefined;
    if (this.event !== undefined) return this.given;
    if (this.src) return this.source.content?.event;
    return this.fromAttributes;
  }

  /** Re-renders when the reply window opens or closes while the page is open. */
  private scheduleWindowCheck(): void {
    clearTimeout(this.windowTimer);
    const event = this.currentEvent;
    if (!event) return;
    const ms = msUntilWindowChange(event, new Date());
    if (ms === undefined) return;
    this.windowTimer = setTimeout(() => this.requestUpdate(), Math.min(ms + 50, MAX_TIMER_MS));
  }

  // --- The answers

  private get attending(): boolean {
    return this.answers.response === 'yes' || this.answers.response === 'maybe';
  }

  /** A "yes" or "maybe" to a full event joins the waitlist. */
  private get joiningWaitlist(): boolean {
    const event = this.currentEvent;
    return Boolean(event && this.attending && eventFull(event));
  }

  private set<K extends keyof RsvpAnswers>(key: K, value: RsvpAnswers[K], path: string): void {
    this.answers = { ...this.answers, [key]: value };
    this.form.changed(path);
    this.dispatchEvent(
      new CustomEvent('family-change', { bubbles: true, composed: true, detail: { value: this.payload() } }),
    );
  }

  /** Content text, marked with its own `lang`/`dir` when it fell back to another language. */
  private content(value: LocalizedText | undefined): TemplateResult | string {
    return marked(resolveText(value, this.localeController.locale));
  }

  /**
   * The reply as it will be sent: only what was asked, and only what matters
   * for the answer given (a yes or maybe adds what attending-questions.ts asks).
   * The form is shown only once the checks have loaded (they parse the event),
   * and they make the phone number E.164.
   */
  protected payload(): RsvpPayload {
    const a = this.answers;
    const event = this.currentEvent;
    const phone = a.phone.trim() ? this.checks.module?.usPhoneToE164(a.phone) : null;
    const email = a.email.trim();
    const data: RsvpPayload = {
      eventId: event?.id ?? this.eventId,
      response: a.response ?? 'no',
      name: a.name.trim(),
      contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
      waitlist: this.joiningWaitlist,
    };
    const [checks, questions] = [this.checks.module, this.questions.module];
    if (this.attending && event && checks && questions) {
      questions.addAttending(checks.attendingView(this.eventView(event), questions), data);
    }
    return data;
  }

  /** The reply's problems in the family's words (event-checks.ts), with those of the questions a yes or maybe brings. */
  private validate(): FieldErrors {
    const event = this.currentEvent;
    const [checks, questions] = [this.checks.module, this.questions.module];
    const errors = checks?.replyProblems(this.payload(), this.answers, this.attending) ?? {};
    if (this.attending && event && checks && questions) {
      questions.addAskedErrors(checks.attendingView(this.eventView(event), questions), errors);
    }
    return errors;
  }

  // --- Rendering

  private renderProblem(failure: ContentFailure): TemplateResult {
    return html`<div class="problem" part="problem" role="alert">
      <h2>${msg('This event cannot be shown', { id: 'rsvp.problem.title' })}</h2>
      ${failure.kind === 'network'
        ? html`<p>
            ${failure.status
              ? msg(str`The event file ${failure.url} answered with HTTP ${failure.status}.`, { id: 'rsvp.problem.status' })
              : msg(str`The event file ${failure.url} could not be reached.`, { id: 'rsvp.problem.unreachable' })}
          </p>`
        : html`<p>${msg('For the webmaster, the problems in the event:', { id: 'rsvp.problem.list' })}</p>
            <ul>
              ${failure.problems.map((p) => html`<li><code>${p.path}</code>: ${p.problem}</li>`)}
            </ul>`}
    </div>`;
  }

  /** What the event's view (event-view.ts) shows and calls back into. */
  private eventView(event: RsvpEvent): EventView {
    return {
      form: this.form,
      answers: this.answers,
      event,
      ask: this.ask,
      locale: this.localeController.locale,
      attending: this.attending,
      full: eventFull(event),
      joiningWaitlist: this.joiningWaitlist,
      set: (key, value, path) => this.set(key, value, path),
      content: (value) => this.content(value),
      root: this.renderRoot as ShadowRoot,
      onSubmit: this.onSubmit,
      replyWindow,
      sessionFull,
      slotAvailable,
      parseAges,
    };
  }

  private onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    void this.submitForm();
  };

  /** A yes or maybe is checked with its questions on screen (they have normally loaded long before). */
  protected override async submitForm(): Promise<void> {
    if (this.attending && !this.questions.module && !(await this.submission.checksReady(this.questions))) return;
    await super.submitForm();
  }

  // --- Add to calendar

  private revokeCalendar(): void {
    if (this.calendar) URL.revokeObjectURL(this.calendar.href);
    this.calendar = undefined;
  }

  /** The reply last sent (on the success screen), if any. */
  private get sentReply(): RsvpPayload | undefined {
    return this.submission.lastEnvelope?.data as RsvpPayload | undefined;
  }

  /**
   * "Add to calendar" with the `.ics` of the reply that was sent (its slot, its workshops), after a yes.
   * A waitlist reply has no place, even when its endpoint answered a plain 2xx: nothing to put in a calendar.
   */
  private renderCalendar(event: RsvpEvent): TemplateResult | typeof nothing {
    const envelope = this.submission.lastEnvelope;
    const reply = this.sentReply;
    const calendar = this.calendarLink.module;
    if (!envelope || reply?.response !== 'yes' || reply.waitlist || !calendar) return nothing;
    if (this.calendar?.envelopeId !== envelope.id) {
      this.revokeCalendar();
      const file = calendar.replyCalendar(event, reply, this.localeController.locale);
      this.calendar = { envelopeId: envelope.id, href: URL.createObjectURL(file.blob), name: file.name };
    }
    return calendar.calendarLink(this.calendar);
  }

  private renderReply(view: EventModules, v: EventView): TemplateResult {
    const closed = view.windowMessage(v);
    if (closed) return closed;
    return html`${FORM_GONE.has(this.submission.state) ? nothing : view.replyForm(v, this.questions.module)}
    ${this.renderSubmissionStatus({ sent: this.renderCalendar(v.event) })}`;
  }

  override render() {
    const event = this.currentEvent;
    // An event is only there once its checks have read it, and its view came with them.
    const view = this.checks.module;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.failure) body = this.renderProblem(this.failure);
    else if (this.checks.failed) body = reloadNotice();
    else if (this.source.loading) body = html`<p role="status">${msg('Loading the event…', { id: 'rsvp.loading' })}</p>`;
    else if (event && view) {
      const v = this.eventView(event);
      body = html`<article aria-labelledby="event-title">${view.eventDetails(v)} ${this.renderReply(view, v)}</article>`;
    }
    return elementFrame(this, body);
  }
}

define('family-event-rsvp', FamilyEventRsvp);

declare global {
  interface HTMLElementTagNameMap {
    'family-event-rsvp': FamilyEventRsvp;
  }
}
