/**
 * What the survey checks: its definition and the payload the receiver checks
 * (with zod), and the family's answers question by question. The element loads
 * this module with `import()` when it connects (see LazyModule), so neither is
 * needed for its first render.
 */
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { surveyPayloadSchema, type SurveyPayload } from './survey.schema.js';

export { parseDefinition } from './definition.js';
export { validateQuestions } from './question-errors.js';

/** Errors of the payload by the schema the receiver checks (CONTRACT.md §2). */
export const payloadErrors = (payload: SurveyPayload): FieldErrors => zodErrors(surveyPayloadSchema, payload);
