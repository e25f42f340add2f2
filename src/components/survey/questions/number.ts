import type { TemplateResult } from 'lit';
import type { QuestionOf } from '../survey.schema.js';
import { inputField } from './input-field.js';
import type { QuestionView } from './question-view.js';

/** `number`: a number input answered with a number (not the text typed). */
export function renderNumber(view: QuestionView<QuestionOf<'number'>>): TemplateResult {
  const q = view.question;
  const integer = q.step === undefined || Number.isInteger(q.step);
  return inputField(view, 'number', {
    type: 'number',
    value: typeof view.value === 'number' ? String(view.value) : '',
    inputmode: integer && (q.min === undefined || q.min >= 0) ? 'numeric' : 'decimal',
    min: q.min === undefined ? undefined : String(q.min),
    max: q.max === undefined ? undefined : String(q.max),
    step: q.step === undefined ? 'any' : String(q.step),
    onInput: (input) => {
      // A number input reports text that is not a number as an empty value.
      view.setBadInput(input.validity.badInput);
      const n = input.valueAsNumber;
      view.set(input.value === '' || !Number.isFinite(n) ? undefined : n);
    },
  });
}
