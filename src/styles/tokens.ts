import { css } from 'lit';

/** Dark values: `--family-color-scheme: dark`, or `auto` with a dark preference (ThemeController). */
const darkTokens = css`
  --_primary: var(--family-color-primary-dark, #9ec5ff);
  --_on-primary: var(--family-color-on-primary-dark, #0b1d33);
  --_fg: var(--family-color-text-dark, #f1f1f1);
  --_muted: var(--family-color-muted-dark, #c7c7c7);
  --_bg: var(--family-color-surface-dark, #1c1d20);
  --_bg-alt: var(--family-color-surface-alt-dark, #2a2c31);
  --_border: var(--family-color-border-dark, #a0a0a0);
  --_error: var(--family-color-error-dark, #ffb4ab);
  --_success: var(--family-color-success-dark, #8fd6a0);
  --_focus: var(--family-color-focus-dark, #9ec5ff);
  color-scheme: dark;
`;

/**
 * The `--family-*` theme tokens. Each is read with its default and mapped to a
 * private `--_*` name on the element's root box inside the shadow root, never
 * declared on `:host`, so a theme set on any ancestor or on the element wins.
 */
export const tokens = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--family-font, inherit);
    color: var(--_fg);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    --_primary: var(--family-color-primary, #1a5fb4);
    --_on-primary: var(--family-color-on-primary, #ffffff);
    --_fg: var(--family-color-text, #1b1b1b);
    --_muted: var(--family-color-muted, #4f4f4f);
    --_bg: var(--family-color-surface, #ffffff);
    --_bg-alt: var(--family-color-surface-alt, #f3f5f8);
    --_border: var(--family-color-border, #6f6f6f);
    --_error: var(--family-color-error, #b3261e);
    --_success: var(--family-color-success, #1e6b35);
    --_focus: var(--family-color-focus, #1a5fb4);
    --_radius: var(--family-radius, 0.375rem);
    --_space: var(--family-space, 1rem);
    --_focus-ring: var(--family-focus-ring, 3px solid var(--_focus));
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    line-height: 1.5;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    /* Inherited text properties cross the shadow boundary: a page's body { text-align: center;
       text-transform: uppercase; white-space: nowrap; letter-spacing … } would reach every label
       and break the layout. Reset them on the root box. font-family, colour and color-scheme
       stay inherited on purpose (the page's font; the theme from any ancestor). */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-variant: normal;
    cursor: auto;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  /* --family-color-scheme: dark, or auto with a dark preference (read by ThemeController). */
  .root.dark {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${darkTokens}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .root *,
    .root *::before,
    .root *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
