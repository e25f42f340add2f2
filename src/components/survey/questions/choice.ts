import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { OTHER_VALUE } from '../answers.js';
import { answerPath, otherPath } from '../field-paths.js';
import type { QuestionOf } from '../survey.schema.js';
import { atLeast, upTo } from './choice-limits.js';
import { groupQuestion, type QuestionView } from './question-view.js';

type ChoiceQuestion = QuestionOf<'single'> | QuestionOf<'multiple'>;

function chosen(view: QuestionView<ChoiceQuestion>): string[] {
  const v = view.value;
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

function toggle(view: QuestionView<ChoiceQuestion>, value: string, on: boolean): void {
  if (view.question.type === 'single') {
    view.set(value);
    return;
  }
  const current = chosen(view).filter((v) => v !== value);
  // keep the definition's order, whatever order the family clicked in
  const order = [...view.question.options.map((o) => o.value), OTHER_VALUE];
  const next = on ? order.filter((v) => v === value || current.includes(v)) : current;
  view.set(next.length ? next : undefined);
}

/** The "Other" choice, and its text field revealed while it is chosen. */
function otherChoice(view: QuestionView<ChoiceQuestion>, type: 'radio' | 'checkbox'): TemplateResult {
  const q = view.question;
  const on = chosen(view).includes(OTHER_VALUE);
  const path = otherPath(q);
  return html`<div class="choice">
      <input
        type=${type}
        id=${view.id('other')}
        name=${q.id}
        .value=${OTHER_VALUE}
        .checked=${live(on)}
        @change=${(e: Event) => toggle(view, OTHER_VALUE, (e.target as HTMLInputElement).checked)}
        @blur=${() => view.blurred(answerPath(q))}
      />
      <label for=${view.id('other')}>${msg('Other', { id: 'survey.other' })}</label>
    </div>
    ${on
      ? html`<div class="field other-text ${view.invalid(path) ? 'invalid' : ''}" data-field=${path}>
          <label for=${view.id('other-text')}>${msg('Please tell us:', { id: 'survey.other.describe' })}</label>
          ${view.error(path)}
          <input
            type="text"
            id=${view.id('other-text')}
            dir="auto"
            maxlength="200"
            aria-invalid=${view.invalid(path) ? 'true' : nothing}
            aria-describedby=${view.describedBy(path, false)}
            .value=${live(view.other)}
            @input=${(e: Event) => view.setOther((e.target as HTMLInputElement).value)}
            @blur=${() => view.blurred(path)}
          />
        </div>`
      : nothing}`;
}

/** `single` (radios) and `multiple` (checkboxes), each with an optional "Other". */
export function renderChoice(view: QuestionView<ChoiceQuestion>): TemplateResult {
  const q = view.question;
  const type = q.type === 'single' ? 'radio' : 'checkbox';
  const values = chosen(view);
  const controls = html`<div class="choices">
    ${q.options.map(
      (option, i) => html`<div class="choice">
        <input
          type=${type}
          id=${view.id(String(i))}
          name=${q.id}
          .value=${option.value}
          .checked=${live(values.includes(option.value))}
          @change=${(e: Event) => toggle(view, option.value, (e.target as HTMLInputElement).checked)}
          @blur=${() => view.blurred(answerPath(q))}
        />
        <label for=${view.id(String(i))}>${view.text(option.label)}</label>
      </div>`,
    )}
    ${q.other ? otherChoice(view, type) : nothing}
  </div>`;
  return groupQuestion(view, q.type, controls, q.type === 'multiple' ? limitsHint(q) : undefined);
}

function limitsHint(q: QuestionOf<'multiple'>): string {
  const parts: string[] = [];
  if (q.min !== undefined && q.min > 0) parts.push(atLeast(q.min));
  if (q.max !== undefined) parts.push(upTo(q.max));
  return parts.length ? parts.join(' ') : msg('Choose all that apply.', { id: 'survey.all-that-apply' });
}
