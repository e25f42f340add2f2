import { css } from 'lit';

/**
 * The look every element shares, with or without a form: headings and text,
 * native controls (the language picker's select), buttons and links, read
 * from the theme tokens. Fields, their errors and the error summary are in
 * form.styles.ts, which comes after this sheet.
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
`;
