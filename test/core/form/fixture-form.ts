import { html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import * as z from 'zod/mini';
import { define } from '../../../src/core/define.js';
import { elementFrame } from '../../../src/core/element-frame.js';
import { LocaleController } from '../../../src/core/i18n/locale-controller.js';
import { ThemeController } from '../../../src/core/theme-controller.js';
import {
  describedBy,
  errorSummary,
  fieldError,
  FormController,
  hasVisibleError,
  honeypot,
  invalid,
  requiredMark,
  visibleErrorId,
  zodErrors,
} from '../../../src/core/form/index.js';
import { baseStyles } from '../../../src/styles/base.styles.js';
import { formStyles } from '../../../src/styles/form.styles.js';
import { tokens } from '../../../src/styles/tokens.js';

export const MEALS = ['pizza', 'salad'] as const;
export const DAYS = ['mon', 'tue', 'wed'] as const;

export const fixtureSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  contact: z.object({ email: z.email() }),
  meal: z.enum(MEALS),
  days: z.array(z.enum(DAYS)).check(z.minLength(1), z.maxLength(2)),
});

/**
 * A small form built only from the shared helpers, the way every element
 * uses them: a required name, a nested email, a radio group and a
 * checkbox group. (Test-only words are not translated.)
 */
@localized()
export class TestFixtureForm extends LitElement {
  static override styles = [tokens, baseStyles, formStyles];

  @state() name = '';
  @state() email = '';
  @state() meal?: string;
  @state() days: string[] = [];
  noLanguagePicker = true;

  readonly localeController = new LocaleController(this);
  readonly themeController = new ThemeController(this);
  readonly form = new FormController(this, { validate: () => zodErrors(fixtureSchema, this.payload()) });

  payload() {
    return { name: this.name.trim(), contact: { email: this.email.trim() }, meal: this.meal, days: this.days };
  }

  private set(path: string, apply: () => void): void {
    apply();
    this.form.changed(path);
  }

  private toggleDay(day: string, on: boolean): void {
    this.set('days', () => {
      this.days = DAYS.filter((d) => (d === day ? on : this.days.includes(d)));
    });
  }

  override render() {
    const f = this.form;
    return elementFrame(
      this,
      html`<form
        novalidate
        aria-labelledby="fixture-title"
        @submit=${(e: Event) => {
          e.preventDefault();
          f.attempt();
        }}
      >
        <h2 id="fixture-title">Join the family night</h2>
        ${errorSummary(f, this.shadowRoot)}
        <div class="field ${hasVisibleError(f, 'name') ? 'invalid' : ''}" data-field="name">
          <label for="name">Your name${requiredMark()}</label>
          <p class="hint" id="name-hint">As your child's teacher knows it.</p>
          ${fieldError(f, 'name')}
          <input
            id="name"
            autocomplete="name"
            dir="auto"
            .value=${this.name}
            aria-invalid=${invalid(f, 'name')}
            aria-describedby=${describedBy('name-hint', visibleErrorId(f, 'name'))}
            @input=${(e: Event) => this.set('name', () => (this.name = (e.target as HTMLInputElement).value))}
            @blur=${() => f.blurred('name')}
          />
        </div>
        <div class="field ${hasVisibleError(f, 'contact.email') ? 'invalid' : ''}" data-field="contact.email">
          <label for="email">Email address${requiredMark()}</label>
          ${fieldError(f, 'contact.email')}
          <input
            id="email"
            type="email"
            autocomplete="email"
            inputmode="email"
            dir="auto"
            .value=${this.email}
            aria-invalid=${invalid(f, 'contact.email')}
            aria-describedby=${describedBy(visibleErrorId(f, 'contact.email'))}
            @input=${(e: Event) => this.set('contact.email', () => (this.email = (e.target as HTMLInputElement).value))}
            @blur=${() => f.blurred('contact.email')}
          />
        </div>
        <fieldset
          class=${hasVisibleError(f, 'meal') ? 'invalid' : ''}
          data-field="meal"
          aria-describedby=${describedBy(visibleErrorId(f, 'meal'))}
        >
          <legend>Which meal?${requiredMark()}</legend>
          ${fieldError(f, 'meal')}
          ${MEALS.map(
            (meal) => html`<div class="choice">
              <input
                type="radio"
                name="meal"
                id="meal-${meal}"
                value=${meal}
                .checked=${this.meal === meal}
                aria-invalid=${invalid(f, 'meal')}
                @change=${() => this.set('meal', () => (this.meal = meal))}
                @blur=${() => f.blurred('meal')}
              /><label for="meal-${meal}">${meal}</label>
            </div>`,
          )}
        </fieldset>
        <fieldset
          class=${hasVisibleError(f, 'days') ? 'invalid' : ''}
          data-field="days"
          aria-describedby=${describedBy('days-hint', visibleErrorId(f, 'days'))}
        >
          <legend>Which days?${requiredMark()}</legend>
          <p class="hint" id="days-hint">Choose one or two.</p>
          ${fieldError(f, 'days')}
          ${DAYS.map(
            (day) => html`<div class="choice">
              <input
                type="checkbox"
                id="day-${day}"
                value=${day}
                .checked=${this.days.includes(day)}
                aria-invalid=${invalid(f, 'days')}
                @change=${(e: Event) => this.toggleDay(day, (e.target as HTMLInputElement).checked)}
                @blur=${() => f.blurred('days')}
              /><label for="day-${day}">${day}</label>
            </div>`,
          )}
        </fieldset>
        ${honeypot()}
        <div class="actions"><button type="submit" class="button-primary">Send</button></div>
      </form>`,
    );
  }
}

define('test-fixture-form', TestFixtureForm);

declare global {
  interface HTMLElementTagNameMap {
    'test-fixture-form': TestFixtureForm;
  }
}
