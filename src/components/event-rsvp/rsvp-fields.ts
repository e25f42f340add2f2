import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, fieldError, hasVisibleError, invalid, requiredMark, visibleErrorId } from '../../core/form/field-error.js';
import type { FormController } from '../../core/form/form-controller.js';
import type { RsvpResponse } from './rsvp-choices.js';

// The answers as the family typed them, and the text field: the reply form
// uses them (event-view.ts), and so do the questions a yes or maybe brings
// (attending-questions.ts, which gets the field through AttendingView).

/** What the family has entered, as typed (the payload is made from it). */
export interface RsvpAnswers {
  response?: RsvpResponse;
  name: string;
  email: string;
  phone: string;
  adults: string;
  children: string;
  childcareNeeded: boolean;
  ages: string;
  interpretation: string;
  languageOther: string;
  meal: string;
  accessibility: string;
  transportation: boolean;
  sessionIds: string[];
  slotId: string;
}

export interface TextFieldOptions {
  path: string;
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  required?: boolean;
  hint?: string;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  multiline?: boolean;
  numeric?: boolean;
}

/** A text input with its label, hint and error. */
export function textField(form: FormController, options: TextFieldOptions): TemplateResult {
  const { path, id } = options;
  const hintId = options.hint ? `${id}-hint` : undefined;
  const error = visibleErrorId(form, path);
  const input = (e: Event) => options.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const blur = () => form.blurred(path);
  const aria = describedBy(hintId, error);
  return html`<div class="field ${options.numeric ? 'number-field' : ''} ${hasVisibleError(form, path) ? 'invalid' : ''}" data-field=${path}>
    <label for=${id}>${options.label} ${options.required ? requiredMark() : nothing}</label>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing} ${fieldError(form, path)}
    ${options.multiline
      ? html`<textarea
          id=${id}
          dir="auto"
          maxlength=${options.maxlength ?? nothing}
          .value=${options.value}
          aria-invalid=${invalid(form, path)}
          aria-describedby=${aria}
          @input=${input}
          @blur=${blur}
        ></textarea>`
      : html`<input
          id=${id}
          type=${options.type ?? 'text'}
          dir=${options.numeric ? nothing : 'auto'}
          autocomplete=${options.autocomplete ?? nothing}
          inputmode=${options.inputmode ?? nothing}
          maxlength=${options.maxlength ?? nothing}
          min=${options.numeric ? '0' : nothing}
          max=${options.numeric ? '99' : nothing}
          .value=${options.value}
          aria-invalid=${invalid(form, path)}
          aria-describedby=${aria}
          @input=${input}
          @blur=${blur}
        />`}
  </div>`;
}
