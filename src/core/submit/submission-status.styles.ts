import { css } from 'lit';

/** The shared status view of every submitting element (sending, sent, queued, errors). */
export const submissionStatusStyles = css`
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
    .status-box.config-error {
      border-color: Mark;
    }
  }
`;
