import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { QuestionOf } from '../survey.schema.js';
import { answerPath } from '../field-paths.js';
import { help, questionText, type QuestionView } from './question-view.js';

/** `dropdown`: a native select, with an empty first choice so nothing is picked by accident. */
export function renderDropdown(view: QuestionView<QuestionOf<'dropdown'>>): TemplateResult {
  const q = view.question;
  const path = answerPath(q);
  const value = typeof view.value === 'string' ? view.value : '';
  return html`<div class="question field dropdown ${view.invalid(path) ? 'invalid' : ''}" data-field=${path}>
    <label for=${view.id('input')}>${questionText(view)}</label>
    ${help(view)} ${view.error(path)}
    <select
      id=${view.id('input')}
      ?required=${q.required === true}
      aria-invalid=${view.invalid(path) ? 'true' : nothing}
      aria-describedby=${view.describedBy(path)}
      @change=${(e: Event) => view.set((e.target as HTMLSelectElement).value || undefined)}
      @blur=${() => view.blurred(path)}
    >
      <option value="" .selected=${live(value === '')}>${msg('Choose…', { id: 'survey.choose' })}</option>
      ${q.options.map(
        (o) => html`<option value=${o.value} .selected=${live(value === o.value)}>${view.plain(o.label)}</option>`,
      )}
    </select>
  </div>`;
}
