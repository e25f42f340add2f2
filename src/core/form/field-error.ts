import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FormController } from './form-controller.js';

/**
 * A shadow-root id for the error message of a field path. Every character
 * outside `[A-Za-z0-9-]` is written as `_<hex>_`, so two different paths
 * (`a.b`, `a-b`, `a_b`) never share an id.
 */
export function fieldErrorId(path: string): string {
  return `field-error-${path.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/** The id of the message at `path` while one is shown there, else undefined (for `describedBy`). */
export function visibleErrorId(form: FormController, path: string): string | undefined {
  return form.errorFor(path) || form.filledByPasteAt(path) ? fieldErrorId(path) : undefined;
}

/**
 * The message at a field (GOV.UK pattern): a visually hidden "Error:" so a
 * screen reader says what it is, and the same words as in the error summary.
 * Without an error, a field a paste filled to its maxlength says that the
 * paste's end may be missing (a browser cuts it without a word). Else nothing.
 */
export function fieldError(form: FormController, path: string): TemplateResult | typeof nothing {
  const message = form.errorFor(path);
  if (message) {
    return html`<p class="error-message" id=${fieldErrorId(path)}>
      <span class="visually-hidden">${msg('Error:', { id: 'form.error-prefix' })}</span> ${message}
    </p>`;
  }
  return form.filledByPasteAt(path)
    ? html`<p class="hint" id=${fieldErrorId(path)}>
        ${msg('This field is full: check that the end of what you pasted is there.', { id: 'form.paste-full' })}
      </p>`
    : nothing;
}

/**
 * `aria-describedby` from the ids that are defined (hint, error…), or nothing
 * (which removes the attribute) when none is. Pass `visibleErrorId(form, path)`
 * for the error so the attribute never names an element that is not there.
 */
export function describedBy(...ids: Array<string | undefined | null | false | typeof nothing>): string | typeof nothing {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ');
  return joined || nothing;
}

/**
 * `aria-invalid` for a control: `'true'` only while an error is shown at
 * `path` (Lion), else nothing, which removes the attribute. Not a boolean: for
 * a class name use `hasVisibleError(form, path)`.
 */
export function invalid(form: FormController, path: string): 'true' | typeof nothing {
  return form.errorFor(path) ? 'true' : nothing;
}

/** Whether an error is shown at `path` now (e.g. for an `invalid` class on the field's container). */
export function hasVisibleError(form: FormController, path: string): boolean {
  return form.errorFor(path) !== undefined;
}

/** "(required)" in words after a label or legend, so it is never told by colour or an asterisk alone. */
export function requiredMark(): TemplateResult {
  return html`<span class="required"> ${msg('(required)', { id: 'form.required' })}</span>`;
}
