import { msg, str } from '@lit/localize';
import { getLocale } from '../i18n/localization.js';
import { envelopeFits, createEnvelope, pageAddress, tooLargeMessage } from './envelope.js';
import type { Envelope } from './envelope.schema.js';
import { getOutbox, OutboxStorageError, unansweredTries, type OutboxEntry, type OutboxResult } from './outbox.js';
import { buildRequest, parseHeaders, pickOption, resolveEndpoint, send, SubmitConfigError, type SubmitConfig } from './request.js';
import { httpErrorMessage, interpretFailure, interpretResponse, type SubmitOutcome } from './response.js';
import { nextAttemptTime } from './retry-policy.js';
import type {
  FamilyErrorKind,
  FamilyQueuedDetail,
  FamilySubmitDetail,
  FamilySubmittedDetail,
  SubmissionState,
  SubmitControllerOptions,
  SubmitHost,
} from './submit-controller.js';

// The submission lifecycle itself (CONTRACT.md §2): the envelope, the
// family-submit offer, sending, the response table, the outbox and the events.
// It comes with the lazily loaded pipeline; SubmitController keeps the state
// the element renders and hands each submit and outbox result to these functions.

/** What the flow may read and change on its SubmitController (internal members). */
export interface FlowController {
  readonly host: SubmitHost;
  readonly options: SubmitControllerOptions;
  readonly normalizePath?: SubmitControllerOptions['normalizePath'];
  readonly formId: string;
  readonly state: SubmissionState;
  lastEnvelope?: Envelope;
  lastDataJson?: string;
  storageUnavailable: boolean;
  setState(state: SubmissionState, message?: () => string): void;
  dispatch<T>(name: string, detail: T, cancelable?: boolean): boolean;
  error(kind: FamilyErrorKind, message: () => string, envelope?: Envelope): void;
}

/** What became of a queued entry, told to the element that sent it. */
export function outboxSettled(c: FlowController, entry: OutboxEntry, result: OutboxResult): void {
  const envelope = entry.envelope;
  const mine = (c.lastEnvelope?.id === entry.id && c.state === 'queued') || restoredFrom(c, entry);
  switch (result.kind) {
    case 'sent':
      succeeded(c, envelope, result.status, result.body, result.waitlisted, mine);
      return;
    case 'invalid':
      if (mine) {
        // Back to the form, where the summary and the fields say what to correct.
        c.setState('idle');
        serverErrors(c, result.errors);
      }
      c.error('http', () => httpErrorMessage(result.status), envelope);
      return;
    case 'rejected':
      if (mine) c.setState('error', result.message);
      c.error('http', result.message, envelope);
      return;
    case 'expired': {
      const expired = () =>
        msg('Saved answers could not be sent within 7 days and were removed from this device.', {
          id: 'submit.expired',
        });
      if (mine) c.setState('error', expired);
      c.error('expired', expired, envelope);
      return;
    }
    case 'unanswered': {
      const endpoint = entry.endpoint;
      c.error(
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

/**
 * Whether the element shows the very draft that this entry was saved from:
 * after a reload, before `resumeQueued` found the entry (or while the family
 * was back at the form), the entry's outcome is still theirs to see.
 */
function restoredFrom(c: FlowController, entry: OutboxEntry): boolean {
  return c.state === 'idle' && entry.draftKey !== undefined && entry.draftKey === c.options.draftKey?.();
}

/**
 * After a reload: the element's draft is waiting in the outbox, so the element
 * shows it as saved on this device (with Copy and Clear), not as a form to
 * send a second time beside it; it then hears what becomes of the entry.
 */
export async function resumeQueued(c: FlowController): Promise<void> {
  const key = c.options.draftKey?.();
  if (!key || c.state !== 'idle') return;
  let waiting: OutboxEntry | undefined;
  try {
    waiting = (await getOutbox().entries()).find((entry) => entry.draftKey === key);
  } catch {
    return; // storage unavailable: nothing was kept
  }
  if (!waiting || c.state !== 'idle' || c.options.draftKey?.() !== key) return;
  c.lastEnvelope = waiting.envelope;
  c.lastDataJson = JSON.stringify(waiting.envelope.data);
  c.setState('queued');
}

function succeeded(c: FlowController, envelope: Envelope, status: number, body: unknown, waitlisted: boolean, updateState = true): void {
  if (updateState) {
    c.lastDataJson = undefined; // a new submission after success gets a new id
    c.setState(waitlisted ? 'waitlisted' : 'sent');
  }
  c.dispatch<FamilySubmittedDetail>('family-submitted', { envelope, status, body });
  if (updateState) c.options.onSent?.(envelope, body);
}

/** Shown at the fields and in the error summary (which takes focus); the form dispatches `family-invalid`. */
function serverErrors(c: FlowController, errors: Record<string, string>): void {
  c.host.form.setServerErrors(errors);
}

/** The element's attributes as a send configuration; throws `SubmitConfigError`. */
function sendConfig(c: FlowController): SubmitConfig {
  const h = c.host;
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

function configError(c: FlowController, message: () => string, envelope: Envelope): void {
  c.setState('config-error', message);
  c.error('config', message, envelope);
}

async function handledByListener(c: FlowController, envelope: Envelope, response: Promise<unknown> | undefined): Promise<void> {
  if (!response) {
    c.setState('idle'); // the page took over without reporting back
    return;
  }
  c.setState('sending');
  try {
    const body = await response;
    c.lastDataJson = undefined;
    c.setState('sent');
    c.options.onSent?.(envelope, body);
  } catch (error) {
    const text =
      error instanceof Error && error.message
        ? error.message
        : msg('The answers could not be sent. Please try again.', { id: 'submit.failed' });
    c.setState('error', () => text);
  }
}

async function settle(c: FlowController, envelope: Envelope, config: SubmitConfig, outcome: SubmitOutcome): Promise<void> {
  switch (outcome.kind) {
    case 'sent':
      succeeded(c, envelope, outcome.status, outcome.body, outcome.waitlisted);
      return;
    case 'invalid':
      // The error summary (role=alert, focused) says it; a status message as well would be read twice.
      c.setState('idle');
      serverErrors(c, outcome.errors);
      return;
    case 'rejected':
      c.setState('error', outcome.message);
      c.error('http', outcome.message, envelope);
      return;
    case 'retry':
      await queue(c, envelope, config, outcome);
      return;
  }
}

async function queue(c: FlowController,
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
    viaTransport: Boolean(c.host.transport),
    attempts: 1,
    createdAt: now,
    lastAttemptAt: now,
    lastReason: outcome.reason,
    nextAttemptAt: nextAttemptTime(now, 1, outcome.retryAfterMs),
    notBefore: outcome.retryAfterMs === undefined ? 0 : now + outcome.retryAfterMs,
    unansweredTries: unansweredTries(outcome.reason, 0),
    draftKey: c.options.draftKey?.(),
  };
  try {
    await getOutbox().add(entry);
  } catch (error) {
    if (!(error instanceof OutboxStorageError)) throw error;
    c.storageUnavailable = true;
    const message = () =>
      msg(
        'Your answers could not be sent right now, and this browser does not allow saving them on this device. Please try again later, or copy them.',
        { id: 'submit.storage' },
      );
    c.setState('error', message);
    c.error('storage', message, envelope);
    return;
  }
  c.setState('queued');
  c.dispatch<FamilyQueuedDetail>('family-queued', { envelope, reason: outcome.reason });
}

async function waitingInOutbox(id: string): Promise<boolean> {
  try {
    return (await getOutbox().get(id)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Sends the element's `data` (already validated by the element) once the
 * pipeline is here. Resolves when the outcome is on screen; never rejects.
 */
export async function submitData(c: FlowController, data: unknown): Promise<void> {
  if (c.options.honeypotFilled?.()) {
    // A bot filled the hidden field: look successful, send nothing.
    c.setState('sent');
    return;
  }
  const dataJson = JSON.stringify(data);
  if (c.state === 'queued' && dataJson === c.lastDataJson && c.lastEnvelope && (await waitingInOutbox(c.lastEnvelope.id))) {
    // The same answers are already saved on this device: try that entry now (the outbox
    // keeps one try in flight at a time) rather than sending a copy beside it.
    void getOutbox().process('wake');
    return;
  }
  const envelope = createEnvelope({
    type: c.host.submissionType ?? c.host.localName,
    formId: c.formId,
    locale: getLocale(),
    data,
    // A retry of the same, unchanged submission keeps its id so receivers can drop duplicates.
    id: dataJson === c.lastDataJson ? c.lastEnvelope?.id : undefined,
  });
  c.lastEnvelope = envelope;
  c.lastDataJson = dataJson;
  c.storageUnavailable = false;

  if (!envelopeFits(envelope)) {
    c.setState('error', () => tooLargeMessage(envelope));
    return;
  }

  let response: Promise<unknown> | undefined;
  const proceed = c.dispatch<FamilySubmitDetail>(
    'family-submit',
    { envelope, respondWith: (promise) => void (response = Promise.resolve(promise)) },
    true,
  );
  if (!proceed) {
    await handledByListener(c, envelope, response);
    return;
  }

  if (!c.host.endpoint && !c.host.transport) {
    return configError(c, 
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
    config = sendConfig(c);
  } catch (error) {
    if (!(error instanceof SubmitConfigError)) throw error;
    const text = error.message;
    return configError(c, () => text, envelope);
  }

  c.setState('sending');
  const transport = c.host.transport;
  let outcome: SubmitOutcome;
  try {
    const answer = await send(buildRequest(envelope, config), transport, config.timeout);
    outcome = await interpretResponse(answer, { normalizePath: c.normalizePath });
  } catch (error) {
    outcome = interpretFailure(error);
  }
  await settle(c, envelope, config, outcome);
}
