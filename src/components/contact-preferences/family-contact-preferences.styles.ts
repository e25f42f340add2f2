import { css } from 'lit';

export const styles = css`
  .root {
    border: 1px solid var(--_border);
  }
  .channel-list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-inline-size: 36em;
  }
  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: 0.375em;
  }
  .channel.chosen {
    background: var(--_bg-alt);
  }
  .channel .choice {
    flex: 1 1 12em;
  }
  .rank {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .move {
    display: flex;
    gap: 0.375em;
  }
  .move button {
    padding: 0.25em 0.5em;
    background: transparent;
    color: var(--_primary);
  }
  .move button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .language-filter {
    max-inline-size: 24em;
    margin-block-end: 0.5em;
  }
  .language-list {
    max-block-size: 16em;
    overflow-y: auto;
    max-inline-size: 36em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.5em;
  }
  .language-list .other-name {
    color: var(--_muted);
  }
  .other-language {
    margin-block-start: 0.5em;
  }
  .times {
    border-collapse: collapse;
    margin-block-end: 0.25em;
    /* Three equal columns that always fit the width (320 px included); long words wrap only if they must. */
    table-layout: fixed;
    inline-size: 100%;
    max-inline-size: 27em;
  }
  .times-scroll {
    /* At 320 px and 200 % zoom the grid may be wider than the screen: it scrolls, the page does not. */
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .times th,
  .times td {
    padding: 0.375em 0.25em;
    text-align: center;
    border: 1px solid var(--_border);
    overflow-wrap: break-word;
  }
  .times th {
    font-size: 0.875em;
  }
  .times th[scope='row'] {
    text-align: start;
  }
  .times input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .inline-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .inline-fields .field {
    flex: 0 1 10em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .consent {
    background: var(--_bg-alt);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    max-inline-size: 36em;
  }
  .problem {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  @media (forced-colors: active) {
    .move button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
