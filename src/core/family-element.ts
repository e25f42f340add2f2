import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { LocaleController } from './i18n/locale-controller.js';
import type { LazyModule } from './lazy-module.js';
import type { Transport } from './submit/request.js';
import { ThemeController } from './theme-controller.js';
import { baseStyles } from '../styles/base.styles.js';
import { tokens } from '../styles/tokens.js';

/**
 * What all five elements share, with or without a form on screen: the
 * attributes that connect them to an endpoint (CONTRACT.md §2), locale and
 * theme, and the wait for their lazily loaded modules. The submission these
 * attributes configure is SubmittingElement's; the homework tip, a display
 * card until it has an `endpoint` or a `.transport`, loads its forms and
 * their submission only then, and the course catalog, whose list needs no
 * form, loads its registration and its submission as it connects. The
 * events, parts and slots below are that submission's. The custom properties
 * are the theme every element reads (src/styles/tokens.ts); an element's own
 * JSDoc says what a token colours there.
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
 * @cssprop [--family-color-primary=#1a5fb4] - Buttons, links and selected choices.
 * @cssprop [--family-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--family-color-text=#1b1b1b] - Text colour.
 * @cssprop [--family-color-muted=#4f4f4f] - Hints and secondary text.
 * @cssprop [--family-color-surface=#ffffff] - Background.
 * @cssprop [--family-color-surface-alt=#f3f5f8] - Panels and the status box.
 * @cssprop [--family-color-border=#6f6f6f] - Borders of inputs and boxes.
 * @cssprop [--family-color-error=#b3261e] - Error messages and invalid fields.
 * @cssprop [--family-color-success=#1e6b35] - The thank-you box.
 * @cssprop [--family-color-focus=#1a5fb4] - The focus ring's colour.
 * @cssprop [--family-focus-ring=3px solid var(--family-color-focus)] - The whole focus outline.
 * @cssprop --family-font - Font family (default: the page's).
 * @cssprop [--family-radius=0.375rem] - Corner radius.
 * @cssprop [--family-space=1rem] - Base spacing.
 * @cssprop --family-color-scheme - `light` (default), `dark` or `auto` (the device's setting); read when the element is added to the page.
 * @cssprop [--family-color-primary-dark=#9ec5ff] - `--family-color-primary` in dark mode.
 * @cssprop [--family-color-on-primary-dark=#0b1d33] - `--family-color-on-primary` in dark mode.
 * @cssprop [--family-color-text-dark=#f1f1f1] - `--family-color-text` in dark mode.
 * @cssprop [--family-color-muted-dark=#c7c7c7] - `--family-color-muted` in dark mode.
 * @cssprop [--family-color-surface-dark=#1c1d20] - `--family-color-surface` in dark mode.
 * @cssprop [--family-color-surface-alt-dark=#2a2c31] - `--family-color-surface-alt` in dark mode.
 * @cssprop [--family-color-border-dark=#a0a0a0] - `--family-color-border` in dark mode.
 * @cssprop [--family-color-error-dark=#ffb4ab] - `--family-color-error` in dark mode.
 * @cssprop [--family-color-success-dark=#8fd6a0] - `--family-color-success` in dark mode.
 * @cssprop [--family-color-focus-dark=#9ec5ff] - `--family-color-focus` in dark mode.
 */
export abstract class FamilyElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

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

  /**
   * The element's zod checks, loaded after connecting (see LazyModule).
   * `updateComplete` waits for them while they are wanted (unless the element
   * shows that it is loading its `src`), so content and field errors that need
   * them are on screen when it resolves; a submit waits for them before validating.
   */
  protected readonly checks?: LazyModule<object>;

  /** Modules `updateComplete` waits for, like the checks, while they are wanted. */
  protected get awaitedModules(): (LazyModule<object> | undefined)[] {
    return [this.checks];
  }

  /** Whether the element is fetching its `src` (and shows so). */
  protected get loadingContent(): boolean {
    return false;
  }

  constructor() {
    super();
    this.formId = this.localName;
  }

  /** The envelope's `type`: the tag name (a test fixture may pose as a real element). */
  get submissionType(): string {
    return this.localName;
  }

  /** Resolves once the pending render is done, without waiting for the awaited modules. */
  protected rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.loadingContent) return done;
    const pending = this.awaitedModules.filter((m): m is LazyModule<object> => !!m && !m.module && m.wanted());
    if (!pending.length) return done;
    await Promise.all(pending.map((m) => m.ready().catch(() => undefined)));
    return super.getUpdateComplete();
  }
}
