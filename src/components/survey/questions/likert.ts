import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizedText } from '../../../core/i18n/localized-text.js';
import { NOT_SURE, notSureLabel, scaleLabels } from '../likert-scales.js';
import type { LikertAnswer, QuestionOf } from '../survey.schema.js';
import { itemPath } from '../field-paths.js';
import { groupQuestion, type QuestionView } from './question-view.js';

type Likert = QuestionOf<'likert'>;

interface ScaleChoice {
  value: number | string;
  label: LocalizedText;
}

/** The choices of a likert question: a built-in scale (1…N) or its own options, then "not sure". */
export function likertChoices(q: Likert): ScaleChoice[] {
  const choices: ScaleChoice[] = q.scale
    ? scaleLabels[q.scale]().map((label, i) => ({ value: i + 1, label }))
    : (q.options ?? []);
  return q.notSure ? [...choices, { value: NOT_SURE, label: notSureLabel() }] : choices;
}

/**
 * `likert`: one scale over several items, as a fieldset per item with native
 * radios (arrow keys move within an item, Tab to the next). On a wide box the
 * items line up as a matrix; below about 36em each item's choices stack, one
 * item per screen width (container query in the styles).
 */
export function renderLikert(view: QuestionView<Likert>): TemplateResult {
  const q = view.question;
  const answer: LikertAnswer = view.value && typeof view.value === 'object' && !Array.isArray(view.value) ? view.value : {};
  const choices = likertChoices(q);
  const set = (itemId: string, value: number | string) => view.set({ ...answer, [itemId]: value }, itemPath(q, itemId));
  const items = html`<div class="likert-items" data-choices=${choices.length}>
    ${q.items.map((item, i) => {
      const path = itemPath(q, item.id);
      const name = `${q.id}.${item.id}`;
      return html`<fieldset
        class="likert-item ${view.invalid(path) ? 'invalid' : ''}"
        data-field=${path}
        data-group=${item.group ?? nothing}
        aria-describedby=${view.describedBy(path, false)}
      >
        <legend>${view.text(item.text)}</legend>
        ${view.error(path)}
        <div class="likert-choices">
          ${choices.map((choice, c) => {
            const id = view.id(`${i}-${c}`);
            return html`<div class="likert-choice ${choice.value === NOT_SURE ? 'not-sure' : ''}">
              <input
                type="radio"
                id=${id}
                name=${name}
                .value=${String(choice.value)}
                .checked=${live(answer[item.id] === choice.value)}
                @change=${() => set(item.id, choice.value)}
                @blur=${() => view.blurred(path)}
              />
              <label for=${id}>${view.text(choice.label)}</label>
            </div>`;
          })}
        </div>
      </fieldset>`;
    })}
  </div>`;
  return groupQuestion(view, 'likert', items);
}
