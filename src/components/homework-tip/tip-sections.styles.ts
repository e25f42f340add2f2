import { css } from 'lit';

/**
 * The look of the switch for the card's own language (tip-sections.ts): it
 * loads with import(), so the switch adopts it as it first shows (adoptLater).
 */
export const sectionStyles = css`
  .content-language {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  .content-language button {
    min-block-size: 2.25em;
    padding: 0.25em 0.75em;
    background: transparent;
    color: var(--_primary);
  }
  .content-language button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* Forced colours replace both colours above: the chosen language keeps the system's selection colours. */
  @media (forced-colors: active) {
    .content-language button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
