import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../../core/i18n/localized-text.js';
import { answerPath } from '../field-paths.js';
import type { AnswerValue, Question } from '../survey.schema.js';

export type Rendered = TemplateResult | typeof nothing;

/**
 * What a question's render function gets from the element: its current
 * answer, the form helpers for errors, and callbacks for changes. Render
 * functions stay small and stateless; the element owns answers and validation.
 */
export interface QuestionView<Q extends Question = Question> {
  readonly question: Q;
  readonly value: AnswerValue | undefined;
  /** The "Other" text typed for this question. */
  readonly other: string;
  /** Identifying fields (email, phone) must not be autofilled in an anonymous survey. */
  readonly anonymous: boolean;
  /** Content text; carries `lang`/`dir` when it fell back to another language. */
  text(value: LocalizedText | undefined): TemplateResult | string;
  /** The same text as a plain string (for attributes). */
  plain(value: LocalizedText | undefined): string;
  /** A shadow-root id for one part of this question (`input`, `help`, an option index). */
  id(part: string): string;
  /** `aria-describedby` for the control of `path`: the help text and the error shown for it. */
  describedBy(path: string, withHelp?: boolean): string | typeof nothing;
  /** Whether an error is shown for `path` (drives `aria-invalid` and the error class). */
  invalid(path: string): boolean;
  /** The error message at the field, or nothing. */
  error(path: string): Rendered;
  /** "(required)" in words, not colour alone. */
  requiredMark(): Rendered;
  /** The answer changed; `undefined` means unanswered. */
  set(value: AnswerValue | undefined, path?: string): void;
  setOther(text: string): void;
  blurred(path: string): void;
  /** A number input holds text that is not a number (the browser reports it as empty). */
  setBadInput(bad: boolean): void;
}

/** The help paragraph, tied to the control by `aria-describedby`. */
export function help(view: QuestionView): Rendered {
  if (!view.question.help) return nothing;
  return html`<p class="hint" id=${view.id('help')}>${view.text(view.question.help)}</p>`;
}

/** The question's own words plus the required mark (for a legend or a label). */
export function questionText(view: QuestionView): TemplateResult {
  return html`<span class="question-text">${view.text(view.question.text)}</span>${view.question.required
      ? html` ${view.requiredMark()}`
      : nothing}`;
}

/**
 * A question answered with a group of native controls: fieldset and legend,
 * help, an optional extra hint (e.g. how many to choose) and the error, all
 * tied to the group by `aria-describedby`.
 */
export function groupQuestion(
  view: QuestionView,
  className: string,
  controls: unknown,
  hint?: TemplateResult | string,
): TemplateResult {
  const path = answerPath(view.question);
  const described = [view.describedBy(path), hint ? view.id('limits') : nothing].filter((d) => d !== nothing).join(' ');
  return html`<fieldset
    class="question ${className} ${view.invalid(path) ? 'invalid' : ''}"
    data-field=${path}
    aria-describedby=${described || nothing}
  >
    <legend>${questionText(view)}</legend>
    ${help(view)} ${hint ? html`<p class="hint" id=${view.id('limits')}>${hint}</p>` : nothing} ${view.error(path)}
    ${controls}
  </fieldset>`;
}
