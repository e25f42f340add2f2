/**
 * What the form checks with zod: saved preferences (`.value`, `src`, inline
 * JSON) and the payload. The element loads this module with `import()` when
 * it connects (see LazyModule), so zod is not needed for its first render.
 */
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { preferencesSchema, type Preferences } from './preferences.schema.js';

export { readPrefill } from './prefill.js';

/** Errors of the payload by its schema (CONTRACT.md §2). */
export const preferenceErrors = (payload: Preferences): FieldErrors => zodErrors(preferencesSchema, payload);
