import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { answerPath } from '../field-paths.js';
import { help, questionText, type QuestionView } from './question-view.js';

/** Attributes of one native input; `undefined` leaves the attribute out. */
export interface InputOptions {
  type: 'text' | 'number' | 'email' | 'tel' | 'date';
  value: string;
  onInput: (input: HTMLInputElement) => void;
  autocomplete?: string;
  inputmode?: string;
  min?: string;
  max?: string;
  step?: string;
  maxlength?: number;
  dir?: 'auto';
  spellcheck?: boolean;
}

/** A labelled native input with help and error tied by `aria-describedby`. */
export function inputField(view: QuestionView, className: string, o: InputOptions): TemplateResult {
  const q = view.question;
  const path = answerPath(q);
  return html`<div class="question field ${className} ${view.invalid(path) ? 'invalid' : ''}" data-field=${path}>
    <label for=${view.id('input')}>${questionText(view)}</label>
    ${help(view)} ${view.error(path)}
    <input
      type=${o.type}
      id=${view.id('input')}
      name=${q.id}
      ?required=${q.required === true}
      autocomplete=${o.autocomplete ?? nothing}
      inputmode=${o.inputmode ?? nothing}
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      step=${o.step ?? nothing}
      maxlength=${o.maxlength ?? nothing}
      dir=${o.dir ?? nothing}
      spellcheck=${o.spellcheck === false ? 'false' : nothing}
      aria-invalid=${view.invalid(path) ? 'true' : nothing}
      aria-describedby=${view.describedBy(path)}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput(e.target as HTMLInputElement)}
      @blur=${() => view.blurred(path)}
    />
  </div>`;
}
