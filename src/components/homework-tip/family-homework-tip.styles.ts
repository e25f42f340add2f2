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
  li + li {
    margin-block-start: 0.25em;
  }
  dl {
    margin: 0 0 0.75em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
    margin-inline-start: 1.5em;
  }
  .problem {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
    margin-block-start: var(--_space);
  }
  .problem h2 {
    color: var(--_error);
  }
  .print-frame {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    border: 0;
    visibility: hidden;
  }
  .tip-forms {
    border-block-start: 1px solid var(--_border);
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
  }
  .tip-forms form + form {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  /* The page's own print: the card alone, clean, with every link written out for paper. */
  @media print {
    .no-print,
    .language-picker,
    .print-frame {
      display: none !important;
    }
    .root {
      color: #000;
      background: #fff;
      border: 1px solid #000;
      break-inside: avoid;
    }
    .meta {
      color: #000;
    }
    a {
      color: #000;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
    h2,
    h3,
    dt {
      break-after: avoid;
    }
  }
`;
