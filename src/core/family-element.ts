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
 * events, parts and slots below are that submission's.
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
