import { html, nothing, type TemplateResult } from 'lit';
import { loadedPipeline, loadPipeline } from './load-pipeline.js';
import type { SubmissionState, SubmitController } from './submit-controller.js';

/** What the status view needs from its element. */
export interface StatusHost extends HTMLElement {
  readonly submission: SubmitController;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** Element-specific additions, e.g. "add to calendar" after an RSVP. */
export interface StatusExtras {
  sent?: unknown;
  waitlisted?: unknown;
}

/** Per-element view state that is not the submission's own: confirmations, copy fallback. */
export interface ViewState {
  forState: SubmissionState;
  confirmingClear: boolean;
  copyFallback: boolean;
  copied: boolean;
}

const views = new WeakMap<StatusHost, ViewState>();

function viewOf(host: StatusHost): ViewState {
  const state = host.submission.state;
  let view = views.get(host);
  if (!view || view.forState !== state) {
    view = { forState: state, confirmingClear: false, copyFallback: false, copied: false };
    views.set(host, view);
  }
  return view;
}

const boxClass: Record<SubmissionState, string> = {
  idle: '',
  sending: 'sending',
  sent: 'success',
  waitlisted: 'success',
  queued: 'queued',
  error: 'error',
  'config-error': 'config-error',
};

/**
 * The shared status view: render it in one stable place in every state (the
 * polite live region must already exist when the state changes, or screen
 * readers would not announce it). Element extras go after the thank-you; the
 * `sent` slot takes the page's own content for the success screen.
 */
export function renderSubmissionStatus(host: StatusHost, extras: StatusExtras = {}): TemplateResult {
  const { state } = host.submission;
  const view = viewOf(host);
  const active = state !== 'idle';
  // Every state but idle is reached through the pipeline, so it is loaded — except when it could not load
  // (offline before it arrived): then the controller's message says so, and the full view follows if it loads.
  const views = active ? loadedPipeline : undefined;
  if (active && !views) void loadPipeline().then(() => host.requestUpdate(), () => undefined);
  const words = views ? views.announcement(host) : active ? html`<p>${host.submission.message}</p>` : nothing;
  return html`<div class="submission-status ${active ? `status-box ${boxClass[state]}` : ''}" part="status">
    <div role="status" aria-live="polite" aria-atomic="true">${words}</div>
    ${views ? views.statusDetails(host, view, extras) : nothing}
  </div>`;
}
