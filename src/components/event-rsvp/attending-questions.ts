import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { describedBy, fieldError, hasVisibleError, requiredMark, visibleErrorId } from '../../core/form/field-error.js';
import type { FieldErrors, FormController } from '../../core/form/form-controller.js';
import { formatDate, formatDateTimeRange, formatTime } from '../../core/i18n/date-format.js';
import { languageName } from '../../core/i18n/language-name.js';
import { autonym, COMMON_LANGUAGES } from '../../core/i18n/language-names.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import type { RsvpEvent, RsvpPayload, RsvpSession, RsvpSlot } from './event.schema.js';
import { ASK_QUESTIONS, type AskQuestion } from './rsvp-choices.js';
import type { RsvpAnswers, TextFieldOptions } from './rsvp-fields.js';

/*
 * What a yes or maybe brings to the form: the waitlist notice when the event
 * is full, the time slots, the workshops and the questions named in `ask`,
 * with their checks and their part of the reply. The first screen (the event, "Will you come?", the
 * contact fields) does not need them, so the element loads this module with
 * import() right after its first render: it is here before the family
 * chooses, without weighing on the first load.
 */

/** What the questions show and call back into, from the element. */
export interface AttendingView {
  form: FormController;
  answers: RsvpAnswers;
  event: RsvpEvent;
  asked: ReadonlySet<AskQuestion>;
  locale: string;
  /** A yes or maybe to a full event joins the waitlist (and no time is required). */
  joiningWaitlist: boolean;
  set<K extends keyof RsvpAnswers>(key: K, value: RsvpAnswers[K], path: string): void;
  /** Content text, marked with its own `lang`/`dir` when it fell back to another language. */
  content(value: LocalizedText | undefined): TemplateResult | string;
  placesLeft(n: number): string;
  // The helpers of the element and of its view (availability.ts, rsvp-fields.ts)
  // are passed in rather than imported: a module imported by both this chunk and
  // another becomes a file of its own, one more request, and about 0.3 kB more
  // (measured).
  /** A text input with its label, hint and error, for the element's form. */
  field(options: TextFieldOptions): TemplateResult;
  sessionFull(session: RsvpSession): boolean;
  slotAvailable(slot: RsvpSlot): boolean;
  parseAges(text: string): number[] | null;
}

function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<div class="choice">
    <input
      type="checkbox"
      id=${id}
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

function sessionAvailability(v: AttendingView, session: RsvpSession): string | undefined {
  if (v.sessionFull(session)) return msg('Full: no places left in this workshop.', { id: 'rsvp.session.full' });
  return session.remaining === undefined ? undefined : v.placesLeft(session.remaining);
}

function renderSessions(v: AttendingView, sessions: RsvpSession[]): TemplateResult {
  const path = 'sessionIds';
  const chosen = v.answers.sessionIds;
  const toggle = (id: string, on: boolean) =>
    v.set('sessionIds', on ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id), path);
  return html`<fieldset
    data-field=${path}
    class=${hasVisibleError(v.form, path) ? 'invalid' : ''}
    aria-describedby=${describedBy('sessions-hint', visibleErrorId(v.form, path))}
  >
    <legend>${msg('Workshops', { id: 'rsvp.sessions' })}</legend>
    <p class="hint" id="sessions-hint">${msg('Choose the workshops you would like to join.', { id: 'rsvp.sessions.hint' })}</p>
    ${fieldError(v.form, path)}
    ${sessions.map((session, i) => {
      const full = v.sessionFull(session);
      const availability = sessionAvailability(v, session);
      const statusId = `session-${i}-availability`;
      return html`<div class="choice ${full ? 'unavailable' : ''}">
        <input
          type="checkbox"
          id="session-${i}"
          value=${session.id}
          ?disabled=${full}
          .checked=${!full && chosen.includes(session.id)}
          aria-describedby=${availability ? statusId : nothing}
          @change=${(e: Event) => toggle(session.id, (e.target as HTMLInputElement).checked)}
        />
        <span class="choice-text">
          <label for="session-${i}">${v.content(session.title)}</label>
          ${availability ? html`<span class="availability" id=${statusId}>${availability}</span>` : nothing}
        </span>
      </div>`;
    })}
  </fieldset>`;
}

function slotLabel(v: AttendingView, slot: RsvpSlot): string {
  const { locale, event } = v;
  const zone = event.timeZone;
  const start = new Date(slot.start);
  const end = new Date(slot.end);
  // Slots on the event's own day show times only; the date is in the event's details.
  if (formatDate(start, locale, zone) === formatDate(new Date(event.start), locale, zone)) {
    return `${formatTime(start, locale, zone)} – ${formatTime(end, locale, zone)}`;
  }
  return formatDateTimeRange(start, end, locale, zone);
}

function renderSlots(v: AttendingView, slots: RsvpSlot[]): TemplateResult {
  const path = 'slotId';
  const required = slots.some(v.slotAvailable) && !v.joiningWaitlist;
  return html`<fieldset
    data-field=${path}
    class=${hasVisibleError(v.form, path) ? 'invalid' : ''}
    aria-describedby=${describedBy(visibleErrorId(v.form, path))}
  >
    <legend>${msg('Choose a time', { id: 'rsvp.slots' })} ${required ? requiredMark() : nothing}</legend>
    ${fieldError(v.form, path)}
    ${slots.map((slot, i) => {
      const taken = !v.slotAvailable(slot);
      const statusId = `slot-${i}-availability`;
      return html`<div class="choice ${taken ? 'unavailable' : ''}">
        <input
          type="radio"
          name="slotId"
          id="slot-${i}"
          value=${slot.id}
          ?disabled=${taken}
          .checked=${!taken && v.answers.slotId === slot.id}
          aria-describedby=${taken ? statusId : nothing}
          @change=${() => v.set('slotId', slot.id, path)}
        />
        <span class="choice-text">
          <label for="slot-${i}">${slotLabel(v, slot)}</label>
          ${taken
            ? html`<span class="availability" id=${statusId}>${msg('Taken: this time is no longer available.', { id: 'rsvp.slot.taken' })}</span>`
            : nothing}
        </span>
      </div>`;
    })}
  </fieldset>`;
}

function renderGuests(v: AttendingView): TemplateResult {
  return html`<h3>${msg('Who is coming', { id: 'rsvp.guests' })}</h3>
    ${v.field({
      path: 'adults',
      id: 'adults',
      label: msg('Number of adults, including you', { id: 'rsvp.adults' }),
      value: v.answers.adults,
      type: 'number',
      inputmode: 'numeric',
      numeric: true,
      onInput: (value) => v.set('adults', value, 'adults'),
    })}
    ${v.field({
      path: 'children',
      id: 'children',
      label: msg('Number of children', { id: 'rsvp.children' }),
      value: v.answers.children,
      type: 'number',
      inputmode: 'numeric',
      numeric: true,
      onInput: (value) => v.set('children', value, 'children'),
    })}`;
}

function renderChildcare(v: AttendingView): TemplateResult {
  const a = v.answers;
  return html`<div class="field">
    ${checkbox('childcare', msg('I need childcare during the event', { id: 'rsvp.childcare' }), a.childcareNeeded, (on) =>
      v.set('childcareNeeded', on, 'childcare.needed'),
    )}
    ${a.childcareNeeded
      ? html`<div class="subfield">
          ${v.field({
            path: 'childcare.ages',
            id: 'childcare-ages',
            label: msg('Ages of the children who need childcare', { id: 'rsvp.childcare.ages' }),
            hint: msg('For example: 3, 5', { id: 'rsvp.childcare.ages-hint' }),
            value: a.ages,
            required: true,
            maxlength: 100,
            onInput: (value) => v.set('ages', value, 'childcare.ages'),
          })}
        </div>`
      : nothing}
  </div>`;
}

function renderInterpretation(v: AttendingView): TemplateResult {
  const a = v.answers;
  const path = 'interpretation';
  const languages = COMMON_LANGUAGES.filter((code) => code !== 'en');
  const optionLabel = (code: string) => {
    const own = autonym(code);
    const here = languageName(code, v.locale);
    return own === here ? own : `${own} (${here})`;
  };
  return html`<div class="field" data-field=${path}>
      <label for="interpretation">${msg('Interpreter', { id: 'rsvp.interpretation' })}</label>
      <p class="hint" id="interpretation-hint">
        ${msg('Choose a language if you would like an interpreter at the event.', { id: 'rsvp.interpretation.hint' })}
      </p>
      <select
        id="interpretation"
        aria-describedby="interpretation-hint"
        @change=${(e: Event) => v.set('interpretation', (e.target as HTMLSelectElement).value, path)}
      >
        <option value="" ?selected=${a.interpretation === ''}>${msg('No interpreter needed', { id: 'rsvp.interpretation.none' })}</option>
        ${languages.map((code) => html`<option value=${code} ?selected=${a.interpretation === code}>${optionLabel(code)}</option>`)}
        <option value="other" ?selected=${a.interpretation === 'other'}>${msg('Another language', { id: 'rsvp.interpretation.other' })}</option>
      </select>
    </div>
    ${a.interpretation === 'other'
      ? html`<div class="subfield">
          ${v.field({
            path: 'languageOther',
            id: 'language-other',
            label: msg('Which language?', { id: 'rsvp.language-other' }),
            value: a.languageOther,
            required: true,
            maxlength: 100,
            onInput: (value) => v.set('languageOther', value, 'languageOther'),
          })}
        </div>`
      : nothing}`;
}

function renderAsked(v: AttendingView): TemplateResult[] {
  const { answers: a, asked } = v;
  const parts: TemplateResult[] = [];
  if (asked.has('guests')) parts.push(renderGuests(v));
  const needs: TemplateResult[] = [];
  if (asked.has('childcare')) needs.push(renderChildcare(v));
  if (asked.has('interpretation')) needs.push(renderInterpretation(v));
  if (asked.has('meal')) {
    needs.push(
      v.field({
        path: 'meal',
        id: 'meal',
        label: msg('Food for the meal', { id: 'rsvp.meal' }),
        hint: msg('Allergies or what your family does not eat (for example: vegetarian, halal, no nuts).', {
          id: 'rsvp.meal.hint',
        }),
        value: a.meal,
        maxlength: 500,
        onInput: (value) => v.set('meal', value, 'meal'),
      }),
    );
  }
  if (asked.has('accessibility')) {
    needs.push(
      v.field({
        path: 'accessibility',
        id: 'accessibility',
        label: msg('Accessibility needs', { id: 'rsvp.accessibility' }),
        hint: msg('For example: wheelchair access, sign language, large print, a quiet space.', {
          id: 'rsvp.accessibility.hint',
        }),
        value: a.accessibility,
        multiline: true,
        maxlength: 1000,
        onInput: (value) => v.set('accessibility', value, 'accessibility'),
      }),
    );
  }
  if (asked.has('transportation')) {
    needs.push(
      html`<div class="field" data-field="transportation">
        ${checkbox('transportation', msg('I need transportation to the event', { id: 'rsvp.transportation' }), a.transportation, (on) =>
          v.set('transportation', on, 'transportation'),
        )}
      </div>`,
    );
  }
  if (needs.length) parts.push(html`<h3>${msg('What would help you come', { id: 'rsvp.needs' })}</h3>${needs}`);
  return parts;
}

/** For a yes or maybe, in the form's order: the waitlist notice, the time slots, the workshops and the `ask` questions. */
export function attendingQuestions(v: AttendingView): TemplateResult {
  const slots = v.event.slots ?? [];
  const sessions = v.event.sessions ?? [];
  return html`${v.joiningWaitlist
      ? html`<div class="notice" part="waitlist-notice">
          <h3>${msg('This event is full', { id: 'rsvp.waitlist.title' })}</h3>
          <p>
            ${msg('Send your reply to join the waitlist. The school will contact you if a place opens.', {
              id: 'rsvp.waitlist.offer',
            })}
          </p>
        </div>`
      : nothing}
    ${slots.length ? renderSlots(v, slots) : nothing} ${sessions.length ? renderSessions(v, sessions) : nothing}
    ${renderAsked(v)}`;
}

/**
 * Adds the `ask` questions' errors to `errors`, in the family's words (the
 * payload schema, already in `errors`, is the last word). A submit waits for
 * this module after a yes or maybe, so they are never skipped.
 */
const warnedAsk = new Set<string>();

/** The questions an `ask` attribute names; unknown names are reported to the webmaster once. */
export function askedOf(ask: string): ReadonlySet<AskQuestion> {
  const words = ask.split(/\s+/).filter(Boolean);
  const known = (w: string): w is AskQuestion => (ASK_QUESTIONS as readonly string[]).includes(w);
  const unknown = words.filter((w) => !known(w));
  if (unknown.length && !warnedAsk.has(ask)) {
    warnedAsk.add(ask);
    console.warn(
      `family-elements: <family-event-rsvp> ask: unknown question(s) ${unknown.join(', ')}; known: ${ASK_QUESTIONS.join(', ')}`,
    );
  }
  return new Set(words.filter(known));
}

/** The slot the family picked, while the event still offers it free. */
function chosenSlot(v: AttendingView): RsvpSlot | undefined {
  return v.event.slots?.find((s) => s.id === v.answers.slotId && v.slotAvailable(s));
}

/** What a yes or maybe adds to the reply: what was asked, and only choices the event (as it is now: `.event` may be refreshed) still offers. */
export function addAttending(v: AttendingView, data: RsvpPayload): void {
  const { answers: a, asked, event } = v;
  if (asked.has('guests')) {
    data.adults = Number(a.adults);
    data.children = Number(a.children);
  }
  if (asked.has('childcare')) {
    data.childcare = { needed: a.childcareNeeded, ages: a.childcareNeeded ? (v.parseAges(a.ages) ?? []) : [] };
  }
  if (asked.has('interpretation') && a.interpretation) {
    data.interpretation = a.interpretation;
    if (a.interpretation === 'other') data.languageOther = a.languageOther.trim();
  }
  if (asked.has('meal') && a.meal.trim()) data.meal = a.meal.trim();
  if (asked.has('accessibility') && a.accessibility.trim()) data.accessibility = a.accessibility.trim();
  if (asked.has('transportation')) data.transportation = a.transportation;
  const sessions = event.sessions ?? [];
  if (sessions.length) {
    data.sessionIds = sessions.filter((s) => !v.sessionFull(s) && a.sessionIds.includes(s.id)).map((s) => s.id);
  }
  const slot = chosenSlot(v);
  if (slot && !data.waitlist) data.slotId = slot.id;
}

export function addAskedErrors(v: AttendingView, errors: FieldErrors): void {
  const { answers: a, asked } = v;
  if ((v.event.slots ?? []).some(v.slotAvailable) && !v.joiningWaitlist && !chosenSlot(v)) {
    errors['slotId'] = msg('Choose a time.', { id: 'rsvp.error.slot' });
  }
  if (asked.has('guests')) {
    const whole = (value: string) => /^\d{1,2}$/.test(value.trim());
    if (!whole(a.adults)) errors['adults'] = msg('Enter a number of adults from 0 to 99.', { id: 'rsvp.error.adults' });
    if (!whole(a.children)) {
      errors['children'] = msg('Enter a number of children from 0 to 99.', { id: 'rsvp.error.children' });
    }
    if (!errors['adults'] && !errors['children'] && Number(a.adults) + Number(a.children) === 0) {
      errors['adults'] = msg('At least one person must be coming.', { id: 'rsvp.error.nobody' });
    }
  }
  if (asked.has('childcare') && a.childcareNeeded && !v.parseAges(a.ages)?.length) {
    errors['childcare.ages'] = msg('Enter the age of each child who needs childcare, for example: 3, 5.', {
      id: 'rsvp.error.ages',
    });
  }
  if (asked.has('interpretation') && a.interpretation === 'other' && !a.languageOther.trim()) {
    errors['languageOther'] = msg('Write the language you would like.', { id: 'rsvp.error.language-other' });
  }
}
