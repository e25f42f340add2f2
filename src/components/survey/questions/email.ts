import type { TemplateResult } from 'lit';
import type { QuestionOf } from '../survey.schema.js';
import { inputField } from './input-field.js';
import type { QuestionView } from './question-view.js';

/** `email`: the email keyboard and autofill (off in an anonymous survey). */
export function renderEmail(view: QuestionView<QuestionOf<'email'>>): TemplateResult {
  return inputField(view, 'email', {
    type: 'email',
    value: typeof view.value === 'string' ? view.value : '',
    autocomplete: view.anonymous ? 'off' : 'email',
    inputmode: 'email',
    spellcheck: false,
    maxlength: 254,
    dir: 'auto',
    onInput: (input) => view.set(input.value.trim() === '' ? undefined : input.value),
  });
}
