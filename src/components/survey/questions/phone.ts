import type { TemplateResult } from 'lit';
import type { QuestionOf } from '../survey.schema.js';
import { inputField } from './input-field.js';
import type { QuestionView } from './question-view.js';

/** `phone`: the phone keypad and autofill (off in an anonymous survey). */
export function renderPhone(view: QuestionView<QuestionOf<'phone'>>): TemplateResult {
  return inputField(view, 'phone', {
    type: 'tel',
    value: typeof view.value === 'string' ? view.value : '',
    autocomplete: view.anonymous ? 'off' : 'tel',
    inputmode: 'tel',
    maxlength: 40,
    dir: 'auto',
    onInput: (input) => view.set(input.value.trim() === '' ? undefined : input.value),
  });
}
