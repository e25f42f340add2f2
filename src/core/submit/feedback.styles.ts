import { css } from 'lit';
import { adoptLater } from '../../styles/adopt-later.js';

/**
 * The look of what a submit attempt shows: the GOV.UK error summary and the
 * status box (sending, sent, queued, errors). A form that was never sent
 * shows neither, so these come with the lazily loaded submission pipeline,
 * which adopts them into an element's shadow root when it first shows one
 * (adoptFeedbackStyles in submission-status-views.ts).
 */
export const feedbackStyles = css`
  /* The GOV.UK error summary (src/core/form/error-summary.ts); focused after a failed submit. */
  .error-summary {
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin-block-end: calc(var(--_space) * 1.25);
  }
  .error-summary:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .error-summary-title {
    margin-block: 0 0.5em;
  }
  .error-summary-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary-list li {
    margin-block: 0.25em;
  }
  .error-summary-list a {
    color: var(--_error);
    font-weight: 600;
  }
  .status-box {
    border: 2px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
    background: var(--_bg-alt);
  }
  .status-box.success {
    border-color: var(--_success);
  }
  .status-box.error,
  .status-box.config-error {
    border-color: var(--_error);
  }
  .status-box h3 {
    margin-block-start: 0;
  }
  .status-box .actions {
    margin-block-start: 0.5em;
  }
  .status-box textarea {
    min-block-size: 8em;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  .config-error .status-detail {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .status-box {
      border-color: CanvasText;
    }
    .status-box.error,
    .status-box.config-error,
    .error-summary {
      border-color: Mark;
    }
  }
`;

/**
 * Gives `root` the feedback styles, once. They style only their own classes,
 * which no element's own styles touch (pages use parts), so their place among
 * the sheets does not matter.
 */
export function adoptFeedbackStyles(root: ShadowRoot): void {
  adoptLater(root, feedbackStyles);
}
