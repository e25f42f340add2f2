/**
 * Everything a submission needs once the family presses Send: envelope
 * building, the request, the response table and the outbox (with idb-keyval),
 * and what an attempt shows: the status details, the focus moves of the error
 * summary's links, and the styles of both. A family needs none of it to see and fill the form, so SubmitController
 * loads this module with a dynamic `import()` after the element's first render
 * (the outbox must retry on load) — one shared chunk, so one outbox per page.
 */
export { createEnvelope, envelopeFits, pageAddress, tooLargeMessage } from './envelope.js';
export { getOutbox, OutboxStorageError } from './outbox.js';
export { buildRequest, parseHeaders, pickOption, resolveEndpoint, send, SubmitConfigError } from './request.js';
export { httpErrorMessage, interpretFailure, interpretResponse } from './response.js';
export { nextAttemptTime } from './retry-policy.js';
export { announcement, answersAsText, statusDetails } from './submission-status-views.js';
export { outboxSettled, resumeQueued, submitData } from './submission-flow.js';
export { focusField } from '../form/focus-field.js';
export { adoptFeedbackStyles } from './feedback.styles.js';
