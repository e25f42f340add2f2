import { css } from 'lit';

/**
 * The look of forms, after base.styles.ts (which lays out fields, groups and
 * choices, as the catalog's search and filters need them without a form):
 * hints, required marks, errors at the fields and the honeypot. The error summary's
 * and the status box's look come with the submission pipeline (feedback.styles.ts).
 */
export const formStyles = css`
  .hint {
    color: var(--_muted);
    margin: 0 0 0.5em;
    font-size: 0.9375em;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
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
  .field.invalid,
  fieldset.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
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
    .field.invalid,
    fieldset.invalid {
      border-inline-start-color: Mark;
    }
  }
`;
