import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { QuestionOf } from '../survey.schema.js';
import { answerPath } from '../field-paths.js';
import { groupQuestion, type QuestionView } from './question-view.js';

/** `yesno`: two radios, answered `true` or `false`. */
export function renderYesNo(view: QuestionView<QuestionOf<'yesno'>>): TemplateResult {
  const q = view.question;
  const choices = [
    { value: true, label: msg('Yes', { id: 'survey.yes' }), part: 'yes' },
    { value: false, label: msg('No', { id: 'survey.no' }), part: 'no' },
  ];
  const controls = html`<div class="choices inline">
    ${choices.map(
      (c) => html`<div class="choice">
        <input
          type="radio"
          id=${view.id(c.part)}
          name=${q.id}
          .value=${c.part}
          .checked=${live(view.value === c.value)}
          @change=${() => view.set(c.value)}
          @blur=${() => view.blurred(answerPath(q))}
        />
        <label for=${view.id(c.part)}>${c.label}</label>
      </div>`,
    )}
  </div>`;
  return groupQuestion(view, 'yesno', controls);
}
