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
 * Moves focus into a field's container (`fieldContainer()`), for the error
 * summary's links (ids do not cross shadow roots, so links cannot do it): its
 * first control, or in a radio/checkbox group the checked one or the first,
 * with its label or legend scrolled into view so the family sees the question
 * and not only the box. It comes with the submission pipeline, as the summary
 * is shown only after an attempt.
 */
export function focusField(container: HTMLElement): void {
  let control = controlOf(container);
  if (!control) {
    // A field with no control of its own (e.g. a custom widget): focus its box.
    container.tabIndex = -1;
    control = container;
  }
  control.focus({ preventScroll: true });
  captionOf(container, control).scrollIntoView({ block: 'start', inline: 'nearest' });
}
