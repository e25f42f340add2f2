import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { define } from '../../../src/core/define.js';
import { elementFrame } from '../../../src/core/element-frame.js';
import {
  describedBy,
  errorSummary,
  fieldError,
  FormController,
  honeypot,
  invalid,
  visibleErrorId,
  type FieldErrors,
} from '../../../src/core/form/index.js';
import { SubmittingElement } from '../../../src/core/submit/submitting-element.js';

/**
 * The smallest submitting element, for the submit tests: a comment and an
 * optional question. It poses as `family-homework-tip` so the reference
 * receiver validates its data with a real payload schema (tipId, comment,
 * question, each with their limits).
 */
@localized()
export class FixtureSubmitting extends SubmittingElement {
  @property({ attribute: 'tip-id' }) tipId = 'fixture-tip';
  @state() comment = '';
  @state() question = '';

  readonly form = new FormController(this, {
    validate: (): FieldErrors => (this.comment.trim() ? {} : { comment: 'Write a comment.' }),
  });

  override get submissionType(): string {
    return 'family-homework-tip';
  }

  protected payload() {
    return { tipId: this.tipId, comment: this.comment, ...(this.question ? { question: this.question } : {}) };
  }

  override render() {
    return elementFrame(
      this,
      html`<form
          novalidate
          @submit=${(e: Event) => {
            e.preventDefault();
            void this.submitForm();
          }}
        >
          ${errorSummary(this.form, this.shadowRoot)}
          <div class="field" data-field="comment">
            <label for="comment">Comment</label>
            ${fieldError(this.form, 'comment')}
            <textarea
              id="comment"
              dir="auto"
              aria-invalid=${invalid(this.form, 'comment')}
              aria-describedby=${describedBy(visibleErrorId(this.form, 'comment'))}
              .value=${this.comment}
              @input=${(e: Event) => {
                this.comment = (e.target as HTMLTextAreaElement).value;
                this.form.changed('comment');
              }}
              @blur=${() => this.form.blurred('comment')}
            ></textarea>
          </div>
          <div class="field" data-field="question">
            <label for="question">Question for the teacher</label>
            ${fieldError(this.form, 'question')}
            <input
              id="question"
              dir="auto"
              aria-invalid=${invalid(this.form, 'question')}
              aria-describedby=${describedBy(visibleErrorId(this.form, 'question'))}
              .value=${this.question}
              @input=${(e: Event) => {
                this.question = (e.target as HTMLInputElement).value;
                this.form.changed('question');
              }}
              @blur=${() => this.form.blurred('question')}
            />
          </div>
          ${honeypot()}
          <div class="actions">
            <button type="submit" class="button-primary" part="submit-button">Send</button>
          </div>
        </form>
        ${this.renderSubmissionStatus()}`,
    );
  }
}

define('fixture-submitting', FixtureSubmitting);

declare global {
  interface HTMLElementTagNameMap {
    'fixture-submitting': FixtureSubmitting;
  }
}

/** Types into the fixture like a family would. */
export async function fillFixture(el: SubmittingElement, comment = 'We read it together.', question = ''): Promise<void> {
  const root = el.shadowRoot!;
  const type = (selector: string, value: string) => {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  type('#comment', comment);
  if (question) type('#question', question);
  await el.updateComplete;
}
