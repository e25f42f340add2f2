import { css } from 'lit';

/**
 * The look of the course list, its dialog and the registration in it. They
 * come with the list (course-list.ts), which adopts them as it first renders
 * (adoptLater): the catalog's shell shows only its heading, "Loading courses…"
 * and messages, in the base styles.
 */
export const listStyles = css`
  .controls {
    margin-block-end: var(--_space);
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0 var(--_space);
  }
  .filter-grid .field {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .sort-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 var(--_space);
  }
  .sort-row .field {
    margin-block-end: 0;
  }
  .clear {
    min-block-size: 2.75em;
  }
  .count {
    font-weight: 600;
    margin-block: var(--_space) 0.5em;
  }
  .results {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--_space);
  }
  .card {
    /* Cards below the fold are not laid out until scrolled to: a keystroke stays cheap. */
    content-visibility: auto;
    contain-intrinsic-size: auto 24em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-alt);
    padding: var(--_space);
    display: flex;
  }
  .card article {
    display: flex;
    flex-direction: column;
    inline-size: 100%;
  }
  .card h3 {
    margin-block-start: 0;
  }
  .card .details-button {
    margin-block-start: auto;
    align-self: flex-start;
  }
  .category {
    color: var(--_muted);
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .facts {
    margin: 0 0 var(--_space);
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin-block-end: 0.25em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .sessions {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .sessions .past {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .more {
    color: var(--_muted);
  }
  .feed-problems {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
    margin-block-end: var(--_space);
  }
  .feed-problems summary {
    cursor: pointer;
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    inline-size: min(40em, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .dialog-head h2 {
    margin-block-end: 0.25em;
  }
  .close {
    flex: none;
  }
  .registration .choice {
    margin-block-end: calc(var(--_space) * 1.25);
  }
  @media (forced-colors: active) {
    .card,
    dialog {
      border-color: CanvasText;
    }
  }
`;
