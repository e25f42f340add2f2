import { html, type TemplateResult } from 'lit';

/** Named like a field a spam bot is glad to fill in. */
export const HONEYPOT_NAME = 'website';

/**
 * A text field no person sees or reaches (CONTRACT.md §7): off-screen (the
 * `.honeypot` class in form.styles.ts), out of the tab order, hidden from
 * assistive technology and from autofill. A bot that fills every field
 * fills this one, and the submission is then not sent. Its label is plain
 * English on purpose: only bots read it.
 */
export function honeypot(): TemplateResult {
  return html`<div class="honeypot" data-honeypot aria-hidden="true">
    <label for="family-honeypot-${HONEYPOT_NAME}">Website</label>
    <input
      type="text"
      id="family-honeypot-${HONEYPOT_NAME}"
      name=${HONEYPOT_NAME}
      tabindex="-1"
      autocomplete="off"
    />
  </div>`;
}

/** Whether something was typed into the honeypot in `root` (an element's shadow root or `renderRoot`). */
export function honeypotFilled(root: ShadowRoot | ParentNode | null): boolean {
  const input = root?.querySelector<HTMLInputElement>(`[data-honeypot] input[name="${HONEYPOT_NAME}"]`);
  return !!input && input.value.trim() !== '';
}
