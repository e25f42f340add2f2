/**
 * family-elements: every element, one file (`dist/family-elements.js`).
 */
export { FamilyElements } from './core/family-elements-api.js';
export { FamilyHomeworkTip } from './components/homework-tip/family-homework-tip.js';
export { FamilyContactPreferences } from './components/contact-preferences/family-contact-preferences.js';
export { FamilySurvey } from './components/survey/family-survey.js';
export { FamilyEventRsvp } from './components/event-rsvp/family-event-rsvp.js';
export { FamilyCourseCatalog } from './components/course-catalog/family-course-catalog.js';
export type {
  FamilySubmitDetail,
  FamilySubmittedDetail,
  FamilyQueuedDetail,
  FamilyErrorDetail,
  FamilyErrorKind,
  FamilyInvalidDetail,
} from './core/submit/submit-controller.js';
export type { Envelope } from './core/submit/envelope.schema.js';
