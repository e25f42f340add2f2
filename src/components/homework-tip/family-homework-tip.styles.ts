import { css } from 'lit';

export const styles = css`
  .root {
    border: 1px solid var(--_border);
  }
  .meta {
    color: var(--_muted);
    margin: 0 0 0.75em;
  }
  ol,
  ul {
    padding-inline-start: 1.5em;
    margin: 0 0 0.75em;
  }
`;
