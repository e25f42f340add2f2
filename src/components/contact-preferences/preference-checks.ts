/**
 * What the form checks: saved preferences (`.value`, `src`, inline JSON) and
 * the payload with zod, and phone numbers with the phone rules. The element
 * loads this module with `import()` when it connects (see LazyModule): the form
 * renders without it, and prefilled values wait for it.
 */
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { preferencesSchema, type Preferences } from './preferences.schema.js';

export { formatPhone, parsePhone } from './phone.js';
export { readPrefill } from './prefill.js';

/** Errors of the payload by its schema (CONTRACT.md §2). */
export const preferenceErrors = (payload: Preferences): FieldErrors => zodErrors(preferencesSchema, payload);
