import { LitElement, type CSSResultGroup, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FormController } from '../form/form-controller.js';
import { honeypotFilled } from '../form/honeypot.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { LazyModule } from '../lazy-module.js';
import { ThemeController } from '../theme-controller.js';
import { formStyles } from '../../styles/form.styles.js';
import { tokens } from '../../styles/tokens.js';
import type { Envelope } from './envelope.schema.js';
import type { Transport } from './request.js';
import { submissionStatusStyles } from './submission-status.styles.js';
import { renderSubmissionStatus, type StatusExtras } from './submission-status.js';
import { SubmitController } from './submit-controller.js';

/**
 * What the four submitting elements share (CONTRACT.md §2): the endpoint
 * attributes, locale and theme, and the submission lifecycle. One level of
 * inheritance only; the behaviour itself lives in controllers.
 *
 * @fires family-submit - Before sending; cancelable. `detail: { envelope, respondWith(promise) }`.
 * @fires family-submitted - After a 2xx answer. `detail: { envelope, status, body }`.
 * @fires family-queued - Kept on this device for a later try. `detail: { envelope, reason }` (`offline`, `timeout`, `http-<status>`).
 * @fires family-invalid - Input failed validation in the browser or at the server. `detail: { errors, source }`.
 * @fires family-error - Something the webmaster or family must know. `detail: { kind, message, envelope? }`.
 * @slot sent - Extra content on the success screen.
 * @slot waitlisted - Extra content on the waitlist confirmation.
 * @csspart status - The submission status box (sending, thank you, saved on this device, errors).
 * @csspart copy-button - "Copy my answers" for a submission kept on this device.
 * @csspart clear-button - "Clear" for a submission kept on this device.
 * @csspart clear-confirm-button - Confirms removing it.
 */
export abstract class SubmittingElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, formStyles, submissionStatusStyles];

  static override properties: PropertyDeclarations = {
    endpoint: {},
    method: {},
    format: {},
    headers: {},
    credentials: {},
    timeout: { type: Number },
    formId: { attribute: 'form-id' },
    noLanguagePicker: { type: Boolean, attribute: 'no-language-picker' },
    transport: { attribute: false },
  };

  /** URL that receives the submission; relative URLs resolve against the page. */
  endpoint?: string;
  /** `POST` (default) or `PUT`. */
  method = 'POST';
  /** `json` (default): the envelope as JSON with an Idempotency-Key; `form`: url-encoded dotted fields, a CORS simple request. */
  format = 'json';
  /** JSON object of extra request headers, e.g. `{"X-CSRF-Token": "…"}`. Invalid JSON is a configuration error. */
  headers?: string;
  /** `omit` (default), `same-origin` or `include`, passed to fetch. */
  credentials = 'omit';
  /** Milliseconds before a try counts as failed. */
  timeout = 15000;
  /** An id the district chooses, copied into the envelope; drafts and queued entries are kept per form-id. Default: the tag name. */
  formId = '';
  /** Hides the language picker. */
  noLanguagePicker = false;
  /** `async (request: Request) => Response`: replaces fetch, for portals with their own auth client. */
  transport?: Transport;

  readonly localeController = new LocaleController(this);
  readonly themeController = new ThemeController(this);
  readonly submission: SubmitController = new SubmitController(this, {
    normalizePath: (path) => this.normalizeServerPath(path),
    honeypotFilled: () => honeypotFilled(this.renderRoot),
    onSent: (envelope, body) => this.submitted(envelope, body),
    onCleared: () => this.queuedCleared(),
    rendered: () => super.getUpdateComplete(),
  });

  /** The element's validation state (field errors, the error summary). */
  abstract readonly form: FormController;

  /**
   * The element's zod checks, loaded after connecting (see LazyModule).
   * `updateComplete` waits for them while they are wanted (unless the element
   * shows that it is loading its `src`), so content and field errors that need
   * them are on screen when it resolves; a submit waits for them before validating.
   */
  protected readonly checks?: LazyModule<object>;

  /** Whether the element is fetching its `src` (and shows so). */
  protected get loadingContent(): boolean {
    return false;
  }

  /** The element's `data`, already valid by its zod schema. */
  protected abstract payload(): unknown;

  constructor() {
    super();
    this.formId = this.localName;
  }

  /** The envelope's `type`: the tag name (a test fixture may pose as a real element). */
  get submissionType(): string {
    return this.localName;
  }

  /** Maps a field path from a server to the element's own (surveys: `q1` → `answers.q1`). */
  protected normalizeServerPath(path: string): string {
    return path;
  }

  /** After a success: e.g. clear the draft. */
  protected submitted(_envelope: Envelope, _body: unknown): void {}

  /** The family removed their queued submission from this device ("Clear"): e.g. clear the draft as well. */
  protected queuedCleared(): void {}

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.checks || this.checks.module || this.loadingContent || !this.checks.wanted()) return done;
    await this.checks.ready().catch(() => undefined);
    return super.getUpdateComplete();
  }

  /**
   * Whether the zod checks are here to validate a submit: normally long
   * before the family presses Send; only a very quick (or offline) first
   * submit waits, and one whose checks cannot load is told to try again.
   */
  protected async checksReady(): Promise<boolean> {
    if (!this.checks || this.checks.module) return true;
    try {
      await this.checks.ready();
      return true;
    } catch {
      this.submission.setState('error', () => msg('The answers could not be sent. Please try again.', { id: 'submit.failed' }));
      return false;
    }
  }

  /** Validates (showing the error summary on failure) and then submits. */
  protected async submitForm(): Promise<void> {
    if (!(await this.checksReady()) || !this.form.attempt()) return;
    await this.submission.submit(this.payload());
  }

  /** The shared status view (sending, thank you, waitlist, saved on this device, errors). */
  protected renderSubmissionStatus(extras?: StatusExtras): TemplateResult {
    return renderSubmissionStatus(this, extras);
  }
}
