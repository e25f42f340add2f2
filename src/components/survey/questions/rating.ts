import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionOf } from '../survey.schema.js';
import { RATING_MAX } from '../survey-limits.js';
import { answerPath } from '../field-paths.js';
import { groupQuestion, type QuestionView } from './question-view.js';

/**
 * `rating`: radios 1…max (default 5) in one row, answered with an integer.
 * The end labels ("Poor", "Excellent") are part of the first and last radio's
 * label, so they are read with the number.
 */
export function renderRating(view: QuestionView<QuestionOf<'rating'>>): TemplateResult {
  const q = view.question;
  const max = q.max ?? RATING_MAX;
  const numbers = Array.from({ length: max }, (_, i) => i + 1);
  const controls = html`<div class="scale rating-scale">
    ${numbers.map((n) => {
      const end = n === 1 ? q.minLabel : n === max ? q.maxLabel : undefined;
      return html`<div class="scale-choice">
        <input
          type="radio"
          id=${view.id(String(n))}
          name=${q.id}
          .value=${String(n)}
          .checked=${live(view.value === n)}
          @change=${() => view.set(n)}
          @blur=${() => view.blurred(answerPath(q))}
        />
        <label for=${view.id(String(n))}
          ><span class="scale-number">${n}</span>${end
            ? html` <span class="scale-end">${view.text(end)}</span>`
            : nothing}</label
        >
      </div>`;
    })}
  </div>`;
  return groupQuestion(view, 'rating', controls);
}
