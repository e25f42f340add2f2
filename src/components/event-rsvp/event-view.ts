import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { errorSummary } from '../../core/form/error-summary.js';
import { describedBy, fieldError, hasVisibleError, requiredMark, visibleErrorId } from '../../core/form/field-error.js';
import type { FormController } from '../../core/form/form-controller.js';
import { honeypot } from '../../core/form/honeypot.js';
import { formatDate, formatDateTimeRange, formatTime } from '../../core/i18n/date-format.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { plural } from '../../core/i18n/plural.js';
import type { AttendingView } from './attending-questions.js';
import type { ReplyWindow } from './availability.js';
import { adoptLater } from '../../styles/adopt-later.js';
import type { RsvpEvent, RsvpSession, RsvpSlot } from './event.schema.js';
import { viewStyles } from './event-view.styles.js';
import { RESPONSES, type RsvpResponse } from './rsvp-choices.js';
import { textField, type RsvpAnswers } from './rsvp-fields.js';

/*
 * The event on screen: its details, the reply window's message, and the
 * reply form ("Will you come?", the contact fields, Send). Nothing of the
 * event shows before its checks (event-checks.ts) have read it, so the element
 * loads this module with them, with import() as it connects: it costs the
 * first load nothing and the family no wait.
 */

type AttendingQuestions = typeof import('./attending-questions.js');

/** What the event and its form show and call back into, from the element. */
export interface EventView {
  form: FormController;
  answers: RsvpAnswers;
  event: RsvpEvent;
  /** The `ask` attribute. */
  ask: string;
  locale: string;
  /** The answer is a yes or maybe. */
  attending: boolean;
  /** No places (or no free time slots) are left. */
  full: boolean;
  /** A yes or maybe to a full event joins the waitlist. */
  joiningWaitlist: boolean;
  set<K extends keyof RsvpAnswers>(key: K, value: RsvpAnswers[K], path: string): void;
  /** Content text, marked with its own `lang`/`dir` when it fell back to another language. */
  content(value: LocalizedText | undefined): TemplateResult | string;
  /** The shadow root the error summary moves focus in. */
  root: ShadowRoot;
  onSubmit(e: SubmitEvent): void;
  // availability.ts, which the element needs too, is passed in rather than
  // imported: a module imported by both this chunk and the element's becomes
  // a file of its own, one more request on the first load.
  replyWindow(event: RsvpEvent, now: Date): ReplyWindow;
  sessionFull(session: RsvpSession): boolean;
  slotAvailable(slot: RsvpSlot): boolean;
  parseAges(text: string): number[] | null;
}

function placesLeft(n: number): string {
  return plural(n, {
    zero: () => msg(str`${n} places left`, { id: 'rsvp.places.zero' }),
    one: () => msg(str`${n} place left`, { id: 'rsvp.places.one' }),
    two: () => msg(str`${n} places left`, { id: 'rsvp.places.two' }),
    few: () => msg(str`${n} places left`, { id: 'rsvp.places.few' }),
    many: () => msg(str`${n} places left`, { id: 'rsvp.places.many' }),
    other: () => msg(str`${n} places left`, { id: 'rsvp.places.other' }),
  });
}

/** Date, time, place, description and places left: the first of the view to render, so it brings the view's styles. */
export function eventDetails(v: EventView): TemplateResult {
  adoptLater(v.root, viewStyles);
  const { event, locale } = v;
  return html`<div class="event-details" part="details">
    <h2 id="event-title" part="title">${v.content(event.title)}</h2>
    <p class="when">
      <span class="detail-label">${msg('When:', { id: 'rsvp.when' })}</span>
      <time datetime=${event.start}>${formatDateTimeRange(new Date(event.start), new Date(event.end), locale, event.timeZone)}</time>
    </p>
    <p class="where">
      <span class="detail-label">${msg('Where:', { id: 'rsvp.where' })}</span>
      <span dir="auto">${v.content(event.location)}</span>
    </p>
    ${event.description ? html`<p class="description" dir="auto">${v.content(event.description)}</p>` : nothing}
    ${v.full
      ? html`<p class="places full">${msg('This event is full.', { id: 'rsvp.full' })}</p>`
      : event.remaining !== undefined
        ? html`<p class="places">${placesLeft(event.remaining)}</p>`
        : nothing}
  </div>`;
}

/** "Replies open on …" / "Replies closed on …" instead of the form, outside the reply window. */
export function windowMessage(v: EventView): TemplateResult | undefined {
  const { event, locale } = v;
  const window = v.replyWindow(event, new Date());
  if (window.phase === 'open') return undefined;
  const when = (d: Date) => `${formatDate(d, locale, event.timeZone)}, ${formatTime(d, locale, event.timeZone)}`;
  const text =
    window.phase === 'before'
      ? msg(str`Replies open on ${when(window.opens)}. Please come back then.`, { id: 'rsvp.window.before' })
      : msg(str`Replies closed on ${when(window.closed)}. Please contact the school if you have a question.`, {
          id: 'rsvp.window.after',
        });
  return html`<p class="notice" part="window-message" role="status">${text}</p>`;
}

function responseLabel(response: RsvpResponse): string {
  switch (response) {
    case 'yes':
      return msg('Yes', { id: 'rsvp.response.yes' });
    case 'no':
      return msg('No', { id: 'rsvp.response.no' });
    case 'maybe':
      return msg('Maybe', { id: 'rsvp.response.maybe' });
  }
}

function renderResponse(v: EventView): TemplateResult {
  const path = 'response';
  return html`<fieldset
    data-field=${path}
    class=${hasVisibleError(v.form, path) ? 'invalid' : ''}
    aria-describedby=${describedBy(visibleErrorId(v.form, path))}
  >
    <legend>${msg('Will you come?', { id: 'rsvp.response' })} ${requiredMark()}</legend>
    ${fieldError(v.form, path)}
    <div class="responses">
      ${RESPONSES.map(
        (r) => html`<div class="choice">
          <input
            type="radio"
            id="response-${r}"
            name="response"
            value=${r}
            .checked=${v.answers.response === r}
            @change=${() => v.set('response', r, path)}
          />
          <label for="response-${r}">${responseLabel(r)}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

function renderContact(v: EventView): TemplateResult {
  const a = v.answers;
  return html`${textField(v.form, {
      path: 'name',
      id: 'name',
      label: msg('Your name', { id: 'rsvp.name' }),
      value: a.name,
      required: true,
      autocomplete: 'name',
      maxlength: 200,
      onInput: (value) => v.set('name', value, 'name'),
    })}
    <fieldset aria-describedby="contact-hint">
      <legend>${msg('How can the school reach you?', { id: 'rsvp.contact' })} ${v.attending ? requiredMark() : nothing}</legend>
      <p class="hint" id="contact-hint">${msg('An email address or a phone number; one is enough.', { id: 'rsvp.contact.hint' })}</p>
      ${textField(v.form, {
        path: 'contact.email',
        id: 'email',
        label: msg('Email', { id: 'rsvp.email' }),
        value: a.email,
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        maxlength: 254,
        onInput: (value) => v.set('email', value, 'contact.email'),
      })}
      ${textField(v.form, {
        path: 'contact.phone.number',
        id: 'phone',
        label: msg('Phone', { id: 'rsvp.phone' }),
        value: a.phone,
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        maxlength: 40,
        onInput: (value) => v.set('phone', value, 'contact.phone.number'),
      })}
    </fieldset>`;
}

/** The reply form, with what a yes or maybe brings once `questions` (attending-questions.ts) has loaded. */
export function replyForm(v: EventView, questions: AttendingQuestions | undefined): TemplateResult {
  return html`<form part="form" novalidate aria-labelledby="event-title" @submit=${v.onSubmit}>
    ${errorSummary(v.form, v.root)} ${renderResponse(v)}
    ${v.attending && questions ? questions.attendingQuestions(attendingView(v, questions)) : nothing}
    ${renderContact(v)} ${honeypot()}
    <div class="actions">
      <button type="submit" class="button-primary" part="submit-button">
        ${v.joiningWaitlist
          ? msg('Join the waitlist', { id: 'rsvp.submit.waitlist' })
          : msg('Send my reply', { id: 'rsvp.submit' })}
      </button>
    </div>
  </form>`;
}

/** What the lazily loaded questions a yes or maybe brings show and call back into. */
export function attendingView(v: EventView, questions: AttendingQuestions): AttendingView {
  return {
    ...v,
    asked: questions.askedOf(v.ask),
    placesLeft,
    field: (options) => textField(v.form, options),
  };
}
