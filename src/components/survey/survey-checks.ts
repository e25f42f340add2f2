/**
 * What the survey checks with zod: its definition and the payload the
 * receiver checks. The element loads this module with `import()` when it
 * connects (see LazyModule), so zod is not needed for its first render.
 */
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { surveyPayloadSchema, type SurveyPayload } from './survey.schema.js';

export { parseDefinition } from './definition.js';

/** Errors of the payload by the schema the receiver checks (CONTRACT.md §2). */
export const payloadErrors = (payload: SurveyPayload): FieldErrors => zodErrors(surveyPayloadSchema, payload);
