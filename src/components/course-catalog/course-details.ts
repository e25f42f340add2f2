import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { errorSummary } from '../../core/form/error-summary.js';
import { describedBy, fieldError, hasVisibleError, invalid, requiredMark, visibleErrorId } from '../../core/form/field-error.js';
import type { FormController } from '../../core/form/form-controller.js';
import { honeypot } from '../../core/form/honeypot.js';
import { autonym } from '../../core/i18n/language-names.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import type { SubmissionState } from '../../core/submit/submit-controller.js';
import type { Course } from './course.schema.js';
import type { RegistrationFields, RegistrationTarget } from './registration-checks.js';
import type { IndexedCourse } from './search.js';

/*
 * The detail dialog's content and the registration form: only a family who
 * opens a course needs them, so they come with the registration
 * (catalog-registration.ts), which the element loads with `import()` as it
 * connects, not as part of its first render.
 */

/** What the dialog shows and calls back into, from the registration and the element. */
export interface DetailsView {
  form: FormController;
  /** The element's shadow root (the error summary moves focus inside it). */
  root: ShadowRoot | null;
  reg: RegistrationFields;
  /** The course the registration form is prepared for. */
  registeredFor?: string;
  target: RegistrationTarget;
  state: SubmissionState;
  text(value: LocalizedText | undefined): TemplateResult | string | typeof nothing;
  facts(course: Course): TemplateResult;
  range(start: string, end: string): string;
  set(patch: Partial<RegistrationFields>, path: string): void;
  submit(event: Event): void;
  status(): TemplateResult;
}

/**
 * The payload's limits for what is typed (registrationSchema, phones as in every element),
 * as `maxlength`: a 1 MB paste is cut to them by the browser instead of reaching the checks.
 */
const REGISTRATION_MAX_LENGTH: Partial<Record<keyof RegistrationFields, number>> = {
  name: 200,
  email: 254,
  phone: 40,
  ages: 100,
  languageOther: 100,
};

function input(
  v: DetailsView,
  path: string,
  key: keyof RegistrationFields,
  label: string,
  attrs: { type?: string; autocomplete?: string; inputmode?: string; required?: boolean; hint?: string; min?: string; max?: string },
): TemplateResult {
  const maxlength = REGISTRATION_MAX_LENGTH[key];
  const id = `reg-${key}`;
  const hintId = attrs.hint ? `${id}-hint` : undefined;
  return html`<div class="field ${hasVisibleError(v.form, path) ? 'invalid' : ''}" data-field=${path}>
    <label for=${id}>${label}${attrs.required ? requiredMark() : nothing}</label>
    ${attrs.hint ? html`<p class="hint" id=${hintId!}>${attrs.hint}</p>` : nothing}
    ${fieldError(v.form, path)}
    <input
      id=${id}
      name=${key}
      type=${attrs.type ?? 'text'}
      dir="auto"
      autocomplete=${attrs.autocomplete ?? nothing}
      inputmode=${attrs.inputmode ?? nothing}
      min=${attrs.min ?? nothing}
      max=${attrs.max ?? nothing}
      maxlength=${maxlength ?? nothing}
      aria-invalid=${invalid(v.form, path)}
      aria-describedby=${describedBy(hintId, visibleErrorId(v.form, path))}
      .value=${String(v.reg[key])}
      @input=${(e: Event) => v.set({ [key]: (e.target as HTMLInputElement).value }, path)}
      @blur=${() => v.form.blurred(path)}
    />
  </div>`;
}

/** Registration for the selected course through the shared submission pipeline; the waitlist when it is full. */
function registration(v: DetailsView, item: IndexedCourse): TemplateResult | typeof nothing {
  const course = item.course;
  if (item.next === Infinity && course.sessions.length) {
    return html`<p>${msg('This course has ended.', { id: 'catalog.ended' })}</p>`;
  }
  if (v.registeredFor !== course.id) {
    // Another course's registration is in flight (a moment).
    return html`<p>${msg('Your other registration is still being sent. You can register for this course once it has gone.', {
      id: 'catalog.busy',
    })}</p>
      ${v.status()}`;
  }
  const full = v.target.waitlist;
  const { state } = v;
  const done = state === 'sent' || state === 'waitlisted' || state === 'queued';
  const r = v.reg;
  const childcare = v.target.childcare;
  return html`<section class="registration" aria-labelledby="reg-title">
    <h3 id="reg-title">
      ${full ? msg('Join the waitlist', { id: 'catalog.waitlist.title' }) : msg('Register', { id: 'catalog.register.title' })}
    </h3>
    ${full
      ? html`<p>${msg('This course is full. Join the waitlist and the school will contact you if a place opens.', {
          id: 'catalog.waitlist.intro',
        })}</p>`
      : nothing}
    ${done
      ? nothing
      : html`<form novalidate @submit=${v.submit}>
          ${errorSummary(v.form, v.root)}
          ${input(v, 'name', 'name', msg('Your name', { id: 'catalog.reg.name' }), { autocomplete: 'name', required: true })}
          <fieldset class=${hasVisibleError(v.form, 'contact') ? 'invalid' : ''} data-field="contact" aria-describedby=${describedBy('reg-contact-hint', visibleErrorId(v.form, 'contact'))}>
            <legend>${msg('How can the school reach you?', { id: 'catalog.reg.contact' })}${requiredMark()}</legend>
            <p class="hint" id="reg-contact-hint">${msg('An email address, a phone number, or both.', { id: 'catalog.reg.contactHint' })}</p>
            ${fieldError(v.form, 'contact')}
            ${input(v, 'contact.email', 'email', msg('Email', { id: 'catalog.reg.email' }), {
              type: 'email',
              autocomplete: 'email',
              inputmode: 'email',
            })}
            ${input(v, 'contact.phone.number', 'phone', msg('Phone', { id: 'catalog.reg.phone' }), {
              type: 'tel',
              autocomplete: 'tel',
              inputmode: 'tel',
            })}
          </fieldset>
          ${input(v, 'attendees', 'attendees', msg('How many people from your family will attend?', { id: 'catalog.reg.attendees' }), {
            type: 'number',
            inputmode: 'numeric',
            min: '1',
            max: '20',
            required: true,
          })}
          ${childcare
            ? html`<div class="choice" data-field="childcare.needed">
                  <input
                    id="reg-childcare"
                    type="checkbox"
                    .checked=${r.childcareNeeded}
                    @change=${(e: Event) => v.set({ childcareNeeded: (e.target as HTMLInputElement).checked }, 'childcare.needed')}
                  />
                  <label for="reg-childcare">${msg('We need childcare during the course', { id: 'catalog.reg.childcare' })}</label>
                </div>
                ${r.childcareNeeded
                  ? input(v, 'childcare.ages', 'ages', msg("Children's ages", { id: 'catalog.reg.ages' }), {
                      inputmode: 'numeric',
                      required: true,
                      hint: msg('For example: 3, 6', { id: 'catalog.reg.agesHint' }),
                    })
                  : nothing}`
            : nothing}
          <div class="field ${hasVisibleError(v.form, 'language') ? 'invalid' : ''}" data-field="language">
            <label for="reg-language">${msg('Which language would you like for the course?', { id: 'catalog.reg.language' })}</label>
            ${fieldError(v.form, 'language')}
            <select
              id="reg-language"
              name="language"
              aria-invalid=${invalid(v.form, 'language')}
              aria-describedby=${describedBy(visibleErrorId(v.form, 'language'))}
              @change=${(e: Event) => v.set({ language: (e.target as HTMLSelectElement).value }, 'language')}
            >
              ${course.languages.map(
                (code) => html`<option value=${code} lang=${code} ?selected=${r.language === code}>${autonym(code)}</option>`,
              )}
              <option value="other" ?selected=${r.language === 'other'}>${msg('Another language', { id: 'catalog.reg.otherLanguage' })}</option>
            </select>
          </div>
          ${r.language === 'other'
            ? input(v, 'languageOther', 'languageOther', msg('Which language?', { id: 'catalog.reg.languageOther' }), { required: true })
            : nothing}
          ${honeypot()}
          <div class="actions">
            <button type="submit" class="button-primary" part="submit-button" ?disabled=${state === 'sending'}>
              ${full ? msg('Join the waitlist', { id: 'catalog.waitlist.submit' }) : msg('Register', { id: 'catalog.register.submit' })}
            </button>
          </div>
        </form>`}
    ${v.status()}
  </section>`;
}

/** Everything in the dialog under its heading and Close button: the course's details, its sessions, the registration. */
export function detailsBody(v: DetailsView, item: IndexedCourse): TemplateResult {
  const course = item.course;
  return html`<p class="category">${v.text(course.category)}</p>
    ${course.description ? html`<p class="description">${v.text(course.description)}</p>` : nothing}
    <dl class="facts">${v.facts(course)}</dl>
    <h3>${msg('Sessions', { id: 'catalog.sessions' })}</h3>
    ${course.sessions.length
      ? html`<ol class="sessions all-sessions">
          ${course.sessions
            .map((s, i) => ({ s, start: item.starts[i]! }))
            .sort((a, b) => a.start - b.start)
            .map(({ s, start }) => html`<li class=${start < Date.now() ? 'past' : ''}>${v.range(s.start, s.end)}</li>`)}
        </ol>`
      : html`<p>${msg('Dates will be announced.', { id: 'catalog.noSessions' })}</p>`}
    ${registration(v, item)}`;
}
