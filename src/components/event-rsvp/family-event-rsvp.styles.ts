import { css } from 'lit';

// The element's own: its box and the problem shown to the webmaster. What the
// event shows is styled by event-view.styles.ts, which comes with its view.
export const styles = css`
  .root {
    border: 1px solid var(--_border);
  }
  .problem {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
    margin-block-start: var(--_space);
  }
  .problem h2 {
    color: var(--_error);
  }
`;
