import type { TemplateResult } from 'lit';
import type { QuestionOf } from '../survey.schema.js';
import { inputField } from './input-field.js';
import type { QuestionView } from './question-view.js';

/** `date`: the browser's date input, answered `"YYYY-MM-DD"`. */
export function renderDate(view: QuestionView<QuestionOf<'date'>>): TemplateResult {
  const q = view.question;
  return inputField(view, 'date', {
    type: 'date',
    value: typeof view.value === 'string' ? view.value : '',
    min: q.min,
    max: q.max,
    onInput: (input) => {
      view.setBadInput(input.validity.badInput);
      view.set(input.value === '' ? undefined : input.value);
    },
  });
}
