import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { LazyModule } from '../lazy-module.js';
import type { Envelope } from './envelope.schema.js';
import { loadedPipeline, loadPipeline } from './load-pipeline.js';
import type { OutboxClient, OutboxEntry, OutboxResult } from './outbox.js';
import type { Transport } from './request.js';
import type { PathNormalizer, QueueReason } from './response.js';

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

/** What the controller needs from its element (a SubmittingElement, or the homework tip or the catalog once its forms load). */
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
  /**
   * The key of the draft the element keeps on this device, if any (the survey's).
   * A queued entry keeps it: whichever page sends the entry removes the draft, and
   * an element that restored that draft shows it as waiting (`resumeQueued`).
   */
  draftKey?: () => string | undefined;
  /**
   * Resolves once the element's pending render is done (default: `updateComplete`,
   * which for a FamilyElement also waits for its lazily loaded checks): the
   * pipeline starts loading then, beside the checks rather than after them.
   */
  rendered?: () => Promise<unknown>;
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
  /** @internal The JSON of the latest submission's data: an unchanged retry keeps its envelope id. */
  lastDataJson?: string;
  private unregister?: () => void;
  /** Identifies the current connection, so a pipeline that loads after a disconnect registers nothing. */
  private connection?: object;
  /** Waiting for the pipeline to load for a submit: a second press is ignored, as while sending. */
  private loadingForSubmit = false;

  constructor(
    /** @internal */ readonly host: SubmitHost,
    /** @internal */ readonly options: SubmitControllerOptions = {},
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
      this.join();
      return;
    }
    const connection = {};
    this.connection = connection;
    void (this.options.rendered?.() ?? this.host.updateComplete)
      .then(loadPipeline)
      .then(() => {
        if (this.connection === connection) this.join();
      })
      // Offline before the chunk arrived: the next connect or submit loads it again.
      .catch(() => undefined);
  }

  private join(): void {
    this.unregister = loadedPipeline!.getOutbox().register(this);
    this.resumeQueued();
  }

  /**
   * Shows a restored draft that is waiting in the outbox as saved on this
   * device (see `draftKey`). The element calls it after restoring a draft; joining
   * the outbox calls it too, for a draft restored before the pipeline loaded.
   */
  resumeQueued(): void {
    if (loadedPipeline && this.unregister) void loadedPipeline.resumeQueued(this);
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

  /** @internal Used by the lazily loaded submission flow. */
  setState(state: SubmissionState, message?: () => string): void {
    this.state = state;
    this.messageText = message;
    this.host.requestUpdate();
  }

  /** @internal */
  dispatch<T>(name: string, detail: T, cancelable = false): boolean {
    return this.host.dispatchEvent(event(name, detail, cancelable));
  }

  /** @internal */
  error(kind: FamilyErrorKind, message: () => string, envelope?: Envelope): void {
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

  /** The outbox reports on an entry; only called once the pipeline (which holds the outbox) is here. */
  outboxSettled(entry: OutboxEntry, result: OutboxResult): void {
    loadedPipeline?.outboxSettled(this, entry, result);
  }

  /**
   * Whether the element's zod checks are here to validate a submit: normally
   * long before the family presses Send; only a very quick (or offline) first
   * submit waits, and one whose checks cannot load is told to try again.
   */
  async checksReady(checks: LazyModule<object> | undefined): Promise<boolean> {
    if (!checks || checks.module) return true;
    try {
      await checks.ready();
      return true;
    } catch {
      this.couldNotSend();
      return false;
    }
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
        this.couldNotSend();
        return;
      } finally {
        this.loadingForSubmit = false;
      }
    }
    await p.submitData(this, data);
  }

  /** A module the submit needs could not load (offline before it arrived): the family may try again. */
  private couldNotSend(): void {
    this.setState('error', () => msg('The answers could not be sent. Please try again.', { id: 'submit.failed' }));
  }
}
