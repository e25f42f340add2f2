import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Envelope } from './envelope.schema.js';
import { adoptFeedbackStyles } from './feedback.styles.js';
import { flattenForm } from './flatten-form.js';
import type { StatusExtras, StatusHost, ViewState } from './submission-status.js';

// What the status box shows once something was submitted, and its look. A form
// that was never sent shows none of it, so it comes with the lazily loaded
// submission pipeline (any state but idle is set after that pipeline has loaded).

/** The answers as readable lines, e.g. `answers.q1: yes`, for the family to paste elsewhere. */
export function answersAsText(envelope: Envelope): string {
  return flattenForm(envelope.data)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

async function copyAnswers(host: StatusHost, view: ViewState): Promise<void> {
  const envelope = host.submission.lastEnvelope;
  if (!envelope) return;
  try {
    // Missing on plain-http pages and refused without permission: then the text is shown to copy by hand.
    await navigator.clipboard.writeText(answersAsText(envelope));
    view.copied = true;
  } catch {
    view.copyFallback = true;
  }
  host.requestUpdate();
  if (view.copyFallback) {
    await host.updateComplete;
    const area = host.shadowRoot?.querySelector<HTMLTextAreaElement>('.copy-fallback textarea');
    area?.focus();
    area?.select();
  }
}

function copyControls(host: StatusHost, view: ViewState): TemplateResult {
  const envelope = host.submission.lastEnvelope;
  return html`
    ${view.copied ? html`<p role="status">${msg('Copied.', { id: 'submit.copied' })}</p>` : nothing}
    ${view.copyFallback && envelope
      ? html`<div class="copy-fallback">
          <label for="copy-answers">${msg('Your answers (select all and copy):', { id: 'submit.copy-label' })}</label>
          <textarea id="copy-answers" readonly dir="auto">${answersAsText(envelope)}</textarea>
        </div>`
      : nothing}
  `;
}

function queuedView(host: StatusHost, view: ViewState): TemplateResult {
  const rerender = () => host.requestUpdate();
  return html`
    ${view.confirmingClear
      ? html`<p>
            <strong>${msg('Remove your saved answers from this device? They have not been sent.', {
              id: 'submit.clear-confirm',
            })}</strong>
          </p>
          <div class="actions">
            <button type="button" class="button-primary" part="clear-confirm-button" @click=${() => void host.submission.clearQueued()}>
              ${msg('Yes, remove them', { id: 'submit.clear-yes' })}
            </button>
            <button
              type="button"
              class="button-secondary"
              @click=${() => {
                view.confirmingClear = false;
                rerender();
              }}
            >
              ${msg('No, keep them', { id: 'submit.clear-no' })}
            </button>
          </div>`
      : html`<div class="actions">
          <button type="button" class="button-secondary" part="copy-button" @click=${() => void copyAnswers(host, view)}>
            ${msg('Copy my answers', { id: 'submit.copy' })}
          </button>
          <button
            type="button"
            class="button-secondary"
            part="clear-button"
            @click=${() => {
              view.confirmingClear = true;
              rerender();
            }}
          >
            ${msg('Clear', { id: 'submit.clear' })}
          </button>
        </div>`}
    ${copyControls(host, view)}
  `;
}

/** The words announced for each state: the live region holds exactly these, so each change is read once. */
export function announcement(host: StatusHost): TemplateResult | typeof nothing {
  const { state, message } = host.submission;
  switch (state) {
    case 'sending':
      return html`<p>${msg('Sending…', { id: 'submit.sending' })}</p>`;
    case 'sent':
      return html`<h3>${msg('Thank you!', { id: 'submit.thanks' })}</h3>
        <p>${msg('Your answers were sent to the school.', { id: 'submit.sent' })}</p>`;
    case 'waitlisted':
      return html`<h3>${msg('You are on the waitlist', { id: 'submit.waitlisted-title' })}</h3>
        <p>${msg('Thank you! The school will contact you if a place opens.', { id: 'submit.waitlisted' })}</p>`;
    case 'queued':
      return html`<h3>${msg('Not sent yet', { id: 'submit.queued-title' })}</h3>
        <p>
          ${msg(
            'Saved on this device. It will be sent when this page (or another page with these forms) is open and online.',
            { id: 'submit.queued' },
          )}
        </p>`;
    case 'error':
      return html`<h3>${msg('Not sent', { id: 'submit.error-title' })}</h3>
        <p>${message}</p>
        <p>${msg('Your answers are still here.', { id: 'submit.answers-kept' })}</p>`;
    case 'config-error':
      return html`<h3>${msg('This form cannot be sent yet', { id: 'submit.config-title' })}</h3>
        <p class="status-detail">${message}</p>`;
    default:
      return nothing;
  }
}

/** The parts of the status box outside its live region, for a state other than idle. */
export function statusDetails(host: StatusHost, view: ViewState, extras: StatusExtras): TemplateResult {
  const { state } = host.submission;
  if (host.shadowRoot) adoptFeedbackStyles(host.shadowRoot);
  return html`${state === 'sent' ? html`${extras.sent ?? nothing}<slot name="sent"></slot>` : nothing}
    ${state === 'waitlisted' ? html`${extras.waitlisted ?? nothing}<slot name="waitlisted"></slot>` : nothing}
    ${state === 'queued' ? queuedView(host, view) : nothing}
    ${state === 'error' && host.submission.storageUnavailable
      ? html`<div class="actions">
            <button type="button" class="button-secondary" part="copy-button" @click=${() => void copyAnswers(host, view)}>
              ${msg('Copy my answers', { id: 'submit.copy' })}
            </button>
          </div>
          ${copyControls(host, view)}`
      : nothing}`;
}
