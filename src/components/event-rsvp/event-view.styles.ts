import { css } from 'lit';

/**
 * The look of the event's view (event-view.ts) and of what loads after it (the
 * questions a yes or maybe brings, the calendar link): the view adopts it as
 * it first shows an event (adoptLater), since it loads with import().
 */
export const viewStyles = css`
  .event-details p {
    margin: 0 0 0.375em;
  }
  .event-details .description {
    margin-block: 0.75em;
    white-space: pre-line;
  }
  .detail-label {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  .places {
    font-weight: 600;
  }
  .places.full {
    color: var(--_error);
  }
  .notice {
    border-inline-start: 4px solid var(--_primary);
    background: var(--_bg-alt);
    padding-block: 0.5em;
    padding-inline: 0.75em;
    margin-block: var(--_space);
    border-radius: var(--_radius);
  }
  .notice h3 {
    margin-block-start: 0;
  }
  .responses {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .availability {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .unavailable label {
    color: var(--_muted);
  }
  .choice-text {
    display: flex;
    flex-direction: column;
  }
  .number-field input {
    max-inline-size: 8em;
  }
  .subfield {
    margin-block-start: 0.5em;
    margin-inline-start: 2em;
  }
  form h3 {
    margin-block-start: 1.25em;
  }
  .calendar-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0.5em 1.125em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    font-weight: 600;
    text-decoration: none;
  }
  .calendar-link:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .notice {
      border-inline-start-color: CanvasText;
    }
    .calendar-link {
      border-color: LinkText;
    }
  }
`;
