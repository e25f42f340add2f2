import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../survey.schema.js';
import { TEXT_MAX_LENGTH } from '../survey-limits.js';
import { inputField } from './input-field.js';
import { answerPath } from '../field-paths.js';
import { help, questionText, type QuestionView } from './question-view.js';

/** `text`: one line, or a textarea with `multiline`; `dir="auto"` so any script reads right. */
export function renderText(view: QuestionView<QuestionOf<'text'>>): TemplateResult {
  const q = view.question;
  const value = typeof view.value === 'string' ? view.value : '';
  const maxlength = q.maxLength ?? TEXT_MAX_LENGTH;
  const onInput = (el: HTMLInputElement | HTMLTextAreaElement) => view.set(el.value === '' ? undefined : el.value);
  if (!q.multiline) return inputField(view, 'text', { type: 'text', value, maxlength, dir: 'auto', onInput });
  const path = answerPath(q);
  return html`<div class="question field text ${view.invalid(path) ? 'invalid' : ''}" data-field=${path}>
    <label for=${view.id('input')}>${questionText(view)}</label>
    ${help(view)} ${view.error(path)}
    <textarea
      id=${view.id('input')}
      name=${q.id}
      rows="5"
      dir="auto"
      maxlength=${maxlength}
      ?required=${q.required === true}
      aria-invalid=${view.invalid(path) ? 'true' : nothing}
      aria-describedby=${view.describedBy(path)}
      .value=${live(value)}
      @input=${(e: Event) => onInput(e.target as HTMLTextAreaElement)}
      @blur=${() => view.blurred(path)}
    ></textarea>
  </div>`;
}
