import type { CSSResultGroup, TemplateResult } from 'lit';
import { FamilyElement } from '../family-element.js';
import type { FormController } from '../form/form-controller.js';
import { honeypotFilled } from '../form/honeypot.js';
import { formStyles } from '../../styles/form.styles.js';
import type { Envelope } from './envelope.schema.js';
import { renderSubmissionStatus, type StatusExtras } from './submission-status.js';
import { SubmitController } from './submit-controller.js';

/**
 * A FamilyElement with its form and submission lifecycle from the start: the
 * survey, the RSVP and the contact preferences (CONTRACT.md §2).
 * One level of inheritance below the base; the behaviour itself lives in
 * controllers.
 */
export abstract class SubmittingElement extends FamilyElement {
  static override styles: CSSResultGroup = [FamilyElement.styles, formStyles];

  readonly submission: SubmitController = new SubmitController(this, {
    normalizePath: (path) => this.normalizeServerPath(path),
    honeypotFilled: () => honeypotFilled(this.renderRoot),
    onSent: (envelope, body) => this.submitted(envelope, body),
    onCleared: () => this.queuedCleared(),
    draftKey: () => this.draftKey,
    rendered: () => this.rendered(),
  });

  /** The element's validation state (field errors, the error summary). */
  abstract readonly form: FormController;

  /** The element's `data`, already valid by its zod schema. */
  protected abstract payload(): unknown;

  /** Maps a field path from a server to the element's own (surveys: `q1` → `answers.q1`). */
  protected normalizeServerPath(path: string): string {
    return path;
  }

  /** The key of the draft this element keeps on this device, if it keeps one (see SubmitControllerOptions). */
  protected get draftKey(): string | undefined {
    return undefined;
  }

  /** After a success: e.g. clear the draft. */
  protected submitted(_envelope: Envelope, _body: unknown): void {}

  /** The family removed their queued submission from this device ("Clear"): e.g. clear the draft as well. */
  protected queuedCleared(): void {}

  /** Validates (showing the error summary on failure) and then submits. */
  protected async submitForm(): Promise<void> {
    if (!(await this.submission.checksReady(this.checks)) || !this.form.attempt()) return;
    await this.submission.submit(this.payload());
  }

  /** The shared status view (sending, thank you, waitlist, saved on this device, errors). */
  protected renderSubmissionStatus(extras?: StatusExtras): TemplateResult {
    return renderSubmissionStatus(this, extras);
  }
}
