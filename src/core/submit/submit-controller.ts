import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../i18n/localization.js';
import type { Envelope } from './envelope.schema.js';
import { loadedPipeline, loadPipeline, type Pipeline } from './load-pipeline.js';
import type { OutboxClient, OutboxEntry, OutboxResult } from './outbox.js';
import type { SubmitConfig, Transport } from './request.js';
import type { PathNormalizer, QueueReason, SubmitOutcome } from './response.js';

export type SubmissionState = 'idle' | 'sending' | 'sent' | 'waitlisted' | 'queued' | 'error' | 'config-error';

/** `family-submit` (cancelable): a listener that calls `preventDefault()` sends the data itself. */
export interface FamilySubmitDetail<Data = unknown> {
  envelope: Envelope<Data>;
  /** Resolved → the success screen; rejected with an `Error` → its message is shown, answers kept. */
  respondWith(promise: Promise<unknown>): void;
}
/** `family-submitted`: the endpoint answered 2xx. `body` is parsed JSON, else text. */
export interface FamilySubmittedDetail<Data = unknown> {
  envelope: Envelope<Data>;
  status: number;
  body: unknown;
}
/** `family-queued`: kept in the outbox for a later try. */
export interface FamilyQueuedDetail<Data = unknown> {
  envelope: Envelope<Data>;
  reason: QueueReason;
}
export type FamilyErrorKind = 'config' | 'definition' | 'network' | 'http' | 'storage' | 'expired';
/** `family-error`: something the webmaster or family must know; `message` is in the active locale. */
export interface FamilyErrorDetail<Data = unknown> {
  kind: FamilyErrorKind;
  message: string;
  envelope?: Envelope<Data>;
}
/** `family-invalid` (dispatched by the FormController, for client and server errors). */
export type { FormInvalidDetail as FamilyInvalidDetail } from '../form/form-controller.js';

declare global {
  interface HTMLElementEventMap {
    'family-submit': CustomEvent<FamilySubmitDetail>;
    'family-submitted': CustomEvent<FamilySubmittedDetail>;
    'family-queued': CustomEvent<FamilyQueuedDetail>;
    'family-error': CustomEvent<FamilyErrorDetail>;
  }
}

/** What the controller needs from its element (SubmittingElement provides all of it). */
export interface SubmitHost extends ReactiveControllerHost, HTMLElement {
  endpoint?: string | null;
  method: string;
  format: string;
  headers?: string | null;
  credentials: string;
  timeout: number;
  formId: string;
  transport?: Transport;
  /** The envelope's `type`; the tag name when absent. */
  readonly submissionType?: string;
  readonly form: { setServerErrors(errors: Record<string, string>): void };
}

export interface SubmitControllerOptions {
  /** Maps server field paths to the element's (`q1` → `answers.q1` for surveys). */
  normalizePath?: PathNormalizer;
  /** Whether the hidden honeypot field was filled (a bot): then nothing is sent. */
  honeypotFilled?: () => boolean;
  /** Called after a success, e.g. to clear a draft. */
  onSent?: (envelope: Envelope, body: unknown) => void;
  /** Called after the family removed a queued submission from this device (e.g. to clear the draft too). */
  onCleared?: () => void;
}

const event = <T>(name: string, detail: T, cancelable = false) =>
  new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable });

/**
 * The submission lifecycle of one element (CONTRACT.md §2): builds the
 * envelope, offers it to `family-submit` listeners, sends it per the response
 * table, keeps retryable ones in the outbox and reports with events. The
 * element renders `state` and `message` (see `renderSubmissionStatus`).
 */
export class SubmitController implements ReactiveController, OutboxClient {
  state: SubmissionState = 'idle';
  /** The envelope of the latest submission (sent, queued or refused). */
  lastEnvelope?: Envelope;
  /** IndexedDB could not keep a queued submission: the answers are only on screen. */
  storageUnavailable = false;
  readonly normalizePath?: PathNormalizer;
  private messageText?: () => string;
  private lastDataJson?: string;
  private unregister?: () => void;
  /** Identifies the current connection, so a pipeline that loads after a disconnect registers nothing. */
  private connection?: object;
  /** Waiting for the pipeline to load for a submit: a second press is ignored, as while sending. */
  private loadingForSubmit = false;

  constructor(
    private readonly host: SubmitHost,
    private readonly options: SubmitControllerOptions = {},
  ) {
    this.normalizePath = options.normalizePath;
    host.addController(this);
  }

  /** Human text for the current state, in the active locale (re-read on a language switch). */
  get message(): string {
    return this.messageText?.() ?? '';
  }

  get formId(): string {
    return this.host.formId || this.host.localName;
  }

  /**
   * Joins the page's outbox (which retries what is waiting on this device).
   * The pipeline loads after the first element's first render, so it never
   * delays the form; it is then also ready before the family presses Send.
   * Once loaded, later elements join at once, as they connect.
   */
  hostConnected(): void {
    if (loadedPipeline) {
      this.unregister = loadedPipeline.getOutbox().register(this);
      return;
    }
    const connection = {};
    this.connection = connection;
    void this.host.updateComplete
      .then(loadPipeline)
      .then((pipeline) => {
        if (this.connection === connection) this.unregister = pipeline.getOutbox().register(this);
      })
      // Offline before the chunk arrived: the next connect or submit loads it again.
      .catch(() => undefined);
  }

  hostDisconnected(): void {
    this.connection = undefined;
    this.unregister?.();
    this.unregister = undefined;
  }

  /** Back to the form (e.g. "send another answer"). */
  reset(): void {
    this.setState('idle');
  }

  /** Removes the queued submission from this device (the family's "Clear"). */
  async clearQueued(): Promise<void> {
    if (this.lastEnvelope) await (await loadPipeline()).getOutbox().remove(this.lastEnvelope.id);
    this.lastDataJson = undefined;
    this.setState('idle');
    this.options.onCleared?.();
  }

  private setState(state: SubmissionState, message?: () => string): void {
    this.state = state;
    this.messageText = message;
    this.host.requestUpdate();
  }

  private dispatch<T>(name: string, detail: T, cancelable = false): boolean {
    return this.host.dispatchEvent(event(name, detail, cancelable));
  }

  private error(kind: FamilyErrorKind, message: () => string, envelope?: Envelope): void {
    this.dispatch<FamilyErrorDetail>('family-error', { kind, message: message(), ...(envelope ? { envelope } : {}) });
  }

  // --- OutboxClient: how this element sends queued entries and hears about them

  // The outbox calls these only after the pipeline (which holds it) has loaded.
  currentEndpoint(): string | undefined {
    if (!this.host.endpoint || !loadedPipeline) return undefined;
    try {
      return loadedPipeline.resolveEndpoint(this.host.endpoint);
    } catch {
      return undefined;
    }
  }

  currentTransport(): Transport | undefined {
    return this.host.transport;
  }

  currentHeaders(): Record<string, string> | undefined {
    try {
      return loadedPipeline?.parseHeaders(this.host.headers);
    } catch {
      return undefined;
    }
  }

  outboxSettled(entry: OutboxEntry, result: OutboxResult): void {
    const envelope = entry.envelope;
    const mine = this.lastEnvelope?.id === entry.id && this.state === 'queued';
    switch (result.kind) {
      case 'sent':
        this.succeeded(envelope, result.status, result.body, result.waitlisted, mine);
        return;
      case 'invalid':
        if (mine) {
          // Back to the form, where the summary and the fields say what to correct.
          this.setState('idle');
          this.serverErrors(result.errors);
        }
        this.error('http', () => loadedPipeline?.httpErrorMessage(result.status) ?? '', envelope);
        return;
      case 'rejected':
        if (mine) this.setState('error', result.message);
        this.error('http', result.message, envelope);
        return;
      case 'expired': {
        const expired = () =>
          msg('Saved answers could not be sent within 7 days and were removed from this device.', {
            id: 'submit.expired',
          });
        if (mine) this.setState('error', expired);
        this.error('expired', expired, envelope);
        return;
      }
      case 'unanswered': {
        const endpoint = entry.endpoint;
        this.error(
          'network',
          () =>
            msg(
              str`Three tries in a row got no answer from ${endpoint} although this device is online. If that address is on another site, it must answer with Access-Control-Allow-Origin for this page. The answers stay saved and will be tried again.`,
              { id: 'submit.unanswered' },
            ),
          envelope,
        );
        return;
      }
    }
  }

  // --- Submitting

  private succeeded(envelope: Envelope, status: number, body: unknown, waitlisted: boolean, updateState = true): void {
    if (updateState) {
      this.lastDataJson = undefined; // a new submission after success gets a new id
      this.setState(waitlisted ? 'waitlisted' : 'sent');
    }
    this.dispatch<FamilySubmittedDetail>('family-submitted', { envelope, status, body });
    if (updateState) this.options.onSent?.(envelope, body);
  }

  /** Shown at the fields and in the error summary (which takes focus); the form dispatches `family-invalid`. */
  private serverErrors(errors: Record<string, string>): void {
    this.host.form.setServerErrors(errors);
  }

  /** The element's attributes as a send configuration; throws `SubmitConfigError`. */
  private config(p: Pipeline): SubmitConfig {
    const { pageAddress, parseHeaders, pickOption, resolveEndpoint, SubmitConfigError } = p;
    const h = this.host;
    const timeout = Number(h.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0) {
      throw new SubmitConfigError(
        msg('The timeout attribute must be a number of milliseconds greater than 0.', { id: 'submit.config.timeout' }),
      );
    }
    return {
      // A transport needs a Request, and so a URL, even without an endpoint.
      endpoint: h.endpoint ? resolveEndpoint(h.endpoint) : pageAddress(),
      method: pickOption('method', h.method, ['POST', 'PUT'] as const, 'POST'),
      format: pickOption('format', h.format, ['json', 'form'] as const, 'json'),
      credentials: pickOption('credentials', h.credentials, ['omit', 'same-origin', 'include'] as const, 'omit'),
      headers: parseHeaders(h.headers),
      timeout,
    };
  }

  /**
   * Sends the element's `data` (already validated by the element). Resolves
   * when the outcome is on screen; never rejects.
   */
  async submit(data: unknown): Promise<void> {
    if (this.state === 'sending' || this.loadingForSubmit) return;
    let p = loadedPipeline;
    if (!p) {
      // Normally loaded right after the first render; only a very quick (or offline) first submit waits here.
      this.loadingForSubmit = true;
      try {
        p = await loadPipeline();
      } catch {
        this.setState('error', () => msg('The answers could not be sent. Please try again.', { id: 'submit.failed' }));
        return;
      } finally {
        this.loadingForSubmit = false;
      }
    }
    if (this.options.honeypotFilled?.()) {
      // A bot filled the hidden field: look successful, send nothing.
      this.setState('sent');
      return;
    }
    const { buildRequest, createEnvelope, envelopeFits, interpretFailure, interpretResponse, send, tooLargeMessage } = p;
    const dataJson = JSON.stringify(data);
    const envelope = createEnvelope({
      type: this.host.submissionType ?? this.host.localName,
      formId: this.formId,
      locale: getLocale(),
      data,
      // A retry of the same, unchanged submission keeps its id so receivers can drop duplicates.
      id: dataJson === this.lastDataJson ? this.lastEnvelope?.id : undefined,
    });
    this.lastEnvelope = envelope;
    this.lastDataJson = dataJson;
    this.storageUnavailable = false;

    if (!envelopeFits(envelope)) {
      this.setState('error', () => tooLargeMessage(envelope));
      return;
    }

    let response: Promise<unknown> | undefined;
    const proceed = this.dispatch<FamilySubmitDetail>(
      'family-submit',
      { envelope, respondWith: (promise) => void (response = Promise.resolve(promise)) },
      true,
    );
    if (!proceed) {
      await this.handledByListener(envelope, response);
      return;
    }

    if (!this.host.endpoint && !this.host.transport) {
      return this.configError(
        () =>
          msg(
            'This form is not connected yet: it has no endpoint to send to. Webmaster: set the endpoint attribute (or the transport property). The answers are still here.',
            { id: 'submit.config.no-endpoint' },
          ),
        envelope,
      );
    }
    let config: SubmitConfig;
    try {
      config = this.config(p);
    } catch (error) {
      if (!(error instanceof p.SubmitConfigError)) throw error;
      const text = error.message;
      return this.configError(() => text, envelope);
    }

    this.setState('sending');
    const transport = this.host.transport;
    let outcome: SubmitOutcome;
    try {
      const answer = await send(buildRequest(envelope, config), transport, config.timeout);
      outcome = await interpretResponse(answer, { normalizePath: this.normalizePath });
    } catch (error) {
      outcome = interpretFailure(error);
    }
    await this.settle(p, envelope, config, outcome);
  }

  private configError(message: () => string, envelope: Envelope): void {
    this.setState('config-error', message);
    this.error('config', message, envelope);
  }

  private async handledByListener(envelope: Envelope, response: Promise<unknown> | undefined): Promise<void> {
    if (!response) {
      this.setState('idle'); // the page took over without reporting back
      return;
    }
    this.setState('sending');
    try {
      const body = await response;
      this.lastDataJson = undefined;
      this.setState('sent');
      this.options.onSent?.(envelope, body);
    } catch (error) {
      const text =
        error instanceof Error && error.message
          ? error.message
          : msg('The answers could not be sent. Please try again.', { id: 'submit.failed' });
      this.setState('error', () => text);
    }
  }

  private async settle(p: Pipeline, envelope: Envelope, config: SubmitConfig, outcome: SubmitOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'sent':
        this.succeeded(envelope, outcome.status, outcome.body, outcome.waitlisted);
        return;
      case 'invalid':
        // The error summary (role=alert, focused) says it; a status message as well would be read twice.
        this.setState('idle');
        this.serverErrors(outcome.errors);
        return;
      case 'rejected':
        this.setState('error', outcome.message);
        this.error('http', outcome.message, envelope);
        return;
      case 'retry':
        await this.queue(p, envelope, config, outcome);
        return;
    }
  }

  private async queue(
    p: Pipeline,
    envelope: Envelope,
    config: SubmitConfig,
    outcome: Extract<SubmitOutcome, { kind: 'retry' }>,
  ): Promise<void> {
    const now = Date.now();
    const entry: OutboxEntry = {
      ...config,
      id: envelope.id,
      envelope,
      formId: envelope.formId,
      viaTransport: Boolean(this.host.transport),
      attempts: 1,
      createdAt: now,
      lastAttemptAt: now,
      lastReason: outcome.reason,
      nextAttemptAt: p.nextAttemptTime(now, 1, outcome.retryAfterMs),
      notBefore: outcome.retryAfterMs === undefined ? 0 : now + outcome.retryAfterMs,
      unansweredTries: outcome.reason === 'offline' || outcome.reason === 'timeout' ? 1 : 0,
    };
    try {
      await p.getOutbox().add(entry);
    } catch (error) {
      if (!(error instanceof p.OutboxStorageError)) throw error;
      this.storageUnavailable = true;
      const message = () =>
        msg(
          'Your answers could not be sent right now, and this browser does not allow saving them on this device. Please try again later, or copy them.',
          { id: 'submit.storage' },
        );
      this.setState('error', message);
      this.error('storage', message, envelope);
      return;
    }
    this.setState('queued');
    this.dispatch<FamilyQueuedDetail>('family-queued', { envelope, reason: outcome.reason });
  }
}
