import { css } from 'lit';

/**
 * The survey's own look around its questions; shared control styles come from
 * formStyles, the questions' own from question.styles.ts with their views.
 */
export const styles = css`
  .survey {
    container-type: inline-size;
  }
  .intro {
    margin-block-end: var(--_space);
  }
  .anonymous-note {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .progress {
    color: var(--_muted);
    font-size: 0.9375em;
    margin-block-end: 0.25em;
  }
  progress {
    display: block;
    inline-size: 100%;
    max-inline-size: 36em;
    block-size: 0.5em;
    accent-color: var(--_primary);
    margin-block-end: var(--_space);
  }
  .page-heading:focus {
    outline: none;
  }
  .page-heading:focus-visible {
    outline: var(--_focus-ring);
  }
  .problem {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .problem code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .page-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }
  .clear-answers {
    margin-block-start: var(--_space);
  }
`;
