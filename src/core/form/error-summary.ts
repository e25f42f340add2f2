import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { fieldErrorId } from './field-error.js';
import { fieldContainer } from './field-lookup.js';
import type { FormController } from './form-controller.js';

const CONTROLS = 'input, select, textarea, button, [tabindex]';

function isChoice(el: Element): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
}

function canFocus(el: HTMLElement): boolean {
  if (el.closest('[data-honeypot], [inert]')) return false;
  if ((el as HTMLInputElement).disabled || (el instanceof HTMLInputElement && el.type === 'hidden')) return false;
  if (el.tabIndex < 0 && !(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) {
    return false;
  }
  return el.getClientRects().length > 0; // not display: none
}

/** The control to focus in a field: the first one; in a radio or checkbox group, the checked one or the first. */
function controlOf(container: HTMLElement): HTMLElement | undefined {
  const candidates = [container, ...container.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (el) => el.matches(CONTROLS) && canFocus(el),
  );
  const first = candidates[0];
  if (first && isChoice(first)) {
    const group = candidates.filter((el): el is HTMLInputElement => isChoice(el) && el.type === first.type);
    return group.find((el) => el.checked) ?? first;
  }
  return first;
}

/** What names the field: the group's legend, or the control's label. */
function captionOf(container: HTMLElement, control: HTMLElement | undefined): HTMLElement {
  if (control && isChoice(control)) {
    const legend = control.closest('fieldset')?.querySelector<HTMLElement>(':scope > legend');
    if (legend) return legend;
  }
  const label = control && 'labels' in control ? (control as HTMLInputElement).labels?.[0] : undefined;
  return label ?? container.querySelector<HTMLElement>(':scope > legend') ?? container;
}

/**
 * Moves focus to the field `path` inside `root` (ids do not cross shadow
 * roots, so links cannot do it): its first control, or in a radio/checkbox
 * group the checked one or the first, with its label or legend scrolled into
 * view so the family sees the question and not only the box. Returns whether
 * a field was found.
 */
export function focusField(root: ParentNode, path: string): boolean {
  const container = fieldContainer(root, path);
  if (!container) return false;
  let control = controlOf(container);
  if (!control) {
    // A field with no control of its own (e.g. a custom widget): focus its box.
    container.tabIndex = -1;
    control = container;
  }
  control.focus({ preventScroll: true });
  captionOf(container, control).scrollIntoView({ block: 'start', inline: 'nearest' });
  return true;
}

/**
 * The GOV.UK error summary: "There is a problem" and one link per visible
 * error, in the words shown at the field. Shown after a failed submit (or a
 * server's field errors), when the controller focuses it; `role="alert"`
 * makes sure it is announced even where focus alone is not. A link moves
 * focus to its field by script.
 */
export function errorSummary(form: FormController, root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (!form.summaryVisible) return nothing;
  const errors = Object.entries(form.visibleErrors);
  const follow = (event: Event, path: string) => {
    event.preventDefault(); // the page's URL and hash (e.g. the catalog's state) stay as they are
    const target = root ?? (event.currentTarget as Element).getRootNode();
    if (target instanceof ShadowRoot || target instanceof Document) focusField(target, path);
  };
  return html`<div
    class="error-summary"
    part="error-summary"
    data-error-summary
    tabindex="-1"
    role="alert"
    aria-labelledby="family-error-summary-title"
  >
    <h2 class="error-summary-title" id="family-error-summary-title">
      ${msg('There is a problem', { id: 'form.summary.title' })}
    </h2>
    <ul class="error-summary-list">
      ${errors.map(
        ([path, message]) =>
          html`<li><a href="#${fieldErrorId(path)}" @click=${(event: Event) => follow(event, path)}>${message}</a></li>`,
      )}
    </ul>
  </div>`;
}
