import { adoptStyles, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { FamilyElement } from '../family-element.js';
import { FormController, type FormControllerOptions } from '../form/form-controller.js';
import { honeypotFilled } from '../form/honeypot.js';
import { formStyles } from '../../styles/form.styles.js';
import { SubmitController, type SubmitControllerOptions } from './submit-controller.js';

/**
 * For an element whose form loads later (the homework tip's forms, the
 * catalog's registration): what SubmittingElement has from the start. A
 * FormController and a SubmitController of the element's own, set as its
 * `form` and `submission` so every event is dispatched from it, and the form
 * styles adopted between FamilyElement's and the element's own
 * (`ownStyles`), in SubmittingElement's order. In its own module, so the
 * survey, the RSVP and the preferences, whose forms chunk is up front, do not carry it.
 */
export function attachSubmission<H extends FamilyElement>(
  host: H,
  ownStyles: CSSResultGroup,
  form: FormControllerOptions,
  submission: Omit<SubmitControllerOptions, 'honeypotFilled'> = {},
): H & { form: FormController; submission: SubmitController } {
  const withForm = Object.assign(host, { form: new FormController(host, form) });
  const controllers = new SubmitController(withForm, { honeypotFilled: () => honeypotFilled(host.renderRoot), ...submission });
  adoptStyles(host.renderRoot as ShadowRoot, ([FamilyElement.styles, formStyles, ownStyles] as unknown[]).flat(Infinity) as CSSResultOrNative[]);
  return Object.assign(withForm, { submission: controllers });
}
