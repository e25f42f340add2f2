// The form machinery every element uses (validation state, error summary, field helpers, honeypot, drafts).
export {
  ERROR_SUMMARY_SELECTOR,
  FormController,
  isUnder,
  type FieldErrors,
  type FormControllerOptions,
  type FormInvalidDetail,
} from './form-controller.js';
export { issueMessage, issuePath, zodErrors } from './zod-errors.js';
export { errorSummary } from './error-summary.js';
export { fieldContainer, orderByFields } from './field-lookup.js';
export {
  describedBy,
  fieldError,
  fieldErrorId,
  hasVisibleError,
  invalid,
  requiredMark,
  visibleErrorId,
} from './field-error.js';
export { honeypot, honeypotFilled, HONEYPOT_NAME } from './honeypot.js';
export { clearDraft, DRAFT_MAX_AGE_MS, DRAFT_PREFIX, draftKey, loadDraft, pruneDrafts, saveDraft } from './drafts.js';
