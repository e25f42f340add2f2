import { css } from 'lit';

/** Shared look of native form controls, read from the theme tokens. */
export const formStyles = css`
  h2,
  h3,
  legend {
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.125em;
    margin: 1em 0 0.5em;
  }
  p {
    margin: 0 0 0.75em;
  }
  fieldset {
    border: 0;
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.5em;
  }
  label {
    display: block;
  }
  .field {
    margin-block-end: calc(var(--_space) * 1.25);
  }
  .field > label,
  .label {
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  .hint {
    color: var(--_muted);
    margin: 0 0 0.5em;
    font-size: 0.9375em;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.625em;
    inline-size: 100%;
    max-inline-size: 36em;
    min-block-size: 2.75em;
  }
  textarea {
    min-block-size: 6em;
    resize: vertical;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.25em;
  }
  .choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .choice label {
    font-weight: 400;
  }
  button {
    font: inherit;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.5em 1.125em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
  }
  .button-primary {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .button-secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button-link {
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    padding-inline: 0.25em;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }
  .error-message {
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.375em;
  }
  .field.invalid,
  fieldset.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  a {
    color: var(--_primary);
  }
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
  /* The honeypot (src/core/form/honeypot.ts): off-screen above the page, which never scrolls (a side offset
     would widen an RTL element on an LTR page). */
  .honeypot {
    position: absolute;
    inset-block-start: -10000px;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
    }
    .field.invalid,
    fieldset.invalid {
      border-inline-start-color: Mark;
    }
    .error-summary {
      border-color: Mark;
    }
  }
`;
