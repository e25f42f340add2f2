import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldErrors } from './zod-errors.js';
import { orderByFields } from './field-lookup.js';
import { loadedPipeline, loadPipeline } from '../submit/load-pipeline.js';

export type { FieldErrors } from './zod-errors.js';

/** The element a form belongs to: the controller listens in its render root. */
type FormHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface FormControllerOptions {
  /** Current client-side errors for ALL fields (e.g. from zodErrors), keys in document order. */
  validate: () => FieldErrors;
}

/** `detail` of the `family-invalid` event (CONTRACT.md §2). */
export interface FormInvalidDetail {
  errors: FieldErrors;
  source: 'client' | 'server';
}

/** The selector of the error summary the controller focuses (see `errorSummary()`). */
export const ERROR_SUMMARY_SELECTOR = '[data-error-summary]';

/** `key` is `path` itself or a field inside it (`answers.q2.q2a` is under `answers.q2`). */
export const isUnder = (key: string, path: string) => key === path || key.startsWith(`${path}.`);

/**
 * The validation state of one element's form, shared by every element
 * (CONTRACT.md §6, STYLE.md): when an error may be shown (Lion: after the
 * field was changed and left, or after a submit attempt), server errors, the
 * error summary and `family-invalid`.
 *
 * Errors themselves are not stored: `validate()` is asked again whenever they
 * are needed (once per render), so a visible error updates as the family types
 * and disappears when fixed, and messages follow a language switch.
 */
export class FormController implements ReactiveController {
  private readonly host: FormHost;
  private readonly options: FormControllerOptions;
  /** Fields the family changed (touched and dirty). */
  private readonly dirty = new Set<string>();
  /** Fields (or groups) whose errors may be shown. */
  private readonly shown = new Set<string>();
  private allShown = false;
  private server: FieldErrors = {};
  private summaryWanted = false;
  private wasSubmitted = false;
  /** `validate()` as of this render, so every field does not validate again. */
  private cached?: FieldErrors;
  /** Only the latest failed attempt moves focus. */
  private focusRequest = 0;
  /** A field a paste filled to its maxlength: the browser may have left the paste's end out, without a word. */
  private filledByPaste?: { path: string; field: HTMLInputElement | HTMLTextAreaElement };

  constructor(host: FormHost, options: FormControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('input', this.onInput);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('input', this.onInput);
  }

  hostUpdate(): void {
    this.cached = this.options.validate();
  }

  /** Whether a paste filled `path` to its maxlength and it is still full (`fieldError()` says so there). */
  filledByPasteAt(path: string): boolean {
    const filled = this.filledByPaste;
    return filled?.path === path && filled.field.isConnected && filled.field.value.length >= filled.field.maxLength;
  }

  private readonly onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    if ((event as InputEvent).inputType !== 'insertFromPaste' || !(field.maxLength > 0) || field.value.length < field.maxLength) return;
    const path = field.closest<HTMLElement>('[data-field]')?.dataset['field'];
    if (path) this.filledByPaste = { path, field };
  };

  hostUpdated(): void {
    // Once everything in the summary is fixed it goes away, and only a new
    // attempt (or server answer) brings it back, as on GOV.UK.
    if (this.summaryWanted && Object.keys(this.visibleErrors).length === 0) this.summaryWanted = false;
    this.cached = undefined;
  }

  /** Whether a submit or Next was attempted since the last reset. */
  get submitted(): boolean {
    return this.wasSubmitted;
  }

  /** Whether the error summary is shown: after a failed attempt or a server's field errors, while any error is visible. */
  get summaryVisible(): boolean {
    return this.summaryWanted && Object.keys(this.visibleErrors).length > 0;
  }

  /** The family changed a field: marks it touched and dirty, and drops a server error about it. */
  changed(path: string): void {
    this.dirty.add(path);
    let dropped = false;
    for (const key of Object.keys(this.server)) {
      // The server spoke of this field, a part of it, or the group it is in.
      if (isUnder(key, path) || isUnder(path, key)) {
        delete this.server[key];
        dropped = true;
      }
    }
    if (dropped) this.server = { ...this.server };
    this.host.requestUpdate();
  }

  /** The family left a field: if they changed it, its errors may now be shown. */
  blurred(path: string): void {
    if ([...this.dirty].some((key) => isUnder(key, path))) {
      this.shown.add(path);
      this.host.requestUpdate();
    }
  }

  /** The message to show at `path` now: a visible client error, else the server's, else undefined. */
  errorFor(path: string): string | undefined {
    if (this.isShown(path)) {
      const message = this.clientErrors()[path];
      if (message) return message;
    }
    return this.server[path];
  }

  /** What the error summary lists now, in the order the fields appear. */
  get visibleErrors(): FieldErrors {
    const client = this.clientErrors();
    const visible: FieldErrors = {};
    for (const [key, message] of Object.entries(client)) {
      if (this.isShown(key)) visible[key] = message;
    }
    for (const [key, message] of Object.entries(this.server)) {
      visible[key] ??= message;
    }
    return orderByFields(visible, this.host.shadowRoot);
  }

  /**
   * A submit or Next attempt. Validates every field, or only those at or
   * under `paths` (one survey page). When invalid, those errors are shown,
   * the error summary takes focus after the update, and `family-invalid`
   * (`source: "client"`) is dispatched. Returns whether they are valid.
   */
  attempt(paths?: string[]): boolean {
    this.wasSubmitted = true;
    const all = this.options.validate();
    const errors: FieldErrors = {};
    for (const [key, message] of Object.entries(all)) {
      if (!paths || paths.some((path) => isUnder(key, path))) errors[key] = message;
    }
    if (paths) paths.forEach((path) => this.shown.add(path));
    else this.allShown = true;
    this.host.requestUpdate();
    if (Object.keys(errors).length === 0) {
      // A full, valid attempt goes back to the server, which will say again what it still refuses.
      if (!paths) this.server = {};
      return true;
    }
    this.summaryWanted = true;
    void this.focusSummary();
    this.dispatch({ errors, source: 'client' });
    return false;
  }

  /**
   * Field errors from the server (400/409/422): shown at the fields and in
   * the summary, which takes focus; `family-invalid` (`source: "server"`) is
   * dispatched. Each stays until the family changes that field.
   */
  setServerErrors(errors: FieldErrors): void {
    this.server = { ...errors };
    this.host.requestUpdate();
    if (Object.keys(errors).length === 0) return;
    this.summaryWanted = true;
    void this.focusSummary();
    this.dispatch({ errors: { ...errors }, source: 'server' });
  }

  /** A fresh form (after a success, or new prefilled values): nothing touched, nothing shown. */
  reset(): void {
    this.filledByPaste = undefined;
    this.dirty.clear();
    this.shown.clear();
    this.allShown = false;
    this.server = {};
    this.summaryWanted = false;
    this.wasSubmitted = false;
    this.focusRequest++;
    this.host.requestUpdate();
  }

  private clientErrors(): FieldErrors {
    return this.cached ?? this.options.validate();
  }

  private isShown(key: string): boolean {
    if (this.allShown) return true;
    for (const path of this.shown) if (isUnder(key, path)) return true;
    return false;
  }

  /** Waits for the pipeline (the summary's links and look, loaded after the first render), then focuses the summary. */
  private async focusSummary(): Promise<void> {
    const request = ++this.focusRequest;
    if (!loadedPipeline) {
      await loadPipeline().catch(() => undefined);
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    if (request !== this.focusRequest) return;
    const root = this.host.shadowRoot ?? this.host;
    root.querySelector<HTMLElement>(ERROR_SUMMARY_SELECTOR)?.focus();
  }

  private dispatch(detail: FormInvalidDetail): void {
    this.host.dispatchEvent(new CustomEvent<FormInvalidDetail>('family-invalid', { bubbles: true, composed: true, detail }));
  }
}
