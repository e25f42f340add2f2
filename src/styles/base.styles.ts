import { css } from 'lit';

/**
 * The look every element shares, with or without a form: headings and text,
 * native controls (the language picker's select), fields, groups and choices
 * (the catalog's search and filters show them before its registration form
 * loads), an error message, buttons and links, read from the theme tokens.
 * Hints, errors at the fields and the error summary are in form.styles.ts,
 * which comes after this sheet.
 */
export const baseStyles = css`
  h2,
  h3 {
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
  label {
    display: block;
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
  a {
    color: var(--_primary);
  }
  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
    }
  }
  /* Fields, groups and choices, as form.styles.ts had them: after the controls above, so they win ties. */
  fieldset {
    border: 0;
    margin: 0 0 calc(var(--_space) * 1.25);
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    line-height: 1.25;
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.5em;
  }
  .field {
    margin-block-end: calc(var(--_space) * 1.25);
  }
  .field > label,
  .label {
    font-weight: 600;
    margin-block-end: 0.25em;
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
  .error-message {
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.375em;
  }
`;
