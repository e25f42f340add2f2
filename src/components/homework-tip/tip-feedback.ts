import { html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { errorSummary } from '../../core/form/error-summary.js';
import {
  describedBy,
  fieldError,
  hasVisibleError,
  invalid,
  requiredMark,
  visibleErrorId,
} from '../../core/form/field-error.js';
import type { FormController } from '../../core/form/form-controller.js';
import { honeypot } from '../../core/form/honeypot.js';
import type { LazyModule } from '../../core/lazy-module.js';
import type { Envelope } from '../../core/submit/envelope.schema.js';
import { renderSubmissionStatus } from '../../core/submit/submission-status.js';
import type { SubmitController } from '../../core/submit/submit-controller.js';
import { attachSubmission } from '../../core/submit/attach-submission.js';
import type { FamilyHomeworkTip } from './family-homework-tip.js';
import { tipData } from './tip-data.js';
import type { TipAnswers, TipForm } from './tip-form.js';
import type { Tip, TipPayload } from './tip.schema.js';


/** The fields (paths in `data`) of each form, for `FormController.attempt(paths)`. */
const TIP_FORM_FIELDS: Readonly<Record<TipForm, string[]>> = {
  feedback: ['helpful', 'comment'],
  question: ['question'],
};

/** The payload's `tipId` limit (tip.schema.ts). */
const TIP_ID_MAX_LENGTH = 200;

/** What the forms need of the card's checks (tip-checks.ts). */
type TipChecks = typeof import('./tip-checks.js');

/**
 * "Was this tip helpful?" and "Ask the teacher a question" (CONTRACT.md §3).
 * A card loads this module with `import()` only once it has an `endpoint` or
 * a `.transport`, so a display card never downloads the form machinery. The
 * controllers are the card's own: they are added to it and set as its `form`
 * and `submission`, so every event is dispatched from the card itself.
 */
export class TipFeedback {
  /** What the family entered in the feedback and question forms. */
  private answers: TipAnswers = { comment: '', question: '' };
  /** The form being sent (its fields are validated, its `data` is sent). */
  private active: TipForm = 'feedback';
  /** Feedback was received: the feedback form gives way to a thank-you line. */
  private feedbackSent = false;
  private warnedNoId = false;
  private readonly card: FamilyHomeworkTip & { form: FormController; submission: SubmitController };

  constructor(
    card: FamilyHomeworkTip,
    private readonly checks: LazyModule<TipChecks>,
    /** The card's own styles, which stay after the form styles. */
    styles: CSSResultGroup,
  ) {
    this.card = attachSubmission(
      card,
      styles,
      { validate: () => this.checks.module?.tipFormErrors(this.answers) ?? {} },
      { onSent: (envelope) => this.submitted(envelope) },
    );
  }

  /** Another tip on the card: a fresh feedback form. */
  reset(): void {
    this.answers = { comment: '', question: '' };
    this.feedbackSent = false;
    this.card.form.reset();
    this.card.submission.reset();
  }

  /** The family changed a field: its form's `data` as it stands goes to the page with `family-change`. */
  private set(patch: Partial<TipAnswers>, path: string, tipId: string): void {
    this.answers = { ...this.answers, ...patch };
    this.card.form.changed(path);
    const form: TipForm = TIP_FORM_FIELDS.question.includes(path) ? 'question' : 'feedback';
    this.card.dispatchEvent(
      new CustomEvent('family-change', { bubbles: true, composed: true, detail: { value: tipData(form, tipId, this.answers) } }),
    );
  }

  private onSubmit(event: SubmitEvent, which: TipForm, tipId: string): void {
    event.preventDefault();
    this.active = which;
    void this.submitForm(tipId);
  }

  /** Validates only the fields of the form being sent, then sends its `data`. */
  private async submitForm(tipId: string): Promise<void> {
    const { form, submission } = this.card;
    if (!(await submission.checksReady(this.checks)) || !form.attempt(TIP_FORM_FIELDS[this.active])) return;
    // the checks are here: checksReady() said so
    await submission.submit(this.checks.module!.tipPayload(tipData(this.active, tipId, this.answers)));
  }

  private submitted(envelope: Envelope): void {
    const data = envelope.data as Partial<TipPayload>;
    if (data.helpful !== undefined) this.feedbackSent = true;
    if (data.question !== undefined) {
      // Ready for another question; the status above says this one was sent.
      this.answers = { ...this.answers, question: '' };
      this.card.form.reset();
    }
    this.card.requestUpdate();
  }

  private renderFeedback(tipId: string): TemplateResult {
    if (this.feedbackSent) {
      return html`<p class="feedback-done">${msg('Thank you for telling us.', { id: 'tip.feedback.done' })}</p>`;
    }
    const { form, submission } = this.card;
    const { helpful } = this.answers;
    const choice = (value: boolean, label: string) => {
      const id = `helpful-${value ? 'yes' : 'no'}`;
      return html`<div class="choice">
        <input
          type="radio"
          id=${id}
          name="helpful"
          .checked=${helpful === value}
          aria-describedby=${describedBy(visibleErrorId(form, 'helpful'))}
          @change=${() => this.set({ helpful: value }, 'helpful', tipId)}
        />
        <label for=${id}>${label}</label>
      </div>`;
    };
    return html`<form class="feedback" part="feedback-form" novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, 'feedback', tipId)}>
      <fieldset
        data-field="helpful"
        class=${hasVisibleError(form, 'helpful') ? 'invalid' : ''}
        @focusout=${() => form.blurred('helpful')}
      >
        <legend>${msg('Was this tip helpful?', { id: 'tip.feedback.legend' })}${requiredMark()}</legend>
        ${fieldError(form, 'helpful')}
        <div class="choices">
          ${choice(true, msg('Yes', { id: 'tip.feedback.yes' }))} ${choice(false, msg('No', { id: 'tip.feedback.no' }))}
        </div>
      </fieldset>
      <div class="field ${hasVisibleError(form, 'comment') ? 'invalid' : ''}" data-field="comment">
        <label for="comment">${msg('Anything you would like to add? (optional)', { id: 'tip.feedback.comment' })}</label>
        ${fieldError(form, 'comment')}
        ${this.textarea(tipId, 'comment', 3)}
      </div>
      <button type="submit" class="button-primary" ?disabled=${submission.state === 'sending'}>
        ${msg('Send feedback', { id: 'tip.feedback.send' })}
      </button>
    </form>`;
  }

  /** The comment or the question, at most 2,000 characters in any language. */
  private textarea(tipId: string, path: 'comment' | 'question', rows: number, hintId?: string): TemplateResult {
    const { form } = this.card;
    return html`<textarea
      id=${path}
      dir="auto"
      rows=${rows}
      maxlength="2000"
      .value=${this.answers[path]}
      aria-invalid=${invalid(form, path)}
      aria-describedby=${describedBy(hintId, visibleErrorId(form, path))}
      @input=${(e: Event) => this.set({ [path]: (e.target as HTMLTextAreaElement).value }, path, tipId)}
      @blur=${() => form.blurred(path)}
    ></textarea>`;
  }

  private renderQuestion(tipId: string): TemplateResult {
    const { form, submission } = this.card;
    return html`<form class="question" part="question-form" novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, 'question', tipId)}>
      <div class="field ${hasVisibleError(form, 'question') ? 'invalid' : ''}" data-field="question">
        <label for="question">${msg('Ask the teacher a question', { id: 'tip.question.label' })}</label>
        <p class="hint" id="question-hint">${msg('You can write in any language.', { id: 'tip.question.hint' })}</p>
        ${fieldError(form, 'question')}
        ${this.textarea(tipId, 'question', 4, 'question-hint')}
      </div>
      <button type="submit" class="button-primary" ?disabled=${submission.state === 'sending'}>
        ${msg('Send question', { id: 'tip.question.send' })}
      </button>
    </form>`;
  }

  /** Both forms with the error summary and the status, for `tip`. */
  render(tip: Tip): TemplateResult | typeof nothing {
    // A tip given as data is checked by its schema; a tip-id attribute is checked here, or its forms could never send.
    if (!tip.id || tip.id.length > TIP_ID_MAX_LENGTH) {
      if (!this.warnedNoId) {
        this.warnedNoId = true;
        console.warn(
          tip.id
            ? `family-elements: <family-homework-tip> takes no feedback: its tip-id is longer than ${TIP_ID_MAX_LENGTH} characters.`
            : 'family-elements: <family-homework-tip> needs a tip-id (or an id in the tip) to take feedback.',
        );
      }
      return nothing;
    }
    const { form, shadowRoot } = this.card;
    return html`<section class="tip-forms no-print" aria-label=${msg('Feedback for the school', { id: 'tip.forms' })}>
      ${errorSummary(form, shadowRoot)} ${this.renderFeedback(tip.id)} ${this.renderQuestion(tip.id)} ${honeypot()}
      ${renderSubmissionStatus(this.card)}
    </section>`;
  }
}
